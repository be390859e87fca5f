import { type CourseDoc, cardCentre, columnAt, type IsoDate, ringAt, sectorAt } from '@bordenden/model'
import type { Editor, TLEventInfo, TLShape, TLShapeId } from 'tldraw'
import { goalColumns, layoutFromModel } from './layoutFromModel.ts'
import { NO_GOAL } from './shapes/boundShapes.ts'

/** A burst of model changes (a form saving several fields, a remote transaction) lays out once. */
const SETTLE_MS = 120

/**
 * Keeps the canvas a view of the model, both ways:
 * - whenever the model changes (here or on another screen) the boards are laid out again;
 * - dropping a person card in another ring or sector changes the person's closeness or sector, and
 *   dropping an agreement card on another goal's column moves the agreement to that goal. Then the model
 *   lays the card out. Moving a card with the arrow keys counts the same as dragging it.
 * A read-only viewer lays out its own copy as if it came from the server: its writes would be refused.
 */
export function bindModelToCanvas(
  editor: Editor,
  course: CourseDoc,
  session: { actor: string; today: IsoDate },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined

  const layOut = () => {
    timer = undefined
    const dragging = new Set<TLShapeId>(editor.isIn('select.translating') ? editor.getSelectedShapeIds() : [])
    const run = () =>
      editor.run(() => layoutFromModel(editor, course, session.today, dragging), { history: 'ignore' })
    if (editor.getIsReadonly()) editor.store.mergeRemoteChanges(run)
    else run()
  }
  const schedule = () => {
    timer ??= setTimeout(layOut, SETTLE_MS)
  }

  const dropped = (ids: readonly TLShapeId[]) => {
    if (editor.getIsReadonly()) return
    const columns = goalColumns(course)
    course.doc.transact(() => {
      for (const id of ids) {
        const shape = editor.getShape(id)
        if (shape) applyDrop(shape, columns)
      }
    })
    schedule()
  }
  const applyDrop = (shape: TLShape, columns: ReturnType<typeof goalColumns>) => {
    if (shape.type === 'bd-person') {
      const person = course.people.get(shape.props.personId)
      const centre = cardCentre(shape, shape.props)
      const ring = ringAt(centre)
      const sector = sectorAt(centre)
      if (person && (person.ring !== ring || person.sector !== sector))
        course.people.update(person.id, { ring, sector }, session.actor)
    } else if (shape.type === 'bd-agreement') {
      const agreement = course.agreements.get(shape.props.agreementId)
      const centre = { x: shape.x + shape.props.w / 2, y: shape.y + shape.props.h / 2 }
      const column = columnAt(centre, columns.rects)
      const goalId = column === undefined ? undefined : columns.columns[column]?.goalId
      if (!agreement || goalId === undefined) return
      const target = goalId === NO_GOAL ? null : goalId
      if (agreement.goalId !== target)
        course.agreements.update(agreement.id, { goalId: target }, session.actor)
    }
  }

  // tldraw finishes a drag on its next tick after the pointer is released; read the cards after that.
  // The cards are the ones selected when the pointer was released (a quick Escape may deselect them).
  const whenDropped = (ids: readonly TLShapeId[], framesLeft: number) => {
    if (editor.isIn('select.translating') && framesLeft > 0)
      editor.timers.requestAnimationFrame(() => whenDropped(ids, framesLeft - 1))
    else dropped(ids)
  }
  const onEvent = (info: TLEventInfo) => {
    const released = info.type === 'pointer' && info.name === 'pointer_up'
    // Arrow keys nudge the selected cards (tldraw's keyboard move): letting go of the key is the drop.
    const nudged = info.type === 'keyboard' && info.name === 'key_up' && info.code.startsWith('Arrow')
    if (!released && !nudged) return
    const ids = editor.getSelectedShapeIds()
    editor.timers.requestAnimationFrame(() => whenDropped(ids, 30))
  }
  editor.on('event', onEvent)
  const stopObserving = course.observeContent(schedule)
  layOut()
  return () => {
    if (timer !== undefined) clearTimeout(timer)
    editor.off('event', onEvent)
    stopObserving()
  }
}
