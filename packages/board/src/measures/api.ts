import { answer } from '@bordenden/contract/api'
import type { MeasurementAnswers } from '@bordenden/model'
import { type CitizenRoute, linkRequest } from '../citizen/route.ts'
import { client } from '../home/api.ts'

const measures = client.api.measures[':courseId']

/** Where a page reads and sends the measures: its course, and the citizen's link when opened through one. */
export type MeasuresRoute = CitizenRoute

/** What is due now and the scores so far. */
export const fetchMeasures = (route: MeasuresRoute) => answer(measures.$get(linkRequest(route)))

export const sendMeasurement = (route: MeasuresRoute, answers: MeasurementAnswers) =>
  answer(measures.$post({ ...linkRequest(route), json: answers }))
