import { type FormEvent, useId, useState } from 'react'
import { ApiError, api } from '../home/api.ts'
import { PageFrame } from '../home/PageFrame.tsx'
import { useTexts } from '../home/texts.ts'
import { safeNext } from './next.ts'

/** `/login`: coordinators sign in with e-mail and password, then go back to where they came from. */
export function LoginPage({ next }: { next: string | null }) {
  return (
    <PageFrame>
      <LoginForm next={safeNext(next)} />
    </PageFrame>
  )
}

type Problem = { kind: 'wrong' | 'missing' | 'failed' } | { kind: 'rateLimited'; minutes: number }

function LoginForm({ next }: { next: string }) {
  const t = useTexts()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const errorId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!email.trim() || !password) return setProblem({ kind: 'missing' })
    setBusy(true)
    setProblem(null)
    try {
      const { user } = await api.login(email.trim(), password)
      // A leader has no courses: her home is the overview.
      window.location.assign(user.role === 'leder' && next === '/' ? '/leder' : next)
    } catch (error) {
      setProblem(problemOf(error))
      setPassword('')
      setBusy(false)
    }
  }

  const message =
    problem === null
      ? null
      : problem.kind === 'rateLimited'
        ? t('login.rateLimited', { count: problem.minutes })
        : problem.kind === 'failed'
          ? t('failed')
          : t(`login.${problem.kind}`)
  const described = message ? errorId : undefined
  return (
    <form className="home-card login-form" onSubmit={submit} noValidate>
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <label>
        {t('login.email')}
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={problem !== null && problem.kind !== 'failed'}
          aria-describedby={described}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label>
        {t('login.password')}
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={problem !== null && problem.kind !== 'failed'}
          aria-describedby={described}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {message && (
        <p id={errorId} role="alert" className="form-error">
          {message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('login.busy') : t('login.submit')}
      </button>
    </form>
  )
}

function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { kind: 'failed' }
  if (error.status === 429)
    return { kind: 'rateLimited', minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) }
  if (error.status === 401) return { kind: 'wrong' }
  if (error.status === 400) return { kind: 'missing' }
  return { kind: 'failed' }
}
