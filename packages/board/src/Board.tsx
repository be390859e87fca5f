import type { CourseAccess, CourseConnection } from '@bordenden/client'
import { type CourseSession, CourseSessionProvider, LocaleProvider, todayIso } from '@bordenden/ui'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { type Editor, getUserPreferences, type TLComponents, type TLStore, Tldraw, useValue } from 'tldraw'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import { bindModelToCanvas } from './canvas/bindModelToCanvas.ts'
import { fitBoard } from './canvas/fitBoard.ts'
import { NetworkRings } from './canvas/NetworkRings.tsx'
import { boundShapeUtils } from './canvas/shapes/index.ts'
import { exposeEditorForTests } from './exposeEditorForTests.ts'
import { MeetingMode } from './MeetingMode.tsx'
import { SidePanel } from './panel/SidePanel.tsx'
import { ReadOnlyBadge } from './ReadOnlyBadge.tsx'
import './boards.css'

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

const components: TLComponents = { TopPanel: BoardTopPanel, OnTheCanvas: NetworkRings }

export interface BoardProps {
  connection: CourseConnection
  access: CourseAccess
  store: TLStore
  licenseKey: string | null
}

/** The canvas with the three boards, the panel beside it, and meeting mode on top when chosen. */
export function Board({ connection, access, store, licenseKey }: BoardProps) {
  const [editor, setEditor] = useState<Editor>()
  const [meetingMode, setMeetingMode] = useState(false)
  const readonly = useValue('read-only', () => editor?.getIsReadonly() ?? !access.canEdit, [editor])
  // The panel and cards speak the language chosen in tldraw's menu: Danish, or English for any English.
  const locale = useValue('locale', () => (editor?.user.getLocale().startsWith('en') ? 'en' : 'da'), [editor])
  const session = useMemo<CourseSession>(
    () => ({
      course: connection.course,
      actor: `${access.role}:${getUserPreferences().id}`,
      canEdit: !readonly,
      facilitator: access.role === 'coordinator',
      today: todayIso(),
    }),
    [connection, access, readonly],
  )
  const { actor, today } = session

  useEffect(() => {
    if (!editor) return
    const stopLayout = bindModelToCanvas(editor, connection.course, { actor, today })
    fitBoard(editor)
    const stopFit = editor.sideEffects.registerAfterChangeHandler('instance', (before, after) => {
      if (before.currentPageId !== after.currentPageId) fitBoard(editor)
    })
    return () => {
      stopFit()
      stopLayout()
    }
  }, [editor, connection, actor, today])

  const onMount = useCallback((mounted: Editor) => {
    setEditor(mounted)
    return exposeEditorForTests(mounted)
  }, [])
  const leaveMeetingMode = useCallback(() => setMeetingMode(false), [])

  return (
    <LocaleProvider locale={locale}>
      <CourseSessionProvider session={session}>
        <ConnectionContext.Provider value={connection}>
          <div className="board-layout">
            <div className="board">
              <Tldraw
                store={store}
                assetUrls={assetUrls}
                licenseKey={licenseKey ?? undefined}
                shapeUtils={boundShapeUtils}
                components={components}
                onMount={onMount}
              />
            </div>
            {editor && <SidePanel editor={editor} onMeetingMode={() => setMeetingMode(true)} />}
          </div>
          {meetingMode && <MeetingMode onLeave={leaveMeetingMode} />}
        </ConnectionContext.Provider>
      </CourseSessionProvider>
    </LocaleProvider>
  )
}
