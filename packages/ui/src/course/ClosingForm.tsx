import {
  type ClosingReasonCode,
  ClosingReasons,
  type ClosureInput,
  closingReasonTexts,
  closureSchema,
} from '@bordenden/model'
import { type FormEvent, useState } from 'react'
import { useLocale } from '../locale.tsx'
import {
  big,
  button,
  error as errorStyle,
  fieldset,
  heading,
  input,
  legend,
  secondaryButton,
} from './styles.ts'
import { type CourseTextId, useCourseTexts } from './texts.ts'

export interface ClosingFormProps {
  /** The citizen's network, to pick the lifeline from (or type a name). */
  people: { id: string; name: string }[]
  /** Closes the course; a thrown error is shown in the form and nothing is lost. */
  onSubmit: (closure: ClosureInput) => Promise<void> | void
}

interface ServiceRow {
  what: string
  provider: string
  contact: string
}

const inputSchema = closureSchema.omit({ closedAt: true, closedBy: true })

/** What is wrong with a closing, in the form's words, keyed by field (`lifeline`, `service-2`). */
export function closingProblems(value: ClosureInput): Map<string, CourseTextId> {
  const problems = new Map<string, CourseTextId>()
  // The API takes a closing without a reason (older clients); this form always asks for one.
  if (!value.reason) problems.set('reason', 'needsReason')
  const result = inputSchema.safeParse(value)
  if (result.success) return problems
  for (const issue of result.error.issues) {
    const [first, index] = issue.path
    if (first === 'lifeline') problems.set('lifeline', 'needsLifeline')
    else if (first === 'reason') problems.set('reasonText', 'needsReasonText')
    else if (first === 'services' && typeof index === 'number') {
      problems.set(`service-${index}`, issue.message === 'is listed twice' ? 'duplicateService' : 'needsWhat')
    }
  }
  return problems
}

const emptyRow = (): ServiceRow => ({ what: '', provider: '', contact: '' })

/** Closing the course (fase 3): what the citizen looks after alone from now on, and a named lifeline. */
export function ClosingForm({ people, onSubmit }: ClosingFormProps) {
  const t = useCourseTexts()
  const locale = useLocale()
  const [services, setServices] = useState<ServiceRow[]>([emptyRow()])
  const [lifeline, setLifeline] = useState({ personId: '', name: '', contact: '' })
  const [note, setNote] = useState('')
  const [reason, setReason] = useState<{ code: ClosingReasonCode | ''; text: string }>({ code: '', text: '' })
  const [problems, setProblems] = useState<Map<string, CourseTextId>>(new Map())
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Values are read from the event before the state update: React may run an updater after the event.
  const setLifelineField = (patch: Partial<typeof lifeline>) => setLifeline((l) => ({ ...l, ...patch }))
  const setRow = (index: number, patch: Partial<ServiceRow>) =>
    setServices((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const value: ClosureInput = {
      // A row left completely empty is not a service; one with only a provider still needs its "what".
      services: services.filter((s) => s.what.trim() || s.provider.trim() || s.contact.trim()),
      lifeline: { personId: lifeline.personId || null, name: lifeline.name, contact: lifeline.contact },
      note,
      ...(reason.code === ''
        ? {}
        : { reason: { code: reason.code, text: reason.code === 'other' ? reason.text : '' } }),
    }
    const found = closingProblems(value)
    setProblems(found)
    if (found.size > 0) return
    setBusy(true)
    setFailure(null)
    try {
      await onSubmit(value)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const problem = (key: string) => {
    const id = problems.get(key)
    return id ? { id: `${key}-problem`, text: t(id) } : undefined
  }

  return (
    <form style={big} onSubmit={submit} noValidate aria-labelledby="closing-title">
      <h2 id="closing-title" style={heading}>
        {t('closeCourse')}
      </h2>
      <p>{t('closingIntro')}</p>
      <fieldset style={fieldset}>
        <legend style={legend}>{t('services')}</legend>
        {services.map((row, index) => (
          // Rows have no identity but their place; the list only grows at the end or loses a row.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} style={{ ...fieldset, borderWidth: 1 }}>
            <legend style={legend}>
              {t('service')} {index + 1}
            </legend>
            <TextField
              label={t('serviceWhat')}
              value={row.what}
              onChange={(what) => setRow(index, { what })}
              problem={problem(`service-${index}`)}
            />
            <TextField
              label={t('serviceProvider')}
              value={row.provider}
              onChange={(provider) => setRow(index, { provider })}
            />
            <TextField
              label={t('serviceContact')}
              value={row.contact}
              onChange={(contact) => setRow(index, { contact })}
            />
            <button
              type="button"
              style={{ ...secondaryButton, marginTop: '0.5rem' }}
              onClick={() => setServices((rows) => rows.filter((_, i) => i !== index))}
            >
              {t('removeService')} ({t('service').toLowerCase()} {index + 1})
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          style={secondaryButton}
          onClick={() => setServices((rows) => [...rows, emptyRow()])}
        >
          {t('addService')}
        </button>
      </fieldset>
      <fieldset style={fieldset}>
        <legend style={legend}>{t('lifeline')}</legend>
        {people.length > 0 && (
          <label>
            {t('lifelinePerson')}
            <select
              style={input}
              value={lifeline.personId}
              onChange={(e) => {
                const personId = e.currentTarget.value
                const name = people.find((p) => p.id === personId)?.name
                setLifelineField(name === undefined ? { personId } : { personId, name })
              }}
            >
              <option value="">{t('nobodyChosen')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <TextField
          label={t('lifelineName')}
          value={lifeline.name}
          onChange={(name) => setLifelineField({ name })}
          problem={problem('lifeline')}
        />
        <TextField
          label={t('lifelineContact')}
          value={lifeline.contact}
          onChange={(contact) => setLifelineField({ contact })}
        />
      </fieldset>
      <fieldset style={fieldset} aria-describedby={problem('reason')?.id}>
        <legend style={legend}>{t('closingReason')}</legend>
        {ClosingReasons.map((code) => (
          <label key={code} style={{ display: 'block' }}>
            <input
              type="radio"
              name="closing-reason"
              value={code}
              checked={reason.code === code}
              onChange={() => setReason((r) => ({ ...r, code }))}
            />{' '}
            {closingReasonTexts[code][locale]}
          </label>
        ))}
        {reason.code === 'other' && (
          <TextField
            label={t('closingReasonText')}
            value={reason.text}
            onChange={(text) => setReason((r) => ({ ...r, text }))}
            problem={problem('reasonText')}
          />
        )}
        {problem('reason') && (
          <p id={problem('reason')?.id} style={errorStyle}>
            {problem('reason')?.text}
          </p>
        )}
      </fieldset>
      <label>
        {t('closingNote')}
        <textarea
          style={{ ...input, minHeight: '5rem' }}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      {failure && (
        <p role="alert" style={errorStyle}>
          {failure}
        </p>
      )}
      <p>
        <button type="submit" style={button} disabled={busy}>
          {busy ? t('saving') : t('closeCourse')}
        </button>
      </p>
    </form>
  )
}

/** A labelled text input, with what is wrong with it said next to it and tied to it for screen readers. */
function TextField({
  label,
  value,
  onChange,
  problem,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  problem?: { id: string; text: string } | undefined
}) {
  return (
    <>
      <label>
        {label}
        <input
          style={input}
          value={value}
          aria-invalid={problem !== undefined}
          aria-describedby={problem?.id}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p id={problem.id} style={errorStyle}>
          {problem.text}
        </p>
      )}
    </>
  )
}
