import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react'
import { useAsync } from '../useAsync.ts'
import { api, type CourseMember } from './api.ts'
import { FormError } from './FormError.tsx'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

/**
 * The course's coordinators, the owner first. The owner may take a co-coordinator off the course,
 * after confirming, since that closes the colleague's open boards of it at once.
 */
export function MemberList(props: { courseId: string; version: number; onRemoved: (name: string) => void }) {
  const { courseId, version, onRemoved } = props
  const t = useTexts()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after a member is added
  const course = useAsync(useCallback(() => api.course(courseId), [courseId, version]))
  const { busy, error, run } = useAction()
  const [confirming, setConfirming] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const remove = (member: CourseMember) =>
    run(async () => {
      await api.removeMember(courseId, member.userId)
      setConfirming(null)
      // The row goes away, and with it the focused button: the list's heading takes the focus.
      heading.current?.focus()
      onRemoved(member.name)
    })

  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {t('members.title')}
      </h3>
      {course.state === 'loading' && <p>{t('loading')}</p>}
      {course.state === 'failed' && <p role="alert">{t('failed')}</p>}
      {course.state === 'done' && (
        <ul className="member-list">
          {course.value.members.map((member) => (
            <li key={member.userId}>
              <span>
                <strong>{member.name}</strong> {member.email}
                {member.role === 'owner' && <span className="member-role"> ({t('members.owner')})</span>}
              </span>
              {course.value.course.role === 'owner' && member.role !== 'owner' && (
                <RemoveMember
                  member={member}
                  confirming={confirming === member.userId}
                  busy={busy}
                  onAsk={() => setConfirming(member.userId)}
                  onCancel={() => setConfirming(null)}
                  onConfirm={() => remove(member)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={error} />
    </>
  )
}

/** "Fjern", then the question and "Ja, fjern" / "Fortryd"; Escape also cancels, and the focus follows. */
function RemoveMember(props: {
  member: CourseMember
  confirming: boolean
  busy: boolean
  onAsk: () => void
  onCancel: () => void
  onConfirm: () => void
}) {
  const { member, confirming } = props
  const t = useTexts()
  const confirm = useRef<HTMLButtonElement>(null)
  const ask = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  const question = useId()
  useEffect(() => {
    if (confirming) confirm.current?.focus()
    else if (asked.current) ask.current?.focus()
    asked.current = confirming
  }, [confirming])

  if (!confirming)
    return (
      <button
        ref={ask}
        type="button"
        className="danger"
        aria-label={t('members.removeLabel', { name: member.name })}
        onClick={props.onAsk}
      >
        {t('members.remove')}
      </button>
    )
  // Escape on either button says no, as "Fortryd" does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onCancel()
  }
  return (
    <span className="member-confirm">
      <span id={question}>{t('members.confirm', { name: member.name })}</span>{' '}
      <button
        ref={confirm}
        type="button"
        className="danger"
        aria-describedby={question}
        disabled={props.busy}
        onClick={props.onConfirm}
        onKeyDown={onKeyDown}
      >
        {t('members.confirmYes')}
      </button>{' '}
      <button type="button" className="secondary" onClick={props.onCancel} onKeyDown={onKeyDown}>
        {t('members.cancel')}
      </button>
    </span>
  )
}
