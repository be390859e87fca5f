import { useCourse, useWords } from '@bordenden/ui'
import { useEditor, useValue } from 'tldraw'
import { type BoardPage, boardPageOf } from './canvas/pages.ts'
import { emptyBoard } from './emptyBoards.ts'
import { goToFirstStep } from './firstStep.ts'

/**
 * An empty board's note: what to do first, and a button that takes the step (for those who may: the
 * meeting is planned by the facilitator). Nothing when the board has content.
 */
export function FirstStep({
  board,
  className,
  onTake,
}: {
  board: BoardPage
  className: string
  onTake: (board: BoardPage) => void
}) {
  const { course, today, canEdit, facilitator } = useCourse()
  const w = useWords()
  const empty = emptyBoard(board, course, today)
  if (!empty) return null
  return (
    <div className={className} data-board={board}>
      <p>{w(empty.says)}</p>
      {canEdit && (board !== 'agenda' || facilitator) && (
        <button type="button" onClick={() => onTake(board)}>
          {w(empty.offers)}
        </button>
      )}
    </div>
  )
}

/** In front of an empty board on the canvas, so a new course does not open on a blank page. */
export function EmptyBoardHint() {
  const editor = useEditor()
  const board = useValue('board', () => boardPageOf(editor.getCurrentPageId()), [editor])
  return board ? <FirstStep board={board} className="bd-empty-board" onTake={goToFirstStep} /> : null
}
