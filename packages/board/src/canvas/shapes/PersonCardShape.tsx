import { label } from '@bordenden/model'
import { useCourse, useLocale, useWords } from '@bordenden/ui'
import { HTMLContainer, T } from 'tldraw'
import type { PersonShape } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'

/** A person on the network map; where the card lies says how close they are and in which sector. */
export class PersonCardShapeUtil extends CardShapeUtil<PersonShape> {
  static override type = 'bd-person' as const
  static override props = { w: T.number, h: T.number, personId: T.string }

  override getDefaultProps(): PersonShape['props'] {
    return { w: 170, h: 64, personId: '' }
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
  const { course } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const person = course.people.get(personId)
  if (!person) return null
  return (
    <div
      className="bd-card bd-person-card"
      data-person-id={personId}
      data-sector={person.sector}
      data-excluded={person.excludedByCitizen}
    >
      <strong>{person.name}</strong>
      <span>{[person.role, person.organisation].filter(Boolean).join(', ')}</span>
      <span className="bd-card-flags">
        {person.excludedByCitizen ? w('excluded') : label('consent', person.consent.status, locale)}
      </span>
    </div>
  )
}
