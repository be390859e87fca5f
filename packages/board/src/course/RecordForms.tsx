import { type FormEvent, useId, useState } from 'react'
import { FormError } from '../home/FormError.tsx'
import { useAction } from '../home/useAction.ts'
import { courseApi, type RecordVersion } from './api.ts'
import { useMailTexts } from './mail-texts.ts'
import { usePageTexts } from './texts.ts'

interface RecordFormProps {
  courseId: string
  record: RecordVersion
  onChanged: (announcement: string) => Promise<void>
}

type Method = 'inMeeting' | 'inPerson'
const METHODS: readonly Method[] = ['inMeeting', 'inPerson']

/**
 * The coordinator records the citizen's approval of a draft and how it was given: at the meeting, or in
 * person afterwards. No method is chosen beforehand, so the record never claims one by default.
 */
export function ApproveForm({ courseId, record, onChanged }: RecordFormProps) {
  const t = usePageTexts()
  const id = useId()
  const [method, setMethod] = useState<Method | null>(null)
  const [unchosen, setUnchosen] = useState(false)
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setUnchosen(method === null)
    if (method === null) return
    return run(async () => {
      await courseApi.approve(courseId, record, method)
      await onChanged(t('records.approved', { version: record.version }))
    })
  }
  return (
    <form className="stacked-form record-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <fieldset aria-describedby={unchosen ? `${id}-problem` : undefined}>
        <legend id={`${id}-title`}>{t('records.approveTitle')}</legend>
        {METHODS.map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name={`${id}-method`}
              checked={method === m}
              onChange={() => {
                setMethod(m)
                setUnchosen(false)
              }}
            />
            {t(`records.methodChoices.${m}`)}
          </label>
        ))}
      </fieldset>
      {unchosen && (
        <p id={`${id}-problem`} role="alert" className="form-error">
          {t('records.chooseMethod')}
        </p>
      )}
      <IncompleteAgreements record={record} />
      <FormError error={error} fallback={t('records.failed')} />
      <button type="submit" disabled={busy}>
        {t('records.approve')}
      </button>
    </form>
  )
}

/** Who may get the record: the citizen and everyone invited to the meeting, as the record lists them. */
/**
 * Before the citizen's approval: the agreements that bind nobody yet (no owner, no date), so an incomplete
 * record is approved knowingly. It does not stop the approval; sometimes that is what the meeting agreed.
 */
function IncompleteAgreements({ record }: { record: RecordVersion }) {
  const t = usePageTexts()
  const incomplete = record.content.agreements.filter((a) => a.missing.length > 0)
  if (incomplete.length === 0) return null
  return (
    <div className="record-warning" role="note">
      <p>{t('records.incompleteBeforeApproval', { count: incomplete.length })}</p>
      <ul>
        {incomplete.map((a) => (
          <li key={a.id}>
            “{a.what}” ({t('records.lacks')} {a.missing.join(', ').toLowerCase()})
          </li>
        ))}
      </ul>
    </div>
  )
}

function recipientsOf(record: RecordVersion) {
  const citizen = record.content.course.citizenName
  const people = record.content.meeting.attendance.filter((a) => a.name !== citizen)
  return [
    { name: citizen, citizen: true, present: true },
    ...people.map((a) => ({ name: a.name, citizen: false, present: a.present })),
  ].filter((p, index, all) => all.findIndex((q) => q.name === p.name) === index)
}

/**
 * Marks an approved record as sent and to whom, chosen among the meeting's participants (the citizen
 * and those present are ticked to begin with). With e-mail set up the server mails it to them too.
 */
export function SendForm({ courseId, record, onChanged }: RecordFormProps) {
  const t = usePageTexts()
  const mailText = useMailTexts()
  const id = useId()
  const candidates = recipientsOf(record)
  const [chosen, setChosen] = useState(() => new Set(candidates.filter((c) => c.present).map((c) => c.name)))
  const [empty, setEmpty] = useState(false)
  const { busy, error, run } = useAction()
  const toggle = (name: string, on: boolean) => {
    setChosen((before) => {
      const after = new Set(before)
      if (on) after.add(name)
      else after.delete(name)
      return after
    })
    setEmpty(false)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    // In the order the record lists them, not the order they were ticked.
    const recipients = candidates.map((c) => c.name).filter((name) => chosen.has(name))
    setEmpty(recipients.length === 0)
    if (recipients.length === 0) return
    return run(async () => {
      const { mail } = await courseApi.markSent(courseId, record.id, recipients)
      const sent = t('records.sent', { version: record.version })
      await onChanged(
        mail
          ? [
              sent,
              mailText('delivered', { count: mail.queued }),
              mail.withoutAddress > 0 && mailText('withoutAddress', { count: mail.withoutAddress }),
            ]
              .filter(Boolean)
              .join(' ')
          : sent,
      )
    })
  }
  return (
    <form className="stacked-form record-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend id={`${id}-title`}>{t('records.sendTitle')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('records.sendHint')}
        </p>
        {candidates.map((c) => (
          <label key={c.name} className="choice">
            <input
              type="checkbox"
              checked={chosen.has(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            {c.citizen
              ? t('records.citizen', { name: c.name })
              : c.present
                ? c.name
                : `${c.name} (${t('records.absent')})`}
          </label>
        ))}
      </fieldset>
      {empty && (
        <p role="alert" className="form-error">
          {t('records.chooseRecipients')}
        </p>
      )}
      <FormError error={error} fallback={t('records.failed')} />
      <button type="submit" disabled={busy}>
        {t('records.send')}
      </button>
    </form>
  )
}
