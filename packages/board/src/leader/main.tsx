import './leader.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { LeaderPage } from './LeaderPage.tsx'

// The leader's overview (leader.html, served at /leder): its own entry, without tldraw or any course.
const root = document.getElementById('root')
if (!root) throw new Error('leader.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <LeaderPage />
  </StrictMode>,
)
