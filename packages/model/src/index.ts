export type { AgendaItem, AgendaSection, AgendaTemplate } from './agenda.ts'
export {
  AgendaSections,
  addAgendaItem,
  advanceAgenda,
  agendaItemSchema,
  agendaOf,
  agendaTemplateSchema,
  defaultAgendaTemplate,
  goToAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  themesOf,
} from './agenda.ts'
export type {
  Agreement,
  AgreementField,
  AgreementStatus,
  FollowUp,
  NewAgreement,
  StatusChange,
} from './agreements.ts'
export {
  AgreementStatuses,
  agreementSchema,
  changeAgreementStatus,
  createAgreement,
  isIncomplete,
  isOpen,
  isOverdue,
  missingFields,
  OpenAgreementStatuses,
} from './agreements.ts'
export { COURSE_TIME_ZONE, dateIn, startOfDay } from './calendar.ts'
export type {
  ChecklistItemState,
  ChecklistPhase,
  ChecklistProgress,
  ChecklistSection,
  ChecklistTemplate,
  ChecklistTick,
  LocalText,
} from './checklists.ts'
export {
  ChecklistPhases,
  checklistProgress,
  checklistsOfPhase,
  checklistTemplateSchema,
  defaultChecklistTemplate,
  localText,
  parseChecklistTemplate,
  tickChecklistItem,
} from './checklists.ts'
export type { Closure, ClosureInput, ContinuingService, Lifeline } from './closing.ts'
export { closeCourse, closureOf, closureSchema, reopenCourse } from './closing.ts'
export type { ClosingReason, ClosingReasonCode } from './closing-reasons.ts'
export {
  ClosingReasons,
  closingReasonOf,
  closingReasonSchema,
  closingReasonTexts,
} from './closing-reasons.ts'
export type { CourseMeta, CoursePhase } from './course.ts'
export { CourseDoc, CoursePhases, courseMetaSchema } from './course.ts'
export type {
  EvaluationScale,
  FollowUpGuide,
  GuideAnswer,
  GuideQuestion,
  MeetingEvaluation,
  MeetingFeedbackAnswers,
  MeetingFeedbackInput,
} from './course-feedback.ts'
export {
  EvaluationScales,
  evaluationScaleTexts,
  GuideAnswers,
  GuideQuestions,
  guideAnswerTexts,
  guideQuestionTexts,
  meetingFeedbackSchema,
} from './course-feedback.ts'
export type { DialoguePhase, DialogueState, NextFloor } from './dialogue.ts'
export {
  addToQueue,
  DialoguePhases,
  nextFloor,
  nextTurn,
  removeFromQueue,
  roundOrder,
  startDialogue,
  toAgreements,
  toCitizenResponds,
} from './dialogue.ts'
export type { Actor, EntityBase, Guarded, ValidationIssue } from './entity.ts'
export { actorOf, describeActor, EntityCollection, MapStore, ValidationError } from './entity.ts'
export type { IsoDate } from './fields.ts'
export { addDays } from './fields.ts'
export type { FollowUpSinceLast } from './follow-up-since-last.ts'
export { followUpSinceLast } from './follow-up-since-last.ts'
export type { GoalBoardColumn, GoalBoardLayout, Rect } from './goal-board-geometry.ts'
export {
  ADDER_HEIGHT,
  AGREEMENT_CARD,
  COLUMN,
  cardPosition,
  columnAt,
  goalBoardColumns,
  goalBoardLayout,
  goalGrid,
} from './goal-board-geometry.ts'
export type { Goal, GoalStatus, LifeArea } from './goals.ts'
export { createGoal, GoalStatuses, goalSchema, LifeAreas } from './goals.ts'
export { createId, isValidId } from './ids.ts'
export type { LabelGroup, LabelId, Locale } from './labels.ts'
export { Locales, label, labelOptions } from './labels.ts'
export type { Cell, ChangeBand, GroupFigures, LeaderOverview, OutcomeFigures } from './leader-aggregates.ts'
export { ChangeBands, evaluationFigures, leaderOverview, meaningfulChange } from './leader-aggregates.ts'
export type { CourseFactSources, CourseFacts, PhaseCategory } from './leader-facts.ts'
export { courseFacts, PhaseCategories } from './leader-facts.ts'
export { MIN_COURSES, shownParts, shownTable } from './leader-suppression.ts'
export type { FigureFormat, LeaderRow, LeaderSection, LeaderUnit } from './leader-table.ts'
export {
  formatLeaderCell,
  leaderRows,
  leaderSectionTitles,
  registrationTexts,
  SUPPRESSED,
} from './leader-table.ts'
export type {
  Attendance,
  Invitee,
  Meeting,
  MeetingDuty,
  MeetingDutyHolders,
  MeetingFrame,
  MeetingRole,
  MeetingStatus,
  NewMeeting,
} from './meeting.ts'
export {
  AttendanceStatuses,
  closeMeeting,
  createMeeting,
  deleteMeeting,
  inviteToMeeting,
  liveOrNextMeeting,
  MeetingDuties,
  MeetingRoles,
  MeetingStatuses,
  markAttendance,
  meetingInFocus,
  meetingSchema,
  meetingsByDate,
  moveInvitee,
  openMeeting,
  openMeetingOf,
  uninvite,
} from './meeting.ts'
export type { Migration, MigrationResult } from './migrations.ts'
export { DocumentTooNewError, migrateCourseDoc, migrations } from './migrations.ts'
export type { ConsentStatus, NetworkPerson, Ring, Sector } from './network.ts'
export { ConsentStatuses, networkPersonSchema, Rings, Sectors } from './network.ts'
export type { Point } from './network-map-geometry.ts'
export {
  CITIZEN_RADIUS,
  cardCentre,
  cardCorner,
  PERSON_CARD,
  RING_EDGES,
  ringAt,
  sectorAt,
  slotCentre,
} from './network-map-geometry.ts'
export type { MapPerson, MapSector, NetworkMapLayout } from './network-map-layout.ts'
export { networkMapLayout } from './network-map-layout.ts'
export type { Instrument, InstrumentText, MeasurementAnswers } from './outcome-instruments.ts'
export {
  Instruments,
  instrumentTexts,
  measurementAnswersSchema,
  scoreInspireO,
  scoreOf,
  scoreWho5,
  WHO5_HIGH_RISK,
  WHO5_MEANINGFUL_CHANGE,
} from './outcome-instruments.ts'
export type {
  CourseClock,
  DueMeasurement,
  MeasurementOccasion,
  TakenMeasurement,
} from './outcome-schedule.ts'
export {
  addMonths,
  courseClock,
  dueMeasurement,
  dueMeasurementOf,
  MeasurementOccasions,
  MONTHS_BETWEEN_MEASUREMENTS,
} from './outcome-schedule.ts'
export type { ParkedTopic, ParkedTopicStatus } from './parking.ts'
export { carryForward, ParkedTopicStatuses, parkedTopicSchema, parkedTopicsOf, parkTopic } from './parking.ts'
export type { FollowUpParty, Party } from './party.ts'
export {
  citizen,
  coordinator,
  followUpPartySchema,
  partyKey,
  partyName,
  partySchema,
  person,
  sameParty,
} from './party.ts'
export type { PhaseChange, PhaseChangeKind } from './phases.ts'
export {
  changePhase,
  isCourseClosed,
  PhaseChangeKinds,
  phaseBeforePause,
  phaseHistory,
  resumeCourse,
} from './phases.ts'
export {
  courseOfPrivateDoc,
  holdsPrivateData,
  movePrivateData,
  PrivateDocKeys,
  PrivatePersonFields,
  privateDocId,
} from './private-data.ts'
export type { RecapGroup } from './queries.ts'
export {
  agreementsByOwner,
  agreementsDueSoon,
  agreementsForGoal,
  awaitingManagerDecision,
  byDueDate,
  changedSinceLastMeeting,
  DUE_SOON_DAYS,
  followUpsDue,
  incompleteAgreements,
  lastMeetingClosedAt,
  meetingRecap,
  overdueAgreements,
} from './queries.ts'
export type {
  CorrectableRegistration,
  CorrectedMeeting,
  RegistrationCorrection,
  RegistrationCorrectionInput,
} from './registration-corrections.ts'
export {
  applyCorrections,
  CorrectableRegistrations,
  registrationCorrectionSchema,
} from './registration-corrections.ts'
export type { CourseRegistrations, MeetingRegistrations, Registration } from './registrations.ts'
export {
  agendaWithCitizen,
  agreementsAtMeeting,
  courseRegistrations,
  followUpBeforeNextMeeting,
  inviteesChosenByCitizen,
  meetingRegistrations,
} from './registrations.ts'
export { DocKeys, MIGRATION_ORIGIN, SCHEMA_VERSION } from './schema.ts'
export type { TimelineEvent, TimelineEventKind, TimelineRecord } from './timeline.ts'
export { courseTimeline } from './timeline.ts'
export type {
  CanvasRecordRule,
  ChangeLimits,
  ChangeVerdict,
  DocShape,
  RootShape,
  ValueRule,
} from './validate-change.ts'
export {
  CANVAS_SCHEMA_META_KEY,
  checkChange,
  courseDocShape,
  courseDocShapeWith,
  DEFAULT_CHANGE_LIMITS,
  fieldsOf,
  privateDocShape,
} from './validate-change.ts'
