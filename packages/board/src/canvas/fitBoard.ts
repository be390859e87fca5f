import { RING_EDGES } from '@bordenden/model'
import { Box, type Editor } from 'tldraw'
import { BoardPages } from './pages.ts'

const MAP = RING_EDGES.outer + 8

/**
 * What tldraw's own controls cover at each edge of the canvas, in screen pixels: the menu and the
 * connection badge at the top, the toolbar at the bottom (the style panel shows only while drawing, see
 * Board). A board is fitted between them, so no heading or column starts out hidden.
 */
const chrome = { top: 48, bottom: 60, left: 12, right: 12 }

/** A board shown small enough to see whole, but no larger than this when there is little on it. */
const MAX_FIT_ZOOM = 1.5

/**
 * Brings a board into view when it is opened: the whole network map (even before anyone is on it, so a
 * new course opens on the citizen in the middle), or everything on the agenda and goal boards. Another
 * page without structured cards keeps its camera (free drawing stays where it was).
 */
export function fitBoard(editor: Editor): void {
  const onMap = editor.getCurrentPageId() === BoardPages.network
  const shapes = editor.getCurrentPageShapes()
  if (!onMap && !shapes.some((shape) => shape.type.startsWith('bd-'))) return
  const bounds = onMap ? new Box(-MAP, -MAP, MAP * 2, MAP * 2) : editor.getCurrentPageBounds()
  if (!bounds) return
  const inset = chrome
  const screen = editor.getViewportScreenBounds()
  const width = screen.w - inset.left - inset.right
  const height = screen.h - inset.top - inset.bottom
  const [minZoom = 0.1] = editor.getCameraOptions().zoomSteps
  const zoom = Math.max(minZoom, Math.min(MAX_FIT_ZOOM, width / bounds.w, height / bounds.h))
  // Centred in the room the controls leave; the camera is where page (0, 0) is, in page units.
  editor.setCamera(
    {
      x: (inset.left + (width - bounds.w * zoom) / 2) / zoom - bounds.x,
      y: (inset.top + (height - bounds.h * zoom) / 2) / zoom - bounds.y,
      z: zoom,
    },
    { immediate: true },
  )
}
