import { CloseCode } from '@bordenden/contract'
import { addDays, CourseDoc, dateIn, startOfDay } from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { linkActor } from '../auth/course-access.ts'
import { type LiveConnections, linkKey, sessionKey } from '../auth/live-connections.ts'
import { generateSecret, hashSecret } from '../auth/tokens.ts'
import type { AppEnv, RequestContext } from '../context.ts'
import { createCourse } from '../courses/create-course.ts'
import { requireCourseRole, requireOwner } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import { requireUser, signedIn } from '../http/session.ts'
import type { ShareLink } from '../storage/accounts.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { publicUser } from './auth-routes.ts'
import { invalidBody } from './validation.ts'

export interface CourseRouteDeps {
  storage: Storage
  live: LiveConnections
  rooms: RoomRegistry
  publicUrl: string
}

const DAY = 24 * 60 * 60 * 1000
const newCourse = z.object({
  title: z.string().trim().min(1).max(200),
  citizenName: z.string().trim().min(1).max(200),
})
const newMember = z.object({ email: z.string().trim().min(3).max(200) })
const newLink = z
  .object({
    kind: z.enum(['participant', 'citizen', 'viewer']),
    label: z.string().trim().min(1).max(200),
    meetingId: z.string().max(64).optional(),
    /** The network person (participant) the link is for. */
    personId: z.string().max(64).optional(),
    /** The meeting day (server's time zone): a participant may edit from its start to its end. */
    meetingDate: z.iso.date().optional(),
    editFrom: z.number().int().optional(),
    editUntil: z.number().int().optional(),
    expiresAt: z.number().int().optional(),
    showPresence: z.boolean().optional(),
  })
  .refine(
    (l) => (l.editFrom === undefined) === (l.editUntil === undefined),
    'give both editFrom and editUntil',
  )
  .refine(
    (l) => l.editFrom === undefined || l.editUntil === undefined || l.editFrom < l.editUntil,
    'editFrom must be before editUntil',
  )

/** The coordinator opens a link's edit window (e.g. now until the meeting ends) or closes it (nulls). */
const windowChange = z
  .object({ editFrom: z.number().int().nullable(), editUntil: z.number().int().nullable() })
  .refine(
    (w) => (w.editFrom === null) === (w.editUntil === null),
    'give both editFrom and editUntil, or neither',
  )
  .refine(
    (w) => w.editFrom === null || w.editUntil === null || w.editFrom < w.editUntil,
    'editFrom must be before editUntil',
  )

/** `/api/courses`: a coordinator's courses, co-coordinators, share links and the audit log. */
export function courseRoutes({ storage, live, rooms, publicUrl }: CourseRouteDeps) {
  const { accounts, audit } = storage
  // With PORT=0 (tests, side-by-side local runs) the port is chosen at start, after the configured
  // address was made; the address this request came to is then the one to hand out.
  const base = (c: RequestContext) => (publicUrl.endsWith(':0') ? new URL(c.req.url).origin : publicUrl)
  const actor = (c: RequestContext) => `user:${signedIn(c).user.id}`

  /** Only the course's own coordinators; an admin is not one by being an admin. Audited there. */
  const requireCoordinator = requireCourseRole(accounts, ['coordinator'])

  return new Hono<AppEnv>()
    .use(requireUser)
    .get('/', async (c) => c.json({ courses: await accounts.coursesOf(signedIn(c).user.id) }))
    .post('/', zValidator('json', newCourse, invalidBody), async (c) => {
      const user = signedIn(c).user
      if (user.role !== 'coordinator') return refuse(c, 403, 'coordinators_only')
      const { title, citizenName } = c.req.valid('json')
      const id = await createCourse(storage, { title, citizenName, ownerId: user.id, actor: actor(c) })
      await c.var.audit('course.created', {}, { courseId: id })
      return c.json({ course: { id, title, role: 'owner', boardUrl: `${base(c)}/board/${id}` } }, 201)
    })
    .use('/:courseId/*', requireCoordinator)
    .use('/:courseId', requireCoordinator)
    .get('/:courseId', async (c) => {
      const courseId = c.req.param('courseId')
      const [mine, members] = await Promise.all([
        accounts.coursesOf(signedIn(c).user.id),
        accounts.membersOf(courseId),
      ])
      const course = mine.find((m) => m.courseId === courseId)
      if (!course) return refuse(c, 404, 'not_found')
      return c.json({ course, members })
    })
    .post('/:courseId/members', zValidator('json', newMember, invalidBody), async (c) => {
      const member = await accounts.userByEmail(c.req.valid('json').email)
      if (member?.role !== 'coordinator') return refuse(c, 404, 'no_such_coordinator')
      await accounts.addMember(c.req.param('courseId'), member.id, 'coordinator', Date.now())
      await c.var.audit('member.added', { user: member.id })
      return c.json({ member: publicUser(member) }, 201)
    })
    .delete('/:courseId/members/:userId', requireOwner(), async (c) => {
      const { courseId, userId } = c.req.param()
      const role = await accounts.memberRole(courseId, userId)
      if (role === null) return refuse(c, 404, 'not_a_member')
      if (role === 'owner') return refuse(c, 409, 'owner_not_removable')
      await accounts.removeMember(courseId, userId)
      // Their boards of this course close now (the sweep would within a second); other courses stay open.
      let closed = 0
      for (const session of await accounts.listSessions(userId)) {
        closed += live.closeAll(
          sessionKey(session.id, courseId),
          CloseCode.accessRevoked,
          'removed from course',
        )
      }
      await c.var.audit('member.removed', { user: userId, socketsClosed: closed })
      return c.json({ ok: true })
    })
    .get('/:courseId/meetings', async (c) => {
      const meetings = await rooms.read(c.req.param('courseId'), (room) => meetingSummaries(room.doc))
      return c.json({ meetings })
    })
    .get('/:courseId/links', async (c) => {
      const links = await accounts.listShareLinks(c.req.param('courseId'))
      return c.json({ links: links.map(publicLink) })
    })
    .post('/:courseId/links', zValidator('json', newLink, invalidBody), async (c) => {
      const body = c.req.valid('json')
      const courseId = c.req.param('courseId')
      // An invitation: the link is for a meeting (its day is the edit window) and a person in the network.
      // Only then is the document read, so making a plain link does not load a room nobody has open.
      const invitation =
        body.meetingId || body.personId
          ? await rooms.read(courseId, (room) => {
              const course = new CourseDoc(room.doc)
              return {
                meetingDate: body.meetingId ? course.meetings.get(body.meetingId)?.date : undefined,
                personKnown: body.personId ? course.people.get(body.personId) !== undefined : true,
              }
            })
          : { meetingDate: undefined, personKnown: true }
      if (body.meetingId && !invitation.meetingDate) return refuse(c, 404, 'meeting_not_found')
      if (!invitation.personKnown) return refuse(c, 404, 'person_not_found')
      const now = Date.now()
      const token = generateSecret()
      const window = editWindow({ meetingDate: invitation.meetingDate, ...body }, now)
      const link: ShareLink = {
        id: hashSecret(token),
        courseId,
        kind: body.kind,
        label: body.label,
        meetingId: body.meetingId ?? null,
        personId: body.personId ?? null,
        createdBy: actor(c),
        createdAt: now,
        expiresAt: body.expiresAt ?? (body.kind === 'participant' && window ? window.until + 30 * DAY : null),
        revokedAt: null,
        editFrom: window?.from ?? null,
        editUntil: window?.until ?? null,
        showPresence: body.showPresence ?? false,
      }
      await accounts.createShareLink(link)
      await c.var.audit('link.created', { link: link.id.slice(0, 12), kind: link.kind })
      // The token is shown once; only its hash is kept.
      // The citizen's link leads to their own page; the board, where they edit in meetings, takes it too.
      const boardUrl = `${base(c)}/board/${courseId}?token=${token}`
      const url = link.kind === 'citizen' ? `${base(c)}/citizen/${courseId}?token=${token}` : boardUrl
      // A participant given to a network person reports on their agreements on "Mine aftaler", any day.
      const mineUrl =
        link.kind === 'participant' && link.personId ? `${base(c)}/mine/${courseId}?token=${token}` : null
      return c.json({ link: publicLink(link), token, url, boardUrl, mineUrl }, 201)
    })
    .patch('/:courseId/links/:linkId', zValidator('json', windowChange, invalidBody), async (c) => {
      const { courseId, linkId } = c.req.param()
      const { editFrom, editUntil } = c.req.valid('json')
      const link = await accounts.shareLinkById(linkId)
      if (!link || link.courseId !== courseId) return refuse(c, 404, 'link_not_found')
      if (link.kind === 'viewer') return refuse(c, 400, 'viewer_read_only')
      if (!(await accounts.setEditWindow(linkId, editFrom, editUntil))) return refuse(c, 409, 'link_revoked')
      // Its sockets reconnect and get the new answer: editing now, or read-only from now.
      const closed = live.closeAll(linkKey(linkId), CloseCode.editWindowClosed, 'edit window changed')
      await c.var.audit('link.window', {
        link: linkId.slice(0, 12),
        editFrom,
        editUntil,
        socketsReconnected: closed,
      })
      return c.json({ link: publicLink({ ...link, editFrom, editUntil }) })
    })
    .delete('/:courseId/links/:linkId', async (c) => {
      const { courseId, linkId } = c.req.param()
      const link = await accounts.shareLinkById(linkId)
      if (!link || link.courseId !== courseId) return refuse(c, 404, 'link_not_found')
      await accounts.revokeShareLink(linkId, Date.now())
      const closed = live.closeAll(linkKey(linkId), CloseCode.accessRevoked, 'link revoked')
      await c.var.audit('link.revoked', { link: linkId.slice(0, 12), socketsClosed: closed })
      return c.json({ ok: true })
    })
    .get('/:courseId/audit', async (c) => {
      const courseId = c.req.param('courseId')
      const [entries, links] = await Promise.all([
        audit.forCourse(courseId, 500),
        accounts.listShareLinks(courseId),
      ])
      // Names for the actors, so the coordinator reads "Mor" and "Anne Holm" rather than ids.
      const names = new Map<string, string>(links.map((link) => [linkActor(link), link.label]))
      for (const actor of new Set(entries.map((e) => e.actor))) {
        const user = actor.startsWith('user:') ? await accounts.userById(actor.slice(5)) : null
        if (user) names.set(actor, user.name)
      }
      await c.var.audit('audit.viewed')
      return c.json({ entries: entries.map((e) => ({ ...e, actorName: names.get(e.actor) ?? null })) })
    })
}

/** A participant edits on the meeting day by default; the citizen's and viewers' links are read-only. */
function editWindow(
  body: { kind: ShareLink['kind']; meetingDate?: string; editFrom?: number; editUntil?: number },
  now: number,
): { from: number; until: number } | null {
  if (body.kind === 'viewer') return null
  if (body.editFrom !== undefined && body.editUntil !== undefined)
    return { from: body.editFrom, until: body.editUntil }
  if (body.kind === 'citizen' && !body.meetingDate) return null
  // The meeting day as a day in Denmark, whatever the server's own time zone.
  const day = body.meetingDate ?? dateIn(now)
  return { from: startOfDay(day), until: startOfDay(addDays(day, 1)) }
}

/** What the home page needs to invite someone to a meeting; no meeting content beyond that. */
function meetingSummaries(doc: ConstructorParameters<typeof CourseDoc>[0]) {
  const course = new CourseDoc(doc)
  return course.meetings
    .list()
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      status: m.status,
      invitees: m.invitees.map((i) => ({
        personId: i.personId,
        name: course.people.get(i.personId)?.name ?? '',
      })),
    }))
}

const publicLink = (l: ShareLink) => ({
  id: l.id,
  kind: l.kind,
  label: l.label,
  meetingId: l.meetingId,
  personId: l.personId,
  createdAt: l.createdAt,
  expiresAt: l.expiresAt,
  revokedAt: l.revokedAt,
  editFrom: l.editFrom,
  editUntil: l.editUntil,
  showPresence: l.showPresence,
})
