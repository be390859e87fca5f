import { type Agreement, isOpen, isOverdue, label, missingFields, partyName } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { formatDue } from '../dates.ts'
import { useCourse } from '../live/CourseSession.tsx'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/** "Mangler hvem, hvornår": what an agreement lacks before it binds anyone, or null when it is complete. */
export function useMissingText(agreement: Agreement): string | null {
  const locale = useLocale()
  const w = useWords()
  const missing = missingFields(agreement)
  if (missing.length === 0) return null
  return `${w('missing')}: ${missing.map((f) => label('agreementField', f, locale).toLowerCase()).join(', ')}`
}

/**
 * One agreement as a card: what, who, by when, its status; an incomplete one says what it lacks, and an
 * open one past its date is marked overdue (a done or abandoned one only shows the date it had). The
 * canvas card and the lists both use it, so the same agreement looks the same everywhere.
 */
export function AgreementCard({
  agreement,
  onEdit,
}: {
  agreement: Agreement
  onEdit?: (() => void) | undefined
}) {
  const { course, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const missing = useMissingText(agreement)
  const overdue = isOverdue(agreement, today)
  const due = agreement.dueDate
  return (
    <article
      className="bd-agreement"
      data-agreement-id={agreement.id}
      data-incomplete={missing !== null}
      data-overdue={overdue}
      data-status={agreement.status}
    >
      <p className="bd-agreement-what">{agreement.what || '…'}</p>
      <p className="bd-agreement-who">
        {agreement.owner ? partyName(course, agreement.owner, locale) : w('noOwner')}
        {' · '}
        {due === null
          ? w('noDue')
          : isOpen(agreement)
            ? formatDue(due, today, locale)
            : `${w('dueWas')} ${formatDate(due, 'dayWithWeekday', locale, today)}`}
      </p>
      <p className="bd-agreement-status">
        {overdue && <span className="bd-badge bd-badge-overdue">{w('overdue')}</span>}
        <span className="bd-badge">{label('agreementStatus', agreement.status, locale)}</span>
        {agreement.needsManagerDecision && <span className="bd-badge">{w('managerDecision')}</span>}
      </p>
      {missing && <p className="bd-missing">{missing}</p>}
      {onEdit && (
        <button type="button" className="bd-link" onClick={onEdit}>
          {w('edit')}
        </button>
      )}
    </article>
  )
}
