import type { Locale } from '@bordenden/model'
import { refusalText, useLocale } from '@bordenden/ui'
import { type FormEvent, useState } from 'react'
import { ApiError, api } from './api.ts'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

/**
 * A signed-in person changes her password. The server checks the new one (length, not guessable) and
 * says why it refused it with a code, which this form puts in the page's language.
 */
export function PasswordForm({ announce }: { announce: (message: string) => void }) {
  const t = useTexts()
  const locale = useLocale()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const { busy, error, run } = useAction()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await api.changePassword(current, next)
      setCurrent('')
      setNext('')
      announce(t('password.changed'))
    })
  }

  return (
    <form className="home-card stacked-form" onSubmit={submit}>
      <h2>{t('password.title')}</h2>
      <label>
        {t('password.current')}
        <input
          type="password"
          required
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <label>
        {t('password.next')}
        <input
          type="password"
          required
          autoComplete="new-password"
          aria-describedby="new-password-hint"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </label>
      <p id="new-password-hint" className="form-hint">
        {t('password.hint')}
      </p>
      {error !== null && (
        <p role="alert" className="form-error">
          {problem(error, t, locale)}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('password.submit')}
      </button>
    </form>
  )
}

function problem(error: unknown, t: ReturnType<typeof useTexts>, locale: Locale): string {
  if (!(error instanceof ApiError)) return t('failed')
  if (error.status === 429)
    return t('login.rateLimited', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) })
  return refusalText(error, locale) ?? t('failed')
}
