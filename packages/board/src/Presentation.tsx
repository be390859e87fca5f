import {
  GoalsPresentation,
  MeetingScreen,
  NetworkPresentation,
  useCourse,
  useLocale,
  useMeetingInFocus,
  useWords,
} from '@bordenden/ui'
import { useEffect, useRef } from 'react'
import { type Editor, useValue } from 'tldraw'
import { type BoardPage, BoardPages, boardPageOf, pageTitles } from './canvas/pages.ts'
import { FirstStep } from './EmptyBoardHint.tsx'
import { emptyBoard } from './emptyBoards.ts'
import { useBoardText } from './texts.ts'

const boards = Object.keys(BoardPages) as BoardPage[]

/**
 * The board on screen, for the shared screen: no editor around it, large type, fitted to the screen and
 * re-fitted as it changes. The agenda is the meeting view (the item, whose turn it is); the network map
 * and the goals are drawn for reading across the room. Switching board here switches the canvas too, so
 * leaving (Escape or the button) returns to the board last shown.
 */
export function Presentation({
  editor,
  onLeave,
  onFirstStep,
}: {
  editor: Editor
  onLeave: () => void
  onFirstStep: (board: BoardPage) => void
}) {
  const w = useWords()
  const boardText = useBoardText()
  const locale = useLocale()
  const board = useValue('board', () => boardPageOf(editor.getCurrentPageId()) ?? 'network', [editor])
  const leave = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    leave.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onLeave])
  return (
    <div
      className="bd-presentation"
      data-board={board}
      role="dialog"
      aria-modal="true"
      aria-label={w('meetingMode')}
    >
      <nav className="bd-presentation-nav" aria-label={boardText('boards')}>
        {boards.map((b) => (
          <button
            key={b}
            type="button"
            aria-pressed={b === board}
            onClick={() => editor.setCurrentPage(BoardPages[b])}
          >
            {pageTitles[b][locale]}
          </button>
        ))}
        <button ref={leave} type="button" className="bd-leave" onClick={onLeave}>
          {boardText('leaveMeetingMode')}
        </button>
      </nav>
      <div className="bd-presentation-body">
        <PresentedBoard board={board} onFirstStep={onFirstStep} />
      </div>
    </div>
  )
}

function PresentedBoard({
  board,
  onFirstStep,
}: {
  board: BoardPage
  onFirstStep: (board: BoardPage) => void
}) {
  const { course, today } = useCourse()
  const meeting = useMeetingInFocus()
  if (emptyBoard(board, course, today))
    return <FirstStep board={board} className="bd-present-empty" onTake={onFirstStep} />
  if (board === 'network') return <NetworkPresentation />
  if (board === 'goals') return <GoalsPresentation />
  return meeting && <MeetingScreen meetingId={meeting.id} />
}
