import { boundShapeProps } from '@bordenden/canvas-schema'
import { MeetingScreen } from '@bordenden/ui'
import { HTMLContainer, type RecordProps } from 'tldraw'
import type { AgendaShape } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'

/** The visual agenda of the meeting in focus: the current item and whose turn it is, big. */
export class AgendaBoardShapeUtil extends CardShapeUtil<AgendaShape> {
  static override type = 'bd-agenda' as const
  static override props: RecordProps<AgendaShape> = boundShapeProps['bd-agenda']

  override getDefaultProps(): AgendaShape['props'] {
    return { w: 1200, h: 640, meetingId: '' }
  }

  override component(shape: AgendaShape) {
    return (
      <HTMLContainer className="bd-agenda-shape">
        <MeetingScreen meetingId={shape.props.meetingId} />
      </HTMLContainer>
    )
  }
}
