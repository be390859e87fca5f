import './styles.css'
import './home/home.css'
import './course/course.css'
import { storedLocale, translator } from '@bordenden/ui'
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { CoursePage } from './course/CoursePage.tsx'
import { HomePage } from './home/HomePage.tsx'
import { LoginPage } from './login/LoginPage.tsx'
import { appRoute } from './route.ts'
import { boardTexts } from './texts.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// tldraw is most of the bundle and only the board needs it: the sign-in, home and course pages load
// without it.
const BoardApp = lazy(async () => {
  const [{ App }] = await Promise.all([
    import('./App.tsx'),
    import('./identity.ts'),
    import('tldraw/tldraw.css'),
  ])
  return { default: App }
})

const message = (text: string) => <main className="page-message">{text}</main>
const route = appRoute(window.location)
const t = translator(boardTexts, storedLocale())
createRoot(root).render(
  <StrictMode>
    {route.page === 'login' ? (
      <LoginPage next={route.next} />
    ) : route.page === 'home' ? (
      <HomePage />
    ) : route.page === 'course' ? (
      <CoursePage courseId={route.courseId} />
    ) : route.page === 'board' ? (
      <Suspense fallback={message(t('loadingBoard'))}>
        <BoardApp route={route.board} />
      </Suspense>
    ) : (
      message(t('notFound'))
    )}
  </StrictMode>,
)
