import { DisclosureHeading, useRememberedOpen } from '@bordenden/ui'
import { type ReactNode, useEffect } from 'react'
import { usePageTexts } from './texts.ts'

/** The course page's sections, in the page's order (most often needed first). */
export const sectionIds = [
  'progress',
  'records',
  'followUps',
  'afterMeeting',
  'measures',
  'registrations',
  'mail',
  'handover',
  'timeline',
  'closing',
  'courseData',
] as const
export type SectionId = (typeof sectionIds)[number]

/**
 * Administration seldom needed between meetings: closed until its coordinator opens it. (Handover stays
 * open: it tells a coordinator that a course was handed to her.)
 */
const closedByDefault: ReadonlySet<SectionId> = new Set(['registrations', 'mail', 'closing', 'courseData'])

/**
 * A card of the course page that the contents link to, opened and closed by its heading; each
 * coordinator's choice is remembered in her browser. Following a contents link opens it.
 */
export function PageSection(props: { id: SectionId; rememberFor: string; children: ReactNode }) {
  const { id } = props
  const t = usePageTexts()
  const [open, setOpen] = useRememberedOpen(`${props.rememberFor}.course.${id}`, !closedByDefault.has(id))
  useEffect(() => {
    const openWhenLinked = () => {
      if (window.location.hash === `#${id}`) setOpen(true)
    }
    openWhenLinked()
    window.addEventListener('hashchange', openWhenLinked)
    return () => window.removeEventListener('hashchange', openWhenLinked)
  }, [id, setOpen])
  // Prefixed: the views inside have ids of their own (the closing form's heading is `closing-title`).
  const headingId = `section-${id}-heading`
  const bodyId = `section-${id}-body`
  return (
    <section id={id} className="home-card course-section" aria-labelledby={headingId}>
      <DisclosureHeading level={2} id={headingId} open={open} onToggle={setOpen} controls={bodyId}>
        {t(`sections.${id}`)}
      </DisclosureHeading>
      <div id={bodyId} hidden={!open}>
        {props.children}
      </div>
    </section>
  )
}
