import type { ReactNode } from 'react'

/** One titled part of the citizen page; the heading names the region for screen readers. */
export function Section(props: { id: string; title: string; className?: string; children: ReactNode }) {
  const headingId = `${props.id}-title`
  return (
    <section id={props.id} aria-labelledby={headingId} className={`citizen-section ${props.className ?? ''}`}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  )
}
