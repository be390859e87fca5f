import type { CourseConnection } from '@bordenden/client'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useContext } from 'react'
import { type TLComponents, type TLStore, Tldraw } from 'tldraw'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import { exposeEditorForTests } from './exposeEditorForTests.ts'
import { ReadOnlyBadge } from './ReadOnlyBadge.tsx'

// Fonts, icons, translations and embed icons are bundled by Vite and served by our server: a municipal
// network meeting must not depend on, or be visible to, a third-party CDN.
const assetUrls = getAssetUrlsByImport()

// tldraw renders its UI slots itself, so they reach the connection through context rather than props.
const ConnectionContext = createContext<CourseConnection | null>(null)

function BoardTopPanel() {
  const connection = useContext(ConnectionContext)
  return (
    connection && (
      <>
        <ConnectionBadge connection={connection} />
        <ReadOnlyBadge />
      </>
    )
  )
}

const components: TLComponents = { TopPanel: BoardTopPanel }

export interface BoardProps {
  connection: CourseConnection
  store: TLStore
  licenseKey: string | null
}

export function Board({ connection, store, licenseKey }: BoardProps) {
  return (
    <ConnectionContext.Provider value={connection}>
      <div className="board">
        <Tldraw
          store={store}
          assetUrls={assetUrls}
          licenseKey={licenseKey ?? undefined}
          components={components}
          onMount={exposeEditorForTests}
        />
      </div>
    </ConnectionContext.Provider>
  )
}
