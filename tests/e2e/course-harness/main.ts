import type { ChecklistProgress, CoursePhase, TimelineEvent } from '@bordenden/model'
import {
  ClosingForm,
  CourseProgress,
  CourseTimeline,
  FollowUpGuideForm,
  LiveFollowUpList,
  LocaleProvider,
} from '@bordenden/ui'
import { Fragment, createElement as h, useCallback, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

/**
 * A page that shows the course views of @bordenden/ui against the real server, the way the board app
 * will once it hosts them: `/?course=<id>&meeting=<id>`, signed in as the course's coordinator.
 */
interface Lifecycle {
  meetingId: string | null
  phase: CoursePhase
  phaseBeforePause: CoursePhase | null
  checklists: ChecklistProgress[]
  timeline: TimelineEvent[]
}

const params = new URLSearchParams(location.search)
const courseId = params.get('course') ?? ''
const meetingId = params.get('meeting') ?? ''

async function send(method: string, path: string, body: unknown) {
  const response = await fetch(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(((await response.json()) as { error: string }).error)
}

/** The title of the meeting the per-meeting checklists are shown for, from the timeline. */
function meetingTitle(lifecycle: Lifecycle): string | undefined {
  for (const event of lifecycle.timeline)
    if (event.kind === 'meeting' && event.meetingId === lifecycle.meetingId) return event.title
  return undefined
}

function CoursePage() {
  const [lifecycle, setLifecycle] = useState<Lifecycle | null>(null)
  const load = useCallback(async () => {
    setLifecycle((await (await fetch(`/api/lifecycle/${courseId}`)).json()) as Lifecycle)
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  const views = h(
    Fragment,
    null,
    lifecycle &&
      h(CourseProgress, {
        ...lifecycle,
        meetingTitle: meetingTitle(lifecycle),
        onTick: (itemId, checked, meeting) =>
          void send('PUT', `/api/lifecycle/${courseId}/checklist/${itemId}`, {
            checked,
            meetingId: meeting,
          }).then(load),
      }),
    lifecycle && h(CourseTimeline, { events: lifecycle.timeline }),
    h(FollowUpGuideForm, {
      meetingTitle: 'Netværksmødet',
      onSubmit: (answers) => send('PUT', `/api/feedback/${courseId}/${meetingId}`, answers),
    }),
    h(LiveFollowUpList, {}),
    h(ClosingForm, {
      people: [],
      onSubmit: (closure) => send('POST', `/api/lifecycle/${courseId}/close`, closure).then(load),
    }),
  )
  return h(LocaleProvider, { locale: 'da' } as Parameters<typeof LocaleProvider>[0], views)
}

const root = document.getElementById('root')
if (root) createRoot(root).render(h(CoursePage))
