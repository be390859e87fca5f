import 'tldraw/tldraw.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, PageMessage } from './App.tsx'
import { preferDanish } from './identity.ts'
import { boardRoute } from './route.ts'
import { texts } from './texts.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

preferDanish()
const route = boardRoute(window.location)
createRoot(root).render(
  <StrictMode>{route ? <App route={route} /> : <PageMessage>{texts.notFound}</PageMessage>}</StrictMode>,
)
