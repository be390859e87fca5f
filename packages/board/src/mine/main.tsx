import '../citizen/citizen.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { linkPageRoute } from '../citizen/route.ts'
import { MyAgreements } from './MyAgreements.tsx'

// "Mine aftaler" for a participant's link (mine.html): a small page of its own, without tldraw or the
// course document, where the owner reports on their agreements on any day.
const root = document.getElementById('root')
if (!root) throw new Error('mine.html has no #root element')

const route = linkPageRoute('mine', window.location)
createRoot(root).render(
  <StrictMode>
    {route ? (
      <main className="citizen-page">
        <MyAgreements route={route} />
      </main>
    ) : (
      <main className="citizen-message">Siden findes ikke.</main>
    )}
  </StrictMode>,
)
