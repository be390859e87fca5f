import './measures.css'
import { OutcomeTrend, Questionnaire, refusalText, useLocale, useMeasureTexts } from '@bordenden/ui'
import { useCallback, useState } from 'react'
import { useServerData } from '../course/useServerData.ts'
import { fetchMeasures, type MeasuresRoute, sendMeasurement } from './api.ts'

/**
 * The outcome measures of one course: the questionnaire when one is due and the reader is the citizen,
 * otherwise what is due in a line; then her trend. The same view on her page and on the course page.
 */
export function OutcomeMeasures({ route, asCitizen }: { route: MeasuresRoute; asCitizen: boolean }) {
  const t = useMeasureTexts()
  const locale = useLocale()
  const measures = useServerData(useCallback(() => fetchMeasures(route), [route]))
  const [thanked, setThanked] = useState(false)
  if (measures.error) return <p role="alert">{refusalText(measures.error, locale) ?? t('failed')}</p>
  if (!measures.value) return null
  const { due, measurements } = measures.value
  const trendTitle = asCitizen ? t('trend.title') : t('trend.titleForCoordinator')
  const answer = async (answers: Parameters<typeof sendMeasurement>[1]) => {
    await sendMeasurement(route, answers)
    setThanked(true)
    await measures.reload()
  }
  return (
    <div className="outcome-measures">
      {thanked && <p role="status">{t('thanks')}</p>}
      {due && asCitizen && <Questionnaire occasion={due.occasion} onSubmit={answer} />}
      {due && !asCitizen && <p className="measurement-due">{t(`dueForCoordinator.${due.occasion}`)}</p>}
      <h3>{trendTitle}</h3>
      <OutcomeTrend points={measurements} title={trendTitle} />
    </div>
  )
}
