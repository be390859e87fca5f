import type { CourseAccess, CourseConnection } from '@bordenden/client'
import { actorOf } from '@bordenden/model'
import {
  type CourseSession,
  CourseSessionProvider,
  LocaleProvider,
  localeOf,
  onLocaleChoice,
  storedLocale,
  storeLocale,
  useToday,
} from '@bordenden/ui'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import {
  DefaultStylePanel,
  type Editor,
  getUserPreferences,
  setUserPreferences,
  type TLComponents,
  type TLStore,
  Tldraw,
  useEditor,
  useValue,
} from 'tldraw'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import { bindModelToCanvas } from './canvas/bindModelToCanvas.ts'
import { fitBoard } from './canvas/fitBoard.ts'
import { loadOnlyFontsInUse } from './canvas/fontsInUse.ts'
import { NetworkRings } from './canvas/NetworkRings.tsx'
import { type BoardPage, BoardPages } from './canvas/pages.ts'
import { patternFillWhenUsedShapeUtils } from './canvas/patternFillWhenUsed.tsx'
import { boundShapeUtils } from './canvas/shapes/index.ts'
import { EmptyBoardHint } from './EmptyBoardHint.tsx'
import { exposeEditorForTests } from './exposeEditorForTests.ts'
import { goToFirstStep } from './firstStep.ts'
import { api } from './home/api.ts'
import { Presentation } from './Presentation.tsx'
import { SidePanel } from './panel/SidePanel.tsx'
import { ReadOnlyBadge } from './ReadOnlyBadge.tsx'
import { nextAgendaItem, nextSpeaker } from './shortcuts/facilitatorSteps.ts'
import { ShortcutHelp } from './shortcuts/ShortcutHelp.tsx'
import { useShortcuts } from './shortcuts/useShortcuts.ts'
import './boards.css'
import './canvas/cards.css'
import './meetingScreen.css'
import './presentation.css'

// Fonts, icons, translations and embed icons are bundled by Vite and served by our server: a municipal
// network meeting must not depend on, or be visible to, a third-party CDN.
const assetUrls = getAssetUrlsByImport()

const shapeUtils = [...boundShapeUtils, ...patternFillWhenUsedShapeUtils]

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

/**
 * tldraw's style panel only while someone draws or has something selected: open all the time, it covered
 * the structured boards' cards on a laptop, where nobody needed it.
 */
function StylePanelWhenUsed() {
  const editor = useEditor()
  const used = useValue(
    'style panel in use',
    () => editor.getSelectedShapeIds().length > 0 || editor.getCurrentToolId() !== 'select',
    [editor],
  )
  return used ? <DefaultStylePanel /> : null
}

// The side panel switches between the boards, in the viewer's language; tldraw's page menu would show
// the pages' shared (Danish) names.
const components: TLComponents = {
  TopPanel: BoardTopPanel,
  OnTheCanvas: NetworkRings,
  InFrontOfTheCanvas: EmptyBoardHint,
  PageMenu: null,
  StylePanel: StylePanelWhenUsed,
}

const boardOrder = Object.values(BoardPages)

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
  const [help, setHelp] = useState(false)
  const readonly = useValue('read-only', () => editor?.getIsReadonly() ?? !access.canEdit, [editor])
  // tldraw starts in the person's choice (followLocaleChoice); a language picked in tldraw's own menu
  // becomes the person's choice (English for any English, else Danish): the panel and cards, every page,
  // and the account when signed in.
  const locale = useValue('locale', () => localeOf(editor?.user.getLocale() ?? storedLocale()), [editor])
  const signedIn = access.role === 'coordinator' // the only role that comes with an account
  useEffect(() => {
    document.documentElement.lang = locale
    if (locale === storedLocale()) return
    storeLocale(locale)
    if (signedIn) void api.setLocale(locale).catch(() => {}) // kept in this browser even if this fails
  }, [locale, signedIn])
  // A language chosen in another tab (home, course page, another board) reaches tldraw, and with it the panel.
  useEffect(() => onLocaleChoice((next) => setUserPreferences({ ...getUserPreferences(), locale: next })), [])
  const today = useToday()
  const session = useMemo<CourseSession>(() => {
    // The name given on arrival goes into every change, so an agreement's history can say who.
    const { id, name } = getUserPreferences()
    return {
      course: connection.course,
      actor: actorOf(access.role, id, name ?? undefined),
      canEdit: !readonly,
      facilitator: access.role === 'coordinator',
      today,
    }
  }, [connection, access, readonly, today])
  const { actor } = session

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
    loadOnlyFontsInUse(mounted)
    setEditor(mounted)
    return exposeEditorForTests(mounted)
  }, [])
  const leaveMeetingMode = useCallback(() => setMeetingMode(false), [])
  const closeHelp = useCallback(() => setHelp(false), [])
  const firstStepFromPresentation = useCallback((board: BoardPage) => {
    setMeetingMode(false)
    goToFirstStep(board)
  }, [])
  const facilitates = session.canEdit && session.facilitator
  useShortcuts({
    nextItem: facilitates ? () => nextAgendaItem(connection.course, today, actor) : null,
    nextSpeaker: facilitates ? () => nextSpeaker(connection.course, today, actor) : null,
    nextBoard: editor
      ? () => {
          const at = boardOrder.indexOf(editor.getCurrentPageId())
          editor.setCurrentPage(boardOrder[(at + 1) % boardOrder.length] ?? BoardPages.network)
        }
      : null,
    presentation: () => setMeetingMode((on) => !on),
    help: () => setHelp((on) => !on),
  })

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
                shapeUtils={shapeUtils}
                components={components}
                onMount={onMount}
              />
            </div>
            {editor && (
              <SidePanel
                editor={editor}
                onMeetingMode={() => setMeetingMode(true)}
                onHelp={() => setHelp(true)}
              />
            )}
          </div>
          {meetingMode && editor && (
            <Presentation
              editor={editor}
              onLeave={leaveMeetingMode}
              onFirstStep={firstStepFromPresentation}
            />
          )}
          {help && <ShortcutHelp onClose={closeHelp} />}
        </ConnectionContext.Provider>
      </CourseSessionProvider>
    </LocaleProvider>
  )
}
