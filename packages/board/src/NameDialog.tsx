import { useId, useState } from 'react'
import { chooseName } from './identity.ts'
import { useBoardText } from './texts.ts'

/** Asks once for the name the others see beside this person's cursor; skipping means "Gæst". */
export function NameDialog({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('')
  const t = useBoardText()
  const inputId = useId()
  const done = (chosen: string) => {
    chooseName(chosen || t('guestName'))
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
        <h1>{t('nameDialogTitle')}</h1>
        <label htmlFor={inputId}>{t('nameDialogLabel')}</label>
        <input
          id={inputId}
          name="name"
          autoComplete="name"
          maxLength={60}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="name-dialog-actions">
          <button type="submit">{t('nameDialogSubmit')}</button>
          <button type="button" className="secondary" onClick={() => done('')}>
            {t('nameDialogSkip')}
          </button>
        </div>
      </form>
    </main>
  )
}
