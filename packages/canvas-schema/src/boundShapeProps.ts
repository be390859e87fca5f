import { T } from '@tldraw/validate'

/**
 * The props of the board's shapes bound to model entities (see the board's canvas/shapes): a shape stores
 * only the entity's id and its layout. One definition, read by the board's shape utils and by the server,
 * which validates every canvas record a client writes with it. No migrations yet: when a shape's props
 * change, its migrations go beside its props here.
 */
export const boundShapeProps = {
  'bd-person': { w: T.number, h: T.number, personId: T.string },
  'bd-goal': { w: T.number, h: T.number, goalId: T.string },
  'bd-agreement': { w: T.number, h: T.number, agreementId: T.string },
  'bd-goal-adder': { w: T.number, h: T.number },
  'bd-agenda': { w: T.number, h: T.number, meetingId: T.string },
}

export type BoundShapeType = keyof typeof boundShapeProps
