import {
  AgendaList,
  AttendanceList,
  DialogueTurn,
  InviteList,
  MeetingForm,
  MeetingRecap,
  ParkedTopicForm,
  ParkingLot,
  useCourse,
  useMeetingInFocus,
  useWords,
} from '@bordenden/ui'
import { firstStepId } from '../firstStep.ts'
import { useBoardText } from '../texts.ts'

/**
 * The agenda's panel: the dialogue turn and the facilitator's controls first, then attendance, the
 * parking lot and the recap; preparing the meeting (or the next one) with the citizen folds away.
 */
export function AgendaPanel() {
  const { canEdit, facilitator } = useCourse()
  const w = useWords()
  const boardText = useBoardText()
  const meeting = useMeetingInFocus()
  const prepares = canEdit && facilitator
  return (
    <>
      {meeting && (
        <>
          <DialogueTurn meetingId={meeting.id} />
          <AgendaList meetingId={meeting.id} />
          <AttendanceList meetingId={meeting.id} />
          <ParkingLot meetingId={meeting.id} />
          {canEdit && meeting.status !== 'closed' && <ParkedTopicForm meetingId={meeting.id} />}
          <MeetingRecap meetingId={meeting.id} />
        </>
      )}
      {!meeting && <p>{w('noMeeting')}</p>}
      {prepares && (
        // Open while there is no meeting: planning the first one is the agenda's first step.
        <details className="bd-prepare" id={firstStepId('agenda')} open={!meeting}>
          <summary>{boardText('prepare')}</summary>
          {meeting && meeting.status !== 'closed' && (
            <>
              <MeetingForm key={meeting.id} meetingId={meeting.id} />
              <InviteList meetingId={meeting.id} />
            </>
          )}
          <MeetingForm key="new" />
        </details>
      )}
    </>
  )
}
