import { useId, useState } from 'react'
import { usePanelText } from './texts.ts'
import { ActionResult, useAction } from './useAction.tsx'

export interface SignInFormProps {
  serverUrl: string
  /** Resolves when signed in; rejects with a message to show (the password field keeps its value). */
  onSignIn(serverUrl: string, email: string, password: string): Promise<void>
}

/** The municipality's Bordenden address and the same account as on the board. */
export function SignInForm({ serverUrl, onSignIn }: SignInFormProps) {
  const t = usePanelText()
  const id = useId()
  const [url, setUrl] = useState(serverUrl)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const { busy, message, run } = useAction()
  return (
    <form
      className="bd-form"
      aria-label={t('signIn')}
      onSubmit={(event) => {
        event.preventDefault()
        void run(() => onSignIn(url.trim(), email.trim(), password))
      }}
    >
      <label htmlFor={`${id}-url`}>{t('serverUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        required
        placeholder="https://bordenden.kommune.dk"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <label htmlFor={`${id}-email`}>{t('email')}</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>{t('password')}</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        {t('signIn')}
      </button>
      <ActionResult message={message} />
    </form>
  )
}
