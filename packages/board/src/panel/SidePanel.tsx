import { useLocale, useWords } from '@bordenden/ui'
import { type Editor, useValue } from 'tldraw'
import { boardPageOf, pageTitles } from '../canvas/pages.ts'
import { CourseLink } from '../course/CourseLink.tsx'
import { useBoardText } from '../texts.ts'
import { AgendaPanel } from './AgendaPanel.tsx'
import { GoalsPanel } from './GoalsPanel.tsx'
import { NetworkPanel } from './NetworkPanel.tsx'

/**
 * Beside the canvas: the boards to switch between (tldraw's own page menu is hidden: it would show the
 * shared Danish page names), the meeting view, and the lists and forms of the board on screen. Selecting
 * a card opens its form here.
 */
export function SidePanel({
  editor,
  onMeetingMode,
  onHelp,
}: {
  editor: Editor
  onMeetingMode: () => void
  onHelp: () => void
}) {
  const w = useWords()
  const boardText = useBoardText()
  const locale = useLocale()
  const currentId = useValue('current page', () => editor.getCurrentPageId(), [editor])
  // Any page drawn on beside the three boards (e.g. in an older course) stays reachable here.
  const pages = useValue('pages', () => editor.getPages().map(({ id, name }) => ({ id, name })), [editor])
  const page = boardPageOf(currentId)
  return (
    <aside className="bd-panel" aria-label={boardText('sidePanel')}>
      <nav className="bd-panel-nav" aria-label={boardText('boards')}>
        {pages.map(({ id, name }) => {
          const board = boardPageOf(id)
          return (
            <button
              key={id}
              type="button"
              aria-pressed={id === currentId}
              onClick={() => editor.setCurrentPage(id)}
            >
              {board ? pageTitles[board][locale] : name}
            </button>
          )
        })}
        <button type="button" className="bd-meeting-mode" onClick={onMeetingMode}>
          {w('meetingMode')}
        </button>
        <button type="button" className="bd-shortcuts" aria-keyshortcuts="?" onClick={onHelp}>
          {boardText('shortcuts')}
        </button>
        <CourseLink className="bd-course-link" />
      </nav>
      <div className="bd-panel-body">
        {page === 'network' && <NetworkPanel editor={editor} />}
        {page === 'agenda' && <AgendaPanel />}
        {page === 'goals' && <GoalsPanel editor={editor} />}
      </div>
    </aside>
  )
}
