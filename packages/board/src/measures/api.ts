import type { DueMeasurement, MeasurementAnswers } from '@bordenden/model'
import type { TrendPoint } from '@bordenden/ui'

/** `GET /api/measures/:courseId` as the server answers it. */
export interface Measures {
  due: DueMeasurement | null
  measurements: TrendPoint[]
}

/** Where a page reads and sends the measures: its course, and the citizen's link when opened through one. */
export interface MeasuresRoute {
  courseId: string
  token?: string
}

function measuresUrl({ courseId, token }: MeasuresRoute): string {
  const path = `/api/measures/${encodeURIComponent(courseId)}`
  return token === undefined ? path : `${path}?${new URLSearchParams({ token })}`
}

export async function fetchMeasures(route: MeasuresRoute): Promise<Measures> {
  const response = await fetch(measuresUrl(route), { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET measures answered ${response.status}`)
  return (await response.json()) as Measures
}

export async function sendMeasurement(route: MeasuresRoute, answers: MeasurementAnswers): Promise<void> {
  const response = await fetch(measuresUrl(route), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(answers),
  })
  if (!response.ok) throw new Error(`Sending the answers answered ${response.status}`)
}
