import type { AuditAction } from '@bordenden/contract'
import type { StoredAuditRow } from '../audit/chain.ts'
import type {
  AuditEntry,
  CourseMember,
  CourseMembership,
  MemberRole,
  SessionRow,
  ShareLink,
  User,
} from './accounts.ts'
import type { AgreementRecord, ApprovalMethod, MeetingFeedback } from './records.ts'

/**
 * Rows as both databases return them (same column names; JSON kept as text), turned into records.
 * Shared by the SQLite and PostgreSQL stores so the two cannot drift apart.
 */
export type Row = Record<string, unknown>

export const toUser = (r: Row): User => ({
  id: r.id as string,
  email: r.email as string,
  name: r.name as string,
  role: r.role as User['role'],
  passwordHash: r.password_hash as string,
  createdAt: r.created_at as number,
  disabledAt: (r.disabled_at as number | null) ?? null,
  locale: (r.locale as User['locale'] | undefined) ?? null,
})

export const toSession = (r: Row): SessionRow => ({
  id: r.id as string,
  userId: r.user_id as string,
  createdAt: r.created_at as number,
  expiresAt: r.expires_at as number,
})

export const toShareLink = (r: Row): ShareLink => ({
  id: r.id as string,
  courseId: r.course_id as string,
  kind: r.kind as ShareLink['kind'],
  label: r.label as string,
  meetingId: (r.meeting_id as string | null) ?? null,
  personId: (r.person_id as string | null) ?? null,
  createdBy: r.created_by as string,
  createdAt: r.created_at as number,
  expiresAt: (r.expires_at as number | null) ?? null,
  revokedAt: (r.revoked_at as number | null) ?? null,
  editFrom: (r.edit_from as number | null) ?? null,
  editUntil: (r.edit_until as number | null) ?? null,
  // SQLite has no boolean type (1/0); PostgreSQL returns true/false.
  showPresence: r.show_presence === 1 || r.show_presence === true,
})

export const toMembership = (r: Row): CourseMembership => ({
  courseId: r.id as string,
  title: r.title as string,
  role: r.role as MemberRole,
})

export const toCourseMember = (r: Row): CourseMember => ({
  userId: r.user_id as string,
  name: r.name as string,
  email: r.email as string,
  role: r.role as MemberRole,
})

/** A share link's columns in insert order, but `show_presence`, whose type differs between the two. */
export const shareLinkValues = (l: ShareLink) => [
  l.id,
  l.courseId,
  l.kind,
  l.label,
  l.meetingId,
  l.personId,
  l.createdBy,
  l.createdAt,
  l.expiresAt,
  l.revokedAt,
  l.editFrom,
  l.editUntil,
]

export const toAuditEntry = (r: Row): AuditEntry => ({
  at: r.at as number,
  actor: r.actor as string,
  action: r.action as AuditAction,
  courseId: r.course_id as string,
  ip: (r.ip as string | null) ?? null,
  detail: JSON.parse(r.detail as string) as AuditEntry['detail'],
})

export const toStoredAuditRow = (r: Row): StoredAuditRow => ({
  seq: Number(r.seq),
  at: Number(r.at),
  actor: r.actor as string,
  action: r.action as AuditAction,
  courseId: (r.course_id as string | null) ?? null,
  ip: (r.ip as string | null) ?? null,
  detail: r.detail as string,
  prevHash: (r.prev_hash as string | null) ?? null,
  hash: (r.hash as string | null) ?? null,
})

export const toRecord = (r: Row): AgreementRecord => ({
  id: r.id as string,
  courseId: r.course_id as string,
  meetingId: r.meeting_id as string,
  version: r.version as number,
  status: r.status as AgreementRecord['status'],
  content: JSON.parse(r.content as string),
  canvas: JSON.parse(r.canvas as string),
  images: JSON.parse(r.images as string),
  hash: r.hash as string,
  changes: JSON.parse(r.changes as string),
  createdAt: r.created_at as number,
  createdBy: r.created_by as string,
  approvedAt: (r.approved_at as number | null) ?? null,
  approvedBy: (r.approved_by as string | null) ?? null,
  approvalMethod: (r.approval_method as ApprovalMethod | null) ?? null,
  sentAt: (r.sent_at as number | null) ?? null,
  sentBy: (r.sent_by as string | null) ?? null,
  sentTo: JSON.parse(r.sent_to as string),
})

/** The stored columns of a record that a draft may replace, in the order both stores bind them. */
export const recordJson = (r: AgreementRecord) => [
  JSON.stringify(r.content),
  JSON.stringify(r.canvas),
  JSON.stringify(r.images),
  r.hash,
  JSON.stringify(r.changes),
]

export const feedbackAnswers = (f: MeetingFeedback) =>
  JSON.stringify({ evaluation: f.evaluation, guide: f.guide })

export const toFeedback = (r: Row): MeetingFeedback => ({
  ...JSON.parse(r.answers as string),
  answeredAt: r.answered_at as number,
  recordedBy: r.recorded_by as string,
})
