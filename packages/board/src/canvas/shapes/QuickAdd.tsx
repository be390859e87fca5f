import { useWords, useWrite } from '@bordenden/ui'
import { type ReactNode, useState } from 'react'
import { interactive } from './interactive.ts'

/**
 * A one-line form on a card, for writing something down at the table: the text, any extra fields, and
 * "Tilføj". The model's refusal shows beside it and the text stays.
 */
export function QuickAdd(props: {
  label: string
  name: string
  className: string
  onAdd: (text: string) => void
  children?: ReactNode
}) {
  const w = useWords()
  const [text, setText] = useState('')
  const write = useWrite()
  return (
    <form
      className={props.className}
      onSubmit={(event) => {
        event.preventDefault()
        // Enter on an empty line adds nothing (the model would take an empty agreement as a draft).
        if (text.trim() !== '' && write.run(() => props.onAdd(text))) setText('')
      }}
    >
      <label>
        {props.label}
        <input {...interactive} name={props.name} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {props.children}
      <button {...interactive} type="submit">
        {w('add')}
      </button>
      {write.error && <span className="bd-error">{write.error}</span>}
    </form>
  )
}
