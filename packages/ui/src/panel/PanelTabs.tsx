import { type KeyboardEvent, type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react'
import { focusIfLost } from './focus.ts'

export interface PanelTab<Id extends string> {
  id: Id
  label: string
}

/**
 * WAI-ARIA tabs: Tab reaches the chosen tab, the arrow keys (and Home/End) move between them, and the
 * panel below is labelled by its tab and starts with its name as a heading. When the panel changes
 * because a control inside it was used (e.g. "Vælg" on a course), that control is gone: focus moves to
 * the new panel's heading instead of falling back to the start of the page.
 */
export function PanelTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  headingRef,
  children,
}: {
  tabs: PanelTab<Id>[]
  selected: Id
  onSelect(id: Id): void
  /** The panel's heading, for a caller that moves focus there too. */
  headingRef?: RefObject<HTMLHeadingElement | null>
  children: ReactNode
}) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>())
  const ownHeading = useRef<HTMLHeadingElement>(null)
  const heading = headingRef ?? ownHeading
  const shown = useRef(selected)
  // A layout effect: focus moves in the same commit that removed its control, before anyone reads it.
  useLayoutEffect(() => {
    if (shown.current === selected) return
    shown.current = selected
    focusIfLost(heading.current)
  }, [selected, heading])
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const tab = to === null ? undefined : tabs[to]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.id)
    buttons.current.get(tab.id)?.focus()
  }
  return (
    <>
      <div role="tablist" className="bd-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el)
            }}
            type="button"
            role="tab"
            id={`bd-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls="bd-tabpanel"
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="bd-tabpanel" aria-labelledby={`bd-tab-${selected}`} className="bd-tabpanel">
        <h2 ref={heading} tabIndex={-1} className="bd-tabpanel-title">
          {tabs.find((tab) => tab.id === selected)?.label}
        </h2>
        {children}
      </div>
    </>
  )
}
