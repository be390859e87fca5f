import { type ReactNode, useId } from 'react'

// Form controls with a real <label> each; the forms compose them.

interface FieldProps {
  label: string
  name: string
}

export function TextField(
  props: FieldProps & {
    value: string
    onChange: (v: string) => void
    multiline?: boolean
    required?: boolean
  },
) {
  const id = useId()
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
  }
  return (
    <div className="bd-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  )
}

/** A whole number such as minutes, kept as typed; the form reads it with `readNumber`. */
export function NumberField(
  props: FieldProps & { value: string; onChange: (v: string) => void; min?: number; max?: number },
) {
  const id = useId()
  return (
    <div className="bd-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}

/** What a NumberField holds: null when empty; anything else is the model's to accept or refuse. */
export function readNumber(value: string): number | null {
  return value.trim() === '' ? null : Number(value)
}

/** A calendar date; empty means "not set" (null in the model). */
export function DateField(
  props: FieldProps & { value: string | null; onChange: (v: string | null) => void },
) {
  const id = useId()
  return (
    <div className="bd-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="date"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      />
    </div>
  )
}

export function SelectField<V extends string>(
  props: FieldProps & { value: V; onChange: (v: V) => void; options: readonly { id: V; label: string }[] },
) {
  const id = useId()
  return (
    <div className="bd-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function CheckboxField(props: FieldProps & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId()
  return (
    <div className="bd-field bd-field-check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  )
}

/** A form with a heading, its error (the model's reason for refusing), and save/cancel buttons. */
export function EntityForm(props: {
  title: string
  submitLabel: string
  cancelLabel: string
  error: string | null
  onSubmit: () => void
  onCancel?: (() => void) | undefined
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <form
      className="bd-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault()
        props.onSubmit()
      }}
    >
      <h3 id={headingId}>{props.title}</h3>
      {props.children}
      <ErrorNote error={props.error} />
      <div className="bd-form-actions">
        <button type="submit">{props.submitLabel}</button>
        {props.onCancel && (
          <button type="button" className="bd-secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
      </div>
    </form>
  )
}

/** Why the model refused the last change, read out when it appears. */
export function ErrorNote({ error }: { error: string | null }) {
  return error ? (
    <p className="bd-error" role="alert">
      {error}
    </p>
  ) : null
}
