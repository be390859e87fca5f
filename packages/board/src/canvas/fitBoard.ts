import { Box, type Editor } from 'tldraw'
import { RING_EDGES } from './networkGeometry.ts'
import { BoardPages } from './pages.ts'

const MAP = RING_EDGES.outer + 60

/**
 * Brings a board into view when it is opened: the whole network map, or everything on the agenda and goal
 * boards. A page without structured cards keeps its camera (free drawing stays where it was).
 */
export function fitBoard(editor: Editor): void {
  const shapes = editor.getCurrentPageShapes()
  if (!shapes.some((shape) => shape.type.startsWith('bd-'))) return
  const options = { inset: 24, animation: { duration: 0 } }
  if (editor.getCurrentPageId() === BoardPages.network)
    editor.zoomToBounds(new Box(-MAP, -MAP, MAP * 2, MAP * 2), options)
  else editor.zoomToFit({ animation: { duration: 0 } })
}
