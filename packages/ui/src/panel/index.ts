/** The meeting the panel follows (the extension's capture adds to it too). */
export { liveOrNextMeeting as currentMeetingOf } from '@bordenden/model'
export type { CaptureFormProps, CaptureKind } from './CaptureForm.tsx'
export { CaptureForm } from './CaptureForm.tsx'
export type { CourseListProps } from './CourseList.tsx'
export { CourseList } from './CourseList.tsx'
export type { FollowUpListProps } from './FollowUpList.tsx'
export { FollowUpList } from './FollowUpList.tsx'
export { focusIfLost } from './focus.ts'
export { LanguageSelect } from './LanguageSelect.tsx'
export type { LiveMeetingProps } from './LiveMeeting.tsx'
export { LiveMeeting } from './LiveMeeting.tsx'
export type { PanelTab } from './PanelTabs.tsx'
export { PanelTabs } from './PanelTabs.tsx'
export type { RecordPanelProps } from './RecordPanel.tsx'
export { RecordPanel } from './RecordPanel.tsx'
export type { SignInFormProps } from './SignInForm.tsx'
export { SignInForm } from './SignInForm.tsx'
export type { PanelFailure, PanelTextId, TextValues } from './texts.ts'
export { errorText, panelText, usePanelText } from './texts.ts'
export type {
  CourseFollowUps,
  CourseOverview,
  FollowUpAgreement,
  MeetingSummary,
  RecordSummary,
} from './types.ts'
export type { ActionMessage } from './useAction.tsx'
