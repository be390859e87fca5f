import { MeetingScreen } from '@bordenden/ui'
import { BaseBoxShapeUtil, HTMLContainer, T } from 'tldraw'
import type { AgendaShape } from './boundShapes.ts'

/** The visual agenda of the meeting in focus: the current item and whose turn it is, big. */
export class AgendaBoardShapeUtil extends BaseBoxShapeUtil<AgendaShape> {
  static override type = 'bd-agenda' as const
  static override props = { w: T.number, h: T.number, meetingId: T.string }

  override getDefaultProps(): AgendaShape['props'] {
    return { w: 1200, h: 720, meetingId: '' }
  }

  override hideRotateHandle() {
    return true
  }

  override component(shape: AgendaShape) {
    return (
      <HTMLContainer className="bd-agenda-shape">
        <MeetingScreen meetingId={shape.props.meetingId} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: AgendaShape) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}
