import { type CSSProperties, type ReactNode, useCallback, useState } from 'react'

const storageKey = (rememberAs: string) => `bordenden.open.${rememberAs}`

function remembered(rememberAs: string | undefined): boolean | null {
  if (!rememberAs) return null
  try {
    const stored = localStorage.getItem(storageKey(rememberAs))
    return stored === null ? null : stored === 'open'
  } catch {
    return null // storage switched off: the default, for this visit only
  }
}

/**
 * Whether a part of a page is open. `rememberAs` names it for one person (their id and the part), so
 * the choice is kept in this browser for the next visit and the next person at the computer has her own;
 * without it the choice lasts until the page is left.
 */
export function useRememberedOpen(
  rememberAs: string | undefined,
  openByDefault = true,
): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => remembered(rememberAs) ?? openByDefault)
  const choose = useCallback(
    (next: boolean) => {
      setOpen(next)
      if (!rememberAs) return
      try {
        localStorage.setItem(storageKey(rememberAs), next ? 'open' : 'closed')
      } catch {
        // not kept; the page still follows the choice
      }
    },
    [rememberAs],
  )
  return [open, choose]
}

/**
 * A heading that opens and closes the part of the page it names (the disclosure pattern: a button with
 * `aria-expanded` inside the heading, so the heading stays in the page's outline).
 */
export function DisclosureHeading(props: {
  level: 2 | 3 | 4
  id?: string
  open: boolean
  onToggle: (open: boolean) => void
  /** The id of the part it opens and closes. */
  controls: string
  className?: string
  style?: CSSProperties
  children: ReactNode
}) {
  const Heading = `h${props.level}` as const
  return (
    <Heading id={props.id} className={props.className} style={props.style}>
      <button
        type="button"
        className="disclosure"
        aria-expanded={props.open}
        aria-controls={props.controls}
        onClick={() => props.onToggle(!props.open)}
        style={disclosureButton}
      >
        <span aria-hidden="true" style={{ display: 'inline-block', width: '1.2em' }}>
          {props.open ? '▾' : '▸'}
        </span>
        {props.children}
      </button>
    </Heading>
  )
}

/** Looks like the heading it sits in; the browser's own focus ring stays. */
const disclosureButton = {
  font: 'inherit',
  color: 'inherit',
  background: 'none',
  border: 'none',
  padding: 0,
  minHeight: 44,
  textAlign: 'left',
  cursor: 'pointer',
} satisfies CSSProperties
