import { type AgreementStatus, AgreementStatuses } from '@bordenden/model'
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useFollowUpLines } from '../course/followUpLines.ts'
import { useFollowUpTexts } from '../course/texts.ts'
import type { FollowUpGroup } from '../course/useFollowUps.ts'
import { formatDue } from '../dates.ts'
import { useLabel, useLocale } from '../locale.tsx'
import { type DoneChange, statusBefore } from './doneUndo.ts'
import { focusIfLost } from './focus.ts'
import { usePanelText } from './texts.ts'
import type { CourseFollowUps, FollowUpAgreement } from './types.ts'
import { type Schedule, timerSchedule, undoOffer } from './undoOffer.ts'
import { ActionResult, useAction } from './useAction.tsx'

/**
 * The groups the panel shows, in the web home's order and words: what to act on now. The panel lists
 * the web home's agreements, each once, under the most urgent of its groups (the web home lists it
 * under each).
 */
const PanelFollowUpGroups = [
  'overdue',
  'dueSoon',
  'followUpsDue',
  'awaitingManager',
] as const satisfies readonly FollowUpGroup[]

function groupsOf(course: CourseFollowUps) {
  const listed = new Set<string>()
  return PanelFollowUpGroups.map((group) => ({
    group,
    items: course[group].filter((agreement) => {
      if (listed.has(agreement.id)) return false
      listed.add(agreement.id)
      return true
    }),
  })).filter(({ items }) => items.length > 0)
}

export interface FollowUpListProps {
  courses: CourseFollowUps[]
  today: string
  /**
   * Resolves when the server has taken the change and `courses` shows it; rejects with a message to
   * show.
   */
  onChangeStatus(courseId: string, agreementId: string, to: AgreementStatus, note: string): Promise<void>
  /** The clock of the window in which "done" can be undone (the browser's timers unless a test's). */
  schedule?: Schedule
}

/**
 * The coordinator's follow-up list: overdue, due soon, follow-ups due and awaiting a manager, each
 * agreement with its follow-up and a status change. What was saved is said above the list, not in the
 * agreement's card: a finished agreement leaves the list, and focus goes to that message when the
 * control that had it went with it. An agreement marked done can be put back for `UNDO_MS` ("Fortryd"
 * beside the message), so one accidental click costs nothing.
 */
export function FollowUpList({
  courses,
  today,
  onChangeStatus,
  schedule = timerSchedule,
}: FollowUpListProps) {
  const t = usePanelText()
  const courseText = useFollowUpTexts()
  const label = useLabel()
  const [saved, setSaved] = useState<{ text: string } | null>(null)
  const [undoable, setUndoable] = useState<DoneChange | null>(null)
  const offer = useMemo(() => undoOffer<DoneChange>(schedule, setUndoable), [schedule])
  useEffect(() => offer.stop, [offer])
  const undo = useAction()
  const status = useRef<HTMLParagraphElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: also when "Fortryd" goes (taken or its time is up), as it may have had focus
  useLayoutEffect(() => {
    if (saved) focusIfLost(status.current)
  }, [saved, undoable])
  const savedText = (what: string, to: AgreementStatus, id: 'savedAgreement' | 'undone') =>
    setSaved({ text: t(id, { what, status: label('agreementStatus', to) }) })
  const takeBack = async () => {
    const change = offer.take()
    if (!change) return
    await onChangeStatus(change.courseId, change.agreementId, change.back.to, change.back.note)
    savedText(change.what, change.back.to, 'undone')
  }
  const withItems = courses
    .map((course) => ({ course, groups: groupsOf(course) }))
    .filter(({ groups }) => groups.length > 0)
  return (
    <div>
      <div className="bd-saved">
        <p ref={status} role="status" tabIndex={-1} className="bd-ok">
          {saved?.text}
        </p>
        {undoable && (
          <button type="button" onClick={() => void undo.run(takeBack)}>
            {t('undo')}
          </button>
        )}
      </div>
      <ActionResult message={undo.message} />
      {withItems.length === 0 && <p className="bd-empty">{t('nothingToFollowUp')}</p>}
      {withItems.map(({ course, groups }) => (
        <section key={course.courseId} aria-label={course.title} data-course={course.courseId}>
          <h3>{course.title}</h3>
          {groups.map(({ group, items }) => (
            <section key={group} data-group={group} aria-label={courseText(group)}>
              <h4 className={`bd-group bd-group-${group}`}>
                {courseText(group)} ({items.length})
              </h4>
              <ul className="bd-list">
                {items.map((agreement) => (
                  <FollowUpItem
                    key={agreement.id}
                    agreement={agreement}
                    today={today}
                    onChange={async (to, note) => {
                      const back = statusBefore(agreement)
                      await onChangeStatus(course.courseId, agreement.id, to, note)
                      if (to === 'done') {
                        offer.offer({
                          courseId: course.courseId,
                          agreementId: agreement.id,
                          what: agreement.what,
                          back,
                        })
                      }
                      savedText(agreement.what, to, 'savedAgreement')
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}

function FollowUpItem({
  agreement,
  today,
  onChange,
}: {
  agreement: FollowUpAgreement
  today: string
  onChange(to: AgreementStatus, note: string): Promise<void>
}) {
  const t = usePanelText()
  const label = useLabel()
  const locale = useLocale()
  const id = useId()
  const [to, setTo] = useState<AgreementStatus>('inProgress')
  // The choice is never the status it already has (that change would be refused).
  const options = AgreementStatuses.filter((s) => s !== agreement.status)
  const chosen = options.includes(to) ? to : (options[0] ?? to)
  const [note, setNote] = useState('')
  const { busy, message, run } = useAction()
  const lines = useFollowUpLines(agreement, today)
  const submit = async (status: AgreementStatus) => {
    if (await run(() => onChange(status, note))) setNote('')
  }

  return (
    <li className="bd-card" data-agreement={agreement.id}>
      <p className="bd-card-title">{agreement.what}</p>
      <p className="bd-muted">
        {t('owner')}: {agreement.owner ?? t('nobody')}
        {agreement.dueDate && ` · ${formatDue(agreement.dueDate, today, locale)}`} ·{' '}
        <span data-status={agreement.status}>{label('agreementStatus', agreement.status)}</span>
      </p>
      {lines.followUp && (
        <p className="bd-muted" data-follow-up>
          {lines.followUp}
        </p>
      )}
      {lines.answerBy && <p className="bd-muted">{lines.answerBy}</p>}
      <div className="bd-actions">
        <button
          type="button"
          disabled={busy || agreement.status === 'done'}
          onClick={() => void submit('done')}
        >
          {t('markDone')}
        </button>
      </div>
      <details>
        <summary>{t('changeStatus')}</summary>
        <form
          className="bd-form"
          onSubmit={(event) => {
            event.preventDefault()
            void submit(chosen)
          }}
        >
          <label htmlFor={`${id}-status`}>{t('newStatus')}</label>
          <select
            id={`${id}-status`}
            value={chosen}
            onChange={(e) => setTo(e.target.value as AgreementStatus)}
          >
            {options.map((s) => (
              <option key={s} value={s}>
                {label('agreementStatus', s)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>{t('note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={1000}
            value={note}
            placeholder={t('noteNeeded')}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t('saveStatus')}
          </button>
        </form>
      </details>
      <ActionResult message={message} />
    </li>
  )
}
