import { useMeasureTexts } from '@bordenden/ui'
import type { MeasuresRoute } from './api.ts'
import { OutcomeMeasures } from './OutcomeMeasures.tsx'

/** The citizen page's part for the outcome measures, styled like its other sections. */
export function CitizenOutcomeSection({ route, asCitizen }: { route: MeasuresRoute; asCitizen: boolean }) {
  const t = useMeasureTexts()
  return (
    <section id="measures" aria-labelledby="measures-title" className="citizen-section no-print">
      <h2 id="measures-title">{t('title')}</h2>
      <OutcomeMeasures route={route} asCitizen={asCitizen} />
    </section>
  )
}
