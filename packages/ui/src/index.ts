export { AgendaList } from './agenda/AgendaList.tsx'
export { AttendanceList } from './agenda/AttendanceList.tsx'
export { InviteList } from './agenda/InviteList.tsx'
export { ParkingLot } from './agenda/ParkingLot.tsx'
export { useMeetingInFocus } from './agenda/useMeetingInFocus.ts'
export { daysBetween, formatDay, formatDue, todayIso } from './dates.ts'
export { DialogueTurn } from './dialogue/DialogueTurn.tsx'
export { type Turn, useTurn } from './dialogue/useTurn.ts'
export { AgreementForm } from './forms/AgreementForm.tsx'
export { GoalForm } from './forms/GoalForm.tsx'
export { MeetingForm } from './forms/MeetingForm.tsx'
export { ParkedTopicForm } from './forms/ParkedTopicForm.tsx'
export { PersonForm } from './forms/PersonForm.tsx'
export { AgreementCard, useMissingText } from './goals/AgreementCard.tsx'
export { GoalBoard } from './goals/GoalBoard.tsx'
export {
  type CourseSession,
  CourseSessionProvider,
  useCourse,
  useCourseSession,
} from './live/CourseSession.tsx'
export { formatElapsed, useNow } from './live/useNow.ts'
export { useWrite } from './live/useWrite.ts'
export { LocaleProvider, useLabel, useLocale } from './locale.tsx'
export { MeetingScreen } from './meeting/MeetingScreen.tsx'
export { NetworkList } from './network/NetworkList.tsx'
export { MeetingRecap } from './recap/MeetingRecap.tsx'
export { useWords, type WordId, word } from './words.ts'
