import { addAgendaItem, CourseDoc, createId, meetingsByDate } from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Storage } from '../storage/storage.ts'
import { SuggestionKinds } from '../storage/suggestions.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

export interface SuggestionDeps {
  storage: Storage
  rooms: RoomRegistry
}

/** An agenda theme's title is at most 200 characters, so a suggestion is too. */
const suggestion = z
  .object({ kind: z.enum(SuggestionKinds), text: z.string().trim().min(1).max(200) })
  .strict()
/** Unsettled suggestions a course may hold: enough for any meeting, a bound on what a link can store. */
export const MAX_PENDING_SUGGESTIONS = 30

/**
 * The citizen suggests topics before a meeting, to talk about or not to discuss; the coordinator accepts
 * each into the next planned meeting (a theme on its agenda, or a topic in its frame not to discuss) or
 * declines it. Until then a suggestion stays outside the shared document. An accepted theme's agenda
 * item is created in the citizen's name (`createdBy` is her link), so who wrote it is kept.
 */
export function suggestionRoutes({ storage, rooms }: SuggestionDeps) {
  const { accounts, suggestions } = storage
  const coordinator = requireCourseRole(accounts, ['coordinator'])
  return new Hono<AppEnv>()
    .get('/:courseId', requireCourseRole(accounts, ['coordinator', 'citizen']), async (c) => {
      const pending = await suggestions.pendingSuggestions(c.req.param('courseId'))
      return c.json({
        suggestions: pending.map(({ id, kind, text, createdAt }) => ({ id, kind, text, createdAt })),
      })
    })
    .post(
      '/:courseId',
      requireCourseRole(accounts, ['citizen']),
      zValidator('json', suggestion, invalidBody),
      async (c) => {
        const courseId = c.req.param('courseId')
        const access = c.get('access')
        if ((await suggestions.pendingSuggestions(courseId)).length >= MAX_PENDING_SUGGESTIONS)
          return refuse(c, 429, 'too_many_suggestions')
        const { kind, text } = c.req.valid('json')
        const id = createId()
        await suggestions.addSuggestion({
          id,
          courseId,
          kind,
          text,
          writtenBy: access.actor,
          createdAt: Date.now(),
        })
        // The audit log names the suggestion, never its words.
        await c.var.audit('topic.suggested', { suggestion: id, kind })
        return c.json({ id }, 201)
      },
    )
    .post('/:courseId/:suggestionId/:decision{accept|decline}', coordinator, async (c) => {
      const { courseId, suggestionId, decision } = c.req.param()
      const access = c.get('access')
      const found = (await suggestions.pendingSuggestions(courseId)).find((s) => s.id === suggestionId)
      if (!found) return refuse(c, 404, 'suggestion_not_found')
      const accepted = decision === 'accept'
      let meetingId: string | null = null
      if (accepted) {
        meetingId = await rooms.read(courseId, (room) => {
          const course = new CourseDoc(room.doc)
          const next = meetingsByDate(course).find((m) => m.status === 'planned')
          if (!next) return null
          room.change(found.writtenBy, () => {
            if (found.kind === 'theme')
              addAgendaItem(course, next.id, { section: 'themes', title: found.text }, found.writtenBy)
            else
              course.meetings.update(
                next.id,
                {
                  frame: {
                    ...next.frame,
                    topicsNotToDiscuss: [...next.frame.topicsNotToDiscuss, found.text],
                  },
                },
                found.writtenBy,
              )
          })
          return next.id
        })
        if (!meetingId) return refuse(c, 409, 'no_meeting_planned')
      }
      if (
        !(await suggestions.settleSuggestion(courseId, suggestionId, {
          accepted,
          by: access.actor,
          at: Date.now(),
        }))
      )
        return refuse(c, 409, 'suggestion_settled')
      await c.var.audit(accepted ? 'topic.accepted' : 'topic.declined', {
        suggestion: suggestionId,
        kind: found.kind,
        meeting: meetingId,
      })
      return c.json({ ok: true, meetingId })
    })
}
