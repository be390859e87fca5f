import { type KeyboardEvent, type ReactNode, useRef } from 'react'

export interface PanelTab<Id extends string> {
  id: Id
  label: string
}

/**
 * WAI-ARIA tabs: Tab reaches the chosen tab, the arrow keys (and Home/End) move between them, and the
 * panel below is labelled by its tab.
 */
export function PanelTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  children,
}: {
  tabs: PanelTab<Id>[]
  selected: Id
  onSelect(id: Id): void
  children: ReactNode
}) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>())
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
        {children}
      </div>
    </>
  )
}
