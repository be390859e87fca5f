import { boundShapeProps } from '@bordenden/canvas-schema'
import { AGREEMENT_CARD } from '@bordenden/model'
import { AgreementCard, agreementById, useCourseQuery, useCourseSession } from '@bordenden/ui'
import { HTMLContainer, type RecordProps } from 'tldraw'
import type { AgreementShape } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'

/** An agreement under its goal; an incomplete one is marked with what it lacks, as in every list. */
export class AgreementCardShapeUtil extends CardShapeUtil<AgreementShape> {
  static override type = 'bd-agreement' as const
  static override props: RecordProps<AgreementShape> = boundShapeProps['bd-agreement']

  override getDefaultProps(): AgreementShape['props'] {
    return { w: AGREEMENT_CARD.w, h: AGREEMENT_CARD.h, agreementId: '' }
  }

  override component(shape: AgreementShape) {
    return (
      <HTMLContainer>
        <BoundAgreement agreementId={shape.props.agreementId} />
      </HTMLContainer>
    )
  }
}

function BoundAgreement({ agreementId }: { agreementId: string }) {
  const { course } = useCourseSession()
  const agreement = useCourseQuery(course, agreementById, agreementId)
  return agreement ? (
    <div className="bd-card bd-agreement-card">
      <AgreementCard agreement={agreement} />
    </div>
  ) : null
}
