import { forgetOfflineCourses } from '@bordenden/client'
import { type ReactNode, useEffect, useState } from 'react'
import { loginUrl } from '../login/next.ts'
import { ApiError, api, type User } from './api.ts'
import { PageFrame } from './PageFrame.tsx'
import { useTexts } from './texts.ts'

type Who = { state: 'loading' } | { state: 'failed' } | { state: 'signed-in'; user: User }

/**
 * A page for signed-in coordinators: visitors without a session are sent to sign in and brought back
 * to this address; the signed-in get the page frame with their name and a way out.
 */
export function SignedInPage({ children }: { children: (user: User) => ReactNode }) {
  const [who, setWho] = useState<Who>({ state: 'loading' })
  useEffect(() => {
    api.me().then(
      ({ user }) => {
        // A leader has no courses or board: her pages are the overview.
        if (user.role === 'leder') window.location.replace('/leder')
        else setWho({ state: 'signed-in', user })
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401)
          window.location.replace(loginUrl(window.location))
        else setWho({ state: 'failed' })
      },
    )
  }, [])
  const signOut = async () => {
    await api.logout().catch(() => {}) // signed out or not, the sign-in page is where to go
    // The next person at this computer must not find the courses the board kept for offline editing.
    await forgetOfflineCourses().catch(() => {})
    window.location.assign('/login')
  }
  if (who.state !== 'signed-in') {
    return (
      <PageFrame>
        <Pending failed={who.state === 'failed'} />
      </PageFrame>
    )
  }
  return (
    <PageFrame account={{ name: who.user.name, locale: who.user.locale, onSignOut: signOut }}>
      {children(who.user)}
    </PageFrame>
  )
}

function Pending({ failed }: { failed: boolean }) {
  const t = useTexts()
  if (!failed) return <p>{t('loading')}</p>
  return (
    <div role="alert">
      <p>{t('failed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('retry')}
      </button>
    </div>
  )
}
