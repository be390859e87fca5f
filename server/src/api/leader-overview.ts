import {
  CourseDoc,
  type CourseFacts,
  courseFacts,
  dateIn,
  type LeaderOverview,
  leaderOverview,
  type MeetingEvaluation,
} from '@bordenden/model'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'

/** How long one computed overview is served before it is computed again (it reads every course). */
export const OVERVIEW_MAX_AGE_MS = 60_000

/**
 * Gathers every course's facts (document, corrections, evaluations, measurements, team) and aggregates
 * them. Reading every course costs, so a process computes it at most once a minute, and requests that
 * arrive meanwhile share the one computation.
 */
export function leaderOverviews(storage: Storage, rooms: RoomRegistry) {
  let cached: { at: number; overview: Promise<LeaderOverview> } | null = null

  const compute = async (): Promise<LeaderOverview> => {
    const teams = await storage.teams.listTeams()
    const courseTeams = await storage.teams.courseTeams()
    const today = dateIn()
    const facts: CourseFacts[] = []
    for (const { id } of await storage.listCourses()) {
      const corrections = await storage.registrationCorrections.correctionsOf(id)
      const measurements = await storage.measures.measurementsOf(id)
      const held = await rooms.read(id, (room) =>
        new CourseDoc(room.doc).meetings
          .list()
          .filter((m) => m.status !== 'planned')
          .map((m) => m.id),
      )
      const evaluations: MeetingEvaluation[] = []
      for (const meetingId of held) {
        const feedback = await storage.records.feedbackFor(id, meetingId)
        if (feedback) evaluations.push(feedback.evaluation)
      }
      const teamId = courseTeams.get(id) ?? null
      const fact = await rooms.read(id, (room) =>
        courseFacts(new CourseDoc(room.doc), { teamId, corrections, evaluations, measurements, today }),
      )
      if (fact) facts.push(fact)
    }
    return leaderOverview(facts, teams)
  }

  return (now = Date.now()): Promise<LeaderOverview> => {
    if (!cached || now - cached.at >= OVERVIEW_MAX_AGE_MS) {
      const overview = compute()
      cached = { at: now, overview }
      // A failed computation is not served again.
      overview.catch(() => {
        if (cached?.overview === overview) cached = null
      })
    }
    return cached.overview
  }
}
