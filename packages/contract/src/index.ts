// What the server and its clients agree on, in one place: change it here and the compiler lists every
// place on either side that no longer fits. No runtime dependencies, so every bundle may import it.
export { type AuditAction, AuditActions } from './audit.ts'
export { CloseCode, reconnectsAfter } from './close-codes.ts'
export { ApiError, type ErrorCode, ErrorCodes, type ErrorDetails, type Refusal } from './errors.ts'
export { type ApprovalMethod, ApprovalMethods, type RecordStatus, RecordStatuses } from './records.ts'
export {
  type CourseRole,
  CourseRoles,
  type LinkKind,
  LinkKinds,
  type MemberRole,
  MemberRoles,
  type UserRole,
  UserRoles,
} from './roles.ts'
