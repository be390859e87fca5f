import type { AgreementStatus, CoursePhase, DueMeasurement, StatusChange } from '@bordenden/model'
import { useCallback, useEffect, useState } from 'react'

/** An agreement as the server's follow-up list gives it (names resolved, nothing else). */
export interface FollowUpItem {
  id: string
  what: string
  owner: string | null
  dueDate: string | null
  status: AgreementStatus
  followUp: { who: string | null; when: string | null; how: string }
  managerAnswerBy: string | null
  /** The newest entry of the status history, with the note its owner (or the coordinator) wrote. */
  lastChange: StatusChange | null
}

/** The groups of one course's follow-up list, in the server's words. */
export const FollowUpGroups = [
  'overdue',
  'dueSoon',
  'followUpsDue',
  'awaitingManager',
  'changedSinceLastMeeting',
  'changedSinceSeen',
] as const
export type FollowUpGroup = (typeof FollowUpGroups)[number]

export type FollowUpCourse = {
  courseId: string
  title: string
  phase: CoursePhase | null
  /** The outcome questionnaire the citizen should answer now, if any. */
  measurementDue: DueMeasurement | null
} & Record<FollowUpGroup, FollowUpItem[]>

export interface FollowUps {
  today: string
  courses: FollowUpCourse[]
}

/**
 * The signed-in coordinator's follow-up list, kept current: it is read from `/api/follow-ups` and read
 * again whenever the server's live feed says one of the coordinator's courses changed. `live` is false
 * while the feed is down (the browser reconnects by itself, and the list is read again when it does).
 */
export function useFollowUps(baseUrl = '') {
  const [data, setData] = useState<FollowUps | null>(null)
  const [failed, setFailed] = useState(false)
  const [live, setLive] = useState(false)

  const reload = useCallback(async () => {
    try {
      const response = await fetch(`${baseUrl}/api/follow-ups`, { credentials: 'same-origin' })
      if (!response.ok) throw new Error(String(response.status))
      setData((await response.json()) as FollowUps)
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }, [baseUrl])

  useEffect(() => {
    const feed = new EventSource(`${baseUrl}/api/follow-ups/live`, { withCredentials: true })
    feed.addEventListener('ready', () => {
      setLive(true)
      void reload()
    })
    feed.addEventListener('changed', () => void reload())
    feed.addEventListener('error', () => setLive(false))
    return () => feed.close()
  }, [baseUrl, reload])

  const markSeen = useCallback(
    async (courseId: string) => {
      await fetch(`${baseUrl}/api/follow-ups/${courseId}/seen`, {
        method: 'POST',
        credentials: 'same-origin',
      })
      await reload()
    },
    [baseUrl, reload],
  )

  return { data, failed, live, reload, markSeen }
}
