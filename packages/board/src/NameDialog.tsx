import { useId, useState } from 'react'
import { chooseName } from './identity.ts'
import { texts } from './texts.ts'

/** Asks once for the name the others see beside this person's cursor; skipping means "Gæst". */
export function NameDialog({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('')
  const inputId = useId()
  const done = (chosen: string) => {
    chooseName(chosen)
    onDone()
  }
  return (
    <main className="page-message">
      <form
        className="name-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          done(name)
        }}
      >
        <h1>{texts.nameDialog.title}</h1>
        <label htmlFor={inputId}>{texts.nameDialog.label}</label>
        <input
          id={inputId}
          name="name"
          autoComplete="name"
          maxLength={60}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="name-dialog-actions">
          <button type="submit">{texts.nameDialog.submit}</button>
          <button type="button" className="secondary" onClick={() => done('')}>
            {texts.nameDialog.skip}
          </button>
        </div>
      </form>
    </main>
  )
}
