import {
  AGREEMENT_CARD,
  agendaOf,
  type CourseDoc,
  cardCentre,
  cardCorner,
  goalBoardLayout,
  type IsoDate,
  meetingInFocus,
  type NetworkPerson,
  PERSON_CARD,
  type Point,
  type Rect,
  ringAt,
  sectorAt,
  slotCentre,
} from '@bordenden/model'
import {
  type Editor,
  getIndexAbove,
  type IndexKey,
  PageRecordType,
  type TLParentId,
  type TLShape,
  type TLShapeId,
  type TLShapePartial,
} from 'tldraw'
import { type BoardPage, BoardPages, boardPageOf, pageIndexes, pageTitles } from './pages.ts'
import { NO_GOAL, shapeIds } from './shapes/boundShapes.ts'

/**
 * Writes records straight to the store rather than through the editor's shape methods, because those
 * refuse a read-only editor, and a read-only viewer lays out its own view too (see bindModelToCanvas).
 *
 * Lays the boards out from the model: a card for every person, goal and agreement, the visual agenda of
 * the meeting in focus; cards of entities that are gone are removed. Network cards stay where people put
 * them as long as that is their ring and sector in the model; a change of closeness made in a form moves
 * the card. Goal columns and agreement cards are kept in their columns.
 */
export function layoutFromModel(
  editor: Editor,
  course: CourseDoc,
  today: IsoDate,
  skip: ReadonlySet<TLShapeId>,
) {
  ensurePages(editor)
  const wanted = new Map<TLShapeId, TLShapePartial>()
  for (const partial of [
    ...networkShapes(editor, course),
    ...goalShapes(course),
    ...agendaShapes(course, today),
  ])
    wanted.set(partial.id, partial)

  const put: TLShape[] = []
  const above = new Map<TLParentId, IndexKey>()
  for (const [id, partial] of wanted) {
    const existing = editor.getShape(id)
    if (existing) {
      if (!skip.has(id) && differs(existing, partial))
        put.push({ ...existing, ...partial, props: { ...existing.props, ...partial.props } } as TLShape)
      continue
    }
    const parentId = partial.parentId ?? editor.getCurrentPageId()
    const index = above.get(parentId) ?? editor.getHighestIndexForParent(parentId)
    above.set(parentId, getIndexAbove(index))
    const props = { ...editor.getShapeUtil(partial.type).getDefaultProps(), ...partial.props }
    put.push(editor.store.schema.types.shape.create({ ...partial, parentId, index, props }) as TLShape)
  }
  const remove = editor.store
    .allRecords()
    .filter((r): r is TLShape => r.typeName === 'shape' && r.type.startsWith('bd-') && !wanted.has(r.id))
    .map((shape) => shape.id)
  if (put.length > 0) editor.store.put(put)
  if (remove.length > 0) editor.store.remove(remove)
}

function ensurePages(editor: Editor) {
  for (const page of Object.keys(BoardPages) as BoardPage[]) {
    const id = BoardPages[page]
    const existing = editor.getPage(id)
    const name = pageTitles[page].da
    if (existing?.name === name) continue
    editor.store.put([
      PageRecordType.create({
        id,
        name,
        index: existing?.index ?? pageIndexes[page],
        meta: {},
      }),
    ])
  }
  // tldraw opens on the first page by index; a page another client wrote (and the board does not draw)
  // would open as an empty board with an empty side panel, so the board opens on its network map instead.
  if (boardPageOf(editor.getCurrentPageId()) === undefined) editor.setCurrentPage(BoardPages.network)
}

function differs(shape: TLShape, partial: TLShapePartial): boolean {
  if (partial.x !== undefined && Math.round(partial.x) !== Math.round(shape.x)) return true
  if (partial.y !== undefined && Math.round(partial.y) !== Math.round(shape.y)) return true
  if (partial.parentId !== undefined && partial.parentId !== shape.parentId) return true
  const props = (partial.props ?? {}) as Record<string, unknown>
  const current = shape.props as Record<string, unknown>
  return Object.entries(props).some(([key, value]) => current[key] !== value)
}

function networkShapes(editor: Editor, course: CourseDoc): TLShapePartial[] {
  // The map is the shared screen everyone at the table sees: a person the citizen does not want
  // involved is not drawn on it, not even for the coordinator (her panel lists them, flagged).
  const people = course.people.list().filter((p) => !p.excludedByCitizen)
  const cell = (p: NetworkPerson) => people.filter((o) => o.ring === p.ring && o.sector === p.sector)
  return people.map((person) => {
    const id = shapeIds.person(person.id)
    const existing = editor.getShape(id)
    const mates = cell(person)
    const slot = cardCorner(slotCentre(person.ring, person.sector, mates.indexOf(person), mates.length))
    const stays = existing && inPlace(cardCentre(existing), person)
    const at: Point = stays ? { x: existing.x, y: existing.y } : slot
    return {
      id,
      type: 'bd-person',
      parentId: BoardPages.network,
      ...at,
      props: { w: PERSON_CARD.w, h: PERSON_CARD.h, personId: person.id },
    }
  })
}

function inPlace(centre: Point, person: NetworkPerson): boolean {
  return ringAt(centre) === person.ring && sectorAt(centre) === person.sector
}

/** The goal board laid out (see goalBoardLayout), the column without a goal named NO_GOAL. */
export function goalColumns(course: CourseDoc) {
  const goalIds = course.goals.list().map((g) => g.id)
  const { columns, adder } = goalBoardLayout(goalIds, course.agreements.list())
  return {
    columns: columns.map((column) => ({ ...column, goalId: column.goalId ?? NO_GOAL })),
    rects: columns.map((column): Rect => column.rect),
    adder,
  }
}

function goalShapes(course: CourseDoc): TLShapePartial[] {
  const { columns, adder } = goalColumns(course)
  const out: TLShapePartial[] = []
  for (const { goalId, rect, agreements, cards } of columns) {
    out.push({
      id: shapeIds.goal(goalId),
      type: 'bd-goal',
      parentId: BoardPages.goals,
      x: rect.x,
      y: rect.y,
      props: { w: rect.w, h: rect.h, goalId },
    })
    agreements.forEach((agreement, row) => {
      out.push({
        id: shapeIds.agreement(agreement.id),
        type: 'bd-agreement',
        parentId: BoardPages.goals,
        ...cards[row],
        props: { w: AGREEMENT_CARD.w, h: AGREEMENT_CARD.h, agreementId: agreement.id },
      })
    })
  }
  out.push({
    id: shapeIds.goalAdder,
    type: 'bd-goal-adder',
    parentId: BoardPages.goals,
    x: adder.x,
    y: adder.y,
    props: { w: adder.w, h: adder.h },
  })
  return out
}

function agendaShapes(course: CourseDoc, today: IsoDate): TLShapePartial[] {
  const meeting = meetingInFocus(course, today)
  if (!meeting || agendaOf(course, meeting.id).length === 0) return []
  return [
    {
      id: shapeIds.agenda,
      type: 'bd-agenda',
      parentId: BoardPages.agenda,
      props: { meetingId: meeting.id },
    },
  ]
}
