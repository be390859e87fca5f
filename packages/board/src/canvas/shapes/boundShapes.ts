import { createShapeId, type TLShape, type TLShapeId } from 'tldraw'

/**
 * The canvas shapes bound to model entities. A shape stores only the entity's id and its layout; what it
 * shows is read from the model, so an edit anywhere shows on every card. Shape ids derive from entity
 * ids, so two browsers laying out the same entity at once write the same record, not two.
 */
declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    'bd-person': { w: number; h: number; personId: string }
    'bd-goal': { w: number; h: number; goalId: string }
    'bd-agreement': { w: number; h: number; agreementId: string }
    'bd-goal-adder': { w: number; h: number }
    'bd-agenda': { w: number; h: number; meetingId: string }
  }
}

export type PersonShape = TLShape<'bd-person'>
export type GoalShape = TLShape<'bd-goal'>
export type AgreementShape = TLShape<'bd-agreement'>
export type GoalAdderShape = TLShape<'bd-goal-adder'>
export type AgendaShape = TLShape<'bd-agenda'>

/** The goal column of the agreements that serve no goal. */
export const NO_GOAL = ''

export const shapeIds = {
  person: (personId: string): TLShapeId => createShapeId(`person-${personId}`),
  goal: (goalId: string): TLShapeId => createShapeId(`goal-${goalId || 'none'}`),
  agreement: (agreementId: string): TLShapeId => createShapeId(`agreement-${agreementId}`),
  goalAdder: createShapeId('goal-adder'),
  agenda: createShapeId('agenda'),
}
