import { useId, useState } from 'react'
import { usePanelText } from './texts.ts'
import { ActionResult, useAction } from './useAction.tsx'

export interface SignInFormProps {
  serverUrl: string
  /** Set by the IT department (Chrome policy): shown, not editable. */
  serverUrlManaged?: boolean
  /** Resolves when signed in; rejects with a message to show (the password field keeps its value). */
  onSignIn(serverUrl: string, email: string, password: string): Promise<void>
}

/** The municipality's Bordenden address and the same account as on the board. */
export function SignInForm({ serverUrl, serverUrlManaged = false, onSignIn }: SignInFormProps) {
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
        void run(() => onSignIn((serverUrlManaged ? serverUrl : url).trim(), email.trim(), password))
      }}
    >
      <label htmlFor={`${id}-url`}>{t('serverUrl')}</label>
      {/* Text, not type=url: a bare "bordenden.kommune.dk" is fine (https:// is assumed), and the
          browser's own "Please enter a URL" would refuse it. */}
      <input
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        required
        readOnly={serverUrlManaged}
        aria-describedby={serverUrlManaged ? `${id}-url-managed` : undefined}
        placeholder="bordenden.kommune.dk"
        value={serverUrlManaged ? serverUrl : url}
        onChange={(e) => setUrl(e.target.value)}
      />
      {serverUrlManaged && (
        <p id={`${id}-url-managed`} className="bd-muted">
          {t('serverUrlManaged')}
        </p>
      )}
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
