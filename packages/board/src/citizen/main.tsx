import './citizen.css'
import './citizen-print.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CitizenApp } from './CitizenApp.tsx'
import { citizenRoute } from './route.ts'
import { citizenPageText } from './texts.ts'

// The citizen page is its own entry (citizen.html): it never loads tldraw, only React, Yjs and the model.
const root = document.getElementById('root')
if (!root) throw new Error('citizen.html has no #root element')

const route = citizenRoute(window.location)
createRoot(root).render(
  <StrictMode>
    {route ? (
      <CitizenApp route={route} />
    ) : (
      <main className="citizen-message">{citizenPageText('notFound')}</main>
    )}
  </StrictMode>,
)
