import { boundShapeProps } from '@bordenden/canvas-schema'
import { label, PERSON_CARD } from '@bordenden/model'
import { personById, useCourseQuery, useCourseSession, useLocale, useWords } from '@bordenden/ui'
import { HTMLContainer, type RecordProps } from 'tldraw'
import { useBoardText } from '../../texts.ts'
import { measureBold } from '../measureText.ts'
import type { PersonShape } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'

/** The name's largest and smallest size (px): a long name gets smaller rather than cut off. */
const NAME_PX = { max: 22, min: 15 }
/** The width the name has on the card (px): the card less its border and padding. */
const NAME_ROOM = PERSON_CARD.w - 22

/** A person on the network map; where the card lies says how close they are and in which sector. */
export class PersonCardShapeUtil extends CardShapeUtil<PersonShape> {
  static override type = 'bd-person' as const
  static override props: RecordProps<PersonShape> = boundShapeProps['bd-person']

  override getDefaultProps(): PersonShape['props'] {
    return { w: PERSON_CARD.w, h: PERSON_CARD.h, personId: '' }
  }

  override component(shape: PersonShape) {
    return (
      <HTMLContainer>
        <PersonCard personId={shape.props.personId} />
      </HTMLContainer>
    )
  }
}

function PersonCard({ personId }: { personId: string }) {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const boardText = useBoardText()
  const person = useCourseQuery(course, personById, personId)
  if (!person) return null
  return (
    <div
      className="bd-card bd-person-card"
      data-person-id={personId}
      data-sector={person.sector}
      data-excluded={person.excludedByCitizen}
    >
      <strong style={{ fontSize: nameSize(person.name) }} title={person.name}>
        {person.name}
      </strong>
      <span>{[person.role, person.organisation].filter(Boolean).join(', ')}</span>
      {person.excludedByCitizen ? (
        <span className="bd-card-flags" data-flag="excluded" title={w('excluded')}>
          {boardText('excludedShort')}
        </span>
      ) : (
        <span className="bd-card-flags">{label('consent', person.consent.status, locale)}</span>
      )}
    </div>
  )
}

function nameSize(name: string): number {
  const width = measureBold(name, NAME_PX.max)
  const fits = width > NAME_ROOM ? Math.floor((NAME_PX.max * NAME_ROOM) / width) : NAME_PX.max
  return Math.max(NAME_PX.min, fits)
}
