import { useEffect, useRef, useState } from 'react'

/**
 * A button for a step that is hard to take back (ending or reopening a meeting): the first click only asks,
 * with the question in words, and the keyboard lands on "no", so one accidental click or Enter does
 * nothing.
 */
export function ConfirmButton(props: {
  label: string
  question: string
  yes: string
  no: string
  onConfirm: () => void
  className?: string
}) {
  const [asking, setAsking] = useState(false)
  const no = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (asking) no.current?.focus()
  }, [asking])
  if (!asking)
    return (
      <button type="button" className={props.className} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    )
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend styled apart; the group is the question with its two answers
    <span className="bd-confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button
        type="button"
        onClick={() => {
          setAsking(false)
          props.onConfirm()
        }}
      >
        {props.yes}
      </button>
      <button ref={no} type="button" className="bd-secondary" onClick={() => setAsking(false)}>
        {props.no}
      </button>
    </span>
  )
}
