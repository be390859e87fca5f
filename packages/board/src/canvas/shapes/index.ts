import { AgendaBoardShapeUtil } from './AgendaBoardShape.tsx'
import { AgreementCardShapeUtil } from './AgreementCardShape.tsx'
import { GoalAdderShapeUtil } from './GoalAdderShape.tsx'
import { GoalColumnShapeUtil } from './GoalColumnShape.tsx'
import { PersonCardShapeUtil } from './PersonCardShape.tsx'

/** The shapes bound to the course model; the store and the editor both need them. */
export const boundShapeUtils = [
  PersonCardShapeUtil,
  GoalColumnShapeUtil,
  AgreementCardShapeUtil,
  GoalAdderShapeUtil,
  AgendaBoardShapeUtil,
]
