import { useWords } from '@bordenden/ui'
import { type Editor, useValue } from 'tldraw'
import { type BoardPage, BoardPages, boardPageOf, pageNames } from '../canvas/pages.ts'
import { CourseLink } from '../course/CourseLink.tsx'
import { AgendaPanel } from './AgendaPanel.tsx'
import { GoalsPanel } from './GoalsPanel.tsx'
import { NetworkPanel } from './NetworkPanel.tsx'

/**
 * Beside the canvas: the three boards to switch between, the meeting view, and the lists and forms of
 * the board on screen. Selecting a card opens its form here.
 */
export function SidePanel({ editor, onMeetingMode }: { editor: Editor; onMeetingMode: () => void }) {
  const w = useWords()
  const page = useValue('board page', () => boardPageOf(editor.getCurrentPageId()), [editor])
  return (
    <aside className="bd-panel" aria-label="Sidepanel">
      <nav className="bd-panel-nav" aria-label="Tavler">
        {(Object.keys(BoardPages) as BoardPage[]).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={p === page}
            onClick={() => editor.setCurrentPage(BoardPages[p])}
          >
            {pageNames[p]}
          </button>
        ))}
        <button type="button" className="bd-meeting-mode" onClick={onMeetingMode}>
          {w('meetingMode')}
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
