import { type Answer, type ApiClient, answer, apiClient } from '@bordenden/contract/api'
import { useCallback, useEffect, useMemo, useState } from 'react'

/** The server's follow-up list over all of a coordinator's courses (`GET /api/follow-ups`). */
export type FollowUps = Answer<Awaited<ReturnType<ApiClient['api']['follow-ups']['$get']>>>
/** One course's follow-up list. */
export type FollowUpCourse = FollowUps['courses'][number]
/** An agreement as the follow-up list gives it (names resolved, nothing else). */
export type FollowUpItem = FollowUpCourse['overdue'][number]

/** The groups of one course's follow-up list, in the server's words. */
export const FollowUpGroups = [
  'overdue',
  'dueSoon',
  'followUpsDue',
  'awaitingManager',
  'changedSinceLastMeeting',
  'changedSinceSeen',
] as const satisfies readonly (keyof FollowUpCourse)[]
export type FollowUpGroup = (typeof FollowUpGroups)[number]

/**
 * The signed-in coordinator's follow-up list, kept current: it is read from `/api/follow-ups` and read
 * again whenever the server's live feed says one of the coordinator's courses changed. `live` is false
 * while the feed is down (the browser reconnects by itself, and the list is read again when it does).
 */
export function useFollowUps(baseUrl = '') {
  const followUps = useMemo(
    () =>
      apiClient(baseUrl || globalThis.location.origin, { init: { credentials: 'same-origin' } }).api[
        'follow-ups'
      ],
    [baseUrl],
  )
  const [data, setData] = useState<FollowUps | null>(null)
  const [failed, setFailed] = useState(false)
  const [live, setLive] = useState(false)

  const reload = useCallback(async () => {
    try {
      setData(await answer(followUps.$get()))
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }, [followUps])

  useEffect(() => {
    const feed = new EventSource(followUps.live.$url(), { withCredentials: true })
    feed.addEventListener('ready', () => {
      setLive(true)
      void reload()
    })
    feed.addEventListener('changed', () => void reload())
    feed.addEventListener('error', () => setLive(false))
    return () => feed.close()
  }, [followUps, reload])

  const markSeen = useCallback(
    async (courseId: string) => {
      await answer(followUps[':courseId'].seen.$post({ param: { courseId } }))
      await reload()
    },
    [followUps, reload],
  )

  return { data, failed, live, reload, markSeen }
}
