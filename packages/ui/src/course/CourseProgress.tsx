import {
  type ChecklistProgress,
  type ChecklistTick,
  type CoursePhase,
  CoursePhases,
  localText,
} from '@bordenden/model'
import { useState } from 'react'
import { useLabel, useLocale } from '../locale.tsx'
import { big, box, choice, heading, input, muted } from './styles.ts'
import { useCourseTexts } from './texts.ts'

export interface CourseProgressProps {
  phase: CoursePhase
  /** Where a paused course goes on; null when it is not paused. */
  phaseBeforePause: CoursePhase | null
  checklists: ChecklistProgress[]
  /** The meeting the per-meeting checklists are shown for (phase 2), to name it above them. */
  meetingTitle?: string
  /**
   * The meetings to choose among for the per-meeting checklists, and the choosing; without it the
   * checklists are shown for `meetingTitle`'s meeting only.
   */
  meetingChoice?: { meetings: { id: string; title: string }[]; onChoose: (meetingId: string) => void }
  /**
   * Ticks an item off or on, for `meetingId` when its checklist is kept per meeting; absent for someone
   * who may only look (the citizen's own view).
   */
  /** Saves a tick; the box shows it at once and goes back if the promise fails. */
  onTick?: (itemId: string, checked: boolean, meetingId: string | null) => Promise<unknown>
  /** False when the page around it already gives it a heading. */
  titled?: boolean
}

const steps = CoursePhases.filter((p) => p !== 'paused')

/** Where the course is: the four phases with the current one marked, and its checklists to tick off. */
export function CourseProgress({
  phase,
  phaseBeforePause,
  checklists,
  meetingTitle,
  meetingChoice,
  onTick,
  titled = true,
}: CourseProgressProps) {
  const t = useCourseTexts()
  const label = useLabel()
  const current = phase === 'paused' ? phaseBeforePause : phase
  const mine = checklists.filter((c) => c.section.phase === current)
  const others = checklists.filter((c) => c.section.phase !== current)
  return (
    <section style={big} aria-labelledby={titled ? 'course-progress-title' : undefined}>
      {titled && (
        <h2 id="course-progress-title" style={heading}>
          {t('progress')}
        </h2>
      )}
      <ol aria-label={t('phases')} style={{ paddingLeft: '1.5rem' }}>
        {steps.map((step, index) => (
          <li
            key={step}
            aria-current={step === current ? 'step' : undefined}
            style={step === current ? { fontWeight: 700 } : muted}
          >
            {t('phaseNumber')} {index}: {label('coursePhase', step)}
            {step === current && phase !== 'paused' ? ` (${t('now')})` : ''}
          </li>
        ))}
      </ol>
      {phase === 'paused' && (
        <p role="status" style={{ fontWeight: 700 }}>
          {label('coursePhase', 'paused')}. {t('pausedIn')} {current ? label('coursePhase', current) : ''}
        </p>
      )}
      {meetingChoice && mine.some((c) => c.section.perMeeting) && (
        <MeetingPicker
          choice={meetingChoice}
          current={mine.find((c) => c.section.perMeeting)?.meetingId ?? null}
        />
      )}
      {mine.map((section) => (
        <Checklist key={section.section.id} progress={section} meetingTitle={meetingTitle} onTick={onTick} />
      ))}
      {others.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer', minHeight: 44 }}>{t('otherChecklists')}</summary>
          {others.map((section) => (
            <Checklist key={section.section.id} progress={section} onTick={onTick} />
          ))}
        </details>
      )}
    </section>
  )
}

function MeetingPicker({
  choice,
  current,
}: {
  choice: NonNullable<CourseProgressProps['meetingChoice']>
  current: string | null
}) {
  const t = useCourseTexts()
  return (
    <label style={{ display: 'block', margin: '0.5rem 0' }}>
      {t('checklistMeeting')}
      <select
        style={input}
        value={current ?? ''}
        onChange={(event) => choice.onChoose(event.currentTarget.value)}
      >
        {current === null && <option value="">{t('nobodyChosen')}</option>}
        {choice.meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meeting.title}
          </option>
        ))}
      </select>
    </label>
  )
}

function Checklist({
  progress,
  meetingTitle,
  onTick,
}: {
  progress: ChecklistProgress
  meetingTitle?: string
  onTick?: CourseProgressProps['onTick']
}) {
  const t = useCourseTexts()
  const locale = useLocale()
  const titleId = `checklist-${progress.section.id}`
  // Ticks on their way to the server: shown at once, so nobody clicks twice while the server answers.
  const [sending, setSending] = useState<Readonly<Record<string, boolean>>>({})
  const settle = (itemId: string) => setSending(({ [itemId]: _settled, ...rest }) => rest)
  const tick = (itemId: string, checked: boolean) => {
    if (!onTick) return
    setSending((now) => ({ ...now, [itemId]: checked }))
    onTick(itemId, checked, progress.meetingId).then(
      () => settle(itemId),
      () => settle(itemId),
    )
  }
  const shown = (item: ChecklistProgress['items'][number]) => sending[item.id] ?? isTicked(item.tick)
  // Counted as shown, so the count never disagrees with the boxes while a tick is on its way.
  const done = progress.items.filter(shown).length
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} style={{ fontSize: '1.3rem', marginBottom: '0.25rem' }}>
        {localText(progress.section.title, locale)}
      </h3>
      {progress.section.perMeeting && meetingTitle && (
        <p style={muted}>
          {t('forMeeting')}: {meetingTitle}
        </p>
      )}
      <p style={muted}>
        {done} {t('doneOf')} {progress.total} {t('done')}
      </p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {progress.items.map((item) => (
          <li key={item.id} style={{ marginBottom: '0.5rem' }}>
            <label style={{ ...choice, alignItems: 'flex-start' }}>
              <input
                type="checkbox"
                style={box}
                checked={shown(item)}
                aria-busy={item.id in sending}
                // A per-meeting checklist with no meeting to tick it for is shown, not ticked.
                disabled={!onTick || (progress.section.perMeeting && progress.meetingId === null)}
                onChange={(event) => tick(item.id, event.currentTarget.checked)}
              />
              <span>{localText(item.text, locale)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  )
}

const isTicked = (tick: ChecklistTick | null) => tick?.checked === true
