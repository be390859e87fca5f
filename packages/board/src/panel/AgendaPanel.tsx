import {
  AgendaList,
  AttendanceList,
  DialogueTurn,
  MeetingRecap,
  ParkedTopicForm,
  ParkingLot,
  useCourse,
  useMeetingInFocus,
  useWords,
} from '@bordenden/ui'

/** The agenda's panel: the facilitator's controls, the dialogue turn, attendance, parking lot and recap. */
export function AgendaPanel() {
  const { canEdit } = useCourse()
  const w = useWords()
  const meeting = useMeetingInFocus()
  if (!meeting) return <p>{w('noMeeting')}</p>
  return (
    <>
      <DialogueTurn meetingId={meeting.id} />
      <AgendaList meetingId={meeting.id} />
      <AttendanceList meetingId={meeting.id} />
      <ParkingLot meetingId={meeting.id} />
      {canEdit && meeting.status !== 'closed' && <ParkedTopicForm meetingId={meeting.id} />}
      <MeetingRecap meetingId={meeting.id} />
    </>
  )
}
