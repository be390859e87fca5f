/** An agreement record's life: frozen as a draft, approved by the citizen, sent by the coordinator. */
export const RecordStatuses = ['draft', 'approved', 'sent'] as const
export type RecordStatus = (typeof RecordStatuses)[number]

/** How the citizen's approval was given: at the meeting, in person later, or through their own link. */
export const ApprovalMethods = ['inMeeting', 'inPerson', 'citizenLink'] as const
export type ApprovalMethod = (typeof ApprovalMethods)[number]
