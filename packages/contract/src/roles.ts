/** What a caller is in one course: the role decides what they may read and change. */
export const CourseRoles = ['coordinator', 'participant', 'citizen', 'viewer'] as const
export type CourseRole = (typeof CourseRoles)[number]

/** A coordinator's place on a course: its owner, or a co-coordinator the owner may take off it. */
export const MemberRoles = ['owner', 'coordinator'] as const
export type MemberRole = (typeof MemberRoles)[number]

/**
 * An account: coordinators run courses, admins run the server, a leader (`leder`) sees only the
 * municipality's aggregate figures, never a course.
 */
export const UserRoles = ['admin', 'coordinator', 'leder'] as const
export type UserRole = (typeof UserRoles)[number]

/** The kinds of share link, each giving the course role of the same name. */
export const LinkKinds = ['participant', 'citizen', 'viewer'] as const
export type LinkKind = (typeof LinkKinds)[number]
