import type { MeasurementOccasion } from '@bordenden/model'
import { defineCatalog } from '@bordenden/text'
import { useText } from '../locale.tsx'

/**
 * The words around the two questionnaires. The questionnaires themselves stay in their published Danish
 * (`instrumentTexts` in the model): a translation of our own would not be the validated instrument.
 */
export const measureTexts = defineCatalog({
  title: { da: 'Sådan har du det', en: 'How you are' },
  'due.start': {
    da: 'Vi vil gerne høre, hvordan du har det nu, hvor forløbet starter.',
    en: 'We would like to hear how you are now that the course starts.',
  },
  'due.followUp': {
    da: 'Det er tre måneder siden, du sidst svarede. Vil du svare igen?',
    en: 'It is three months since you last answered. Will you answer again?',
  },
  'due.closing': {
    da: 'Forløbet slutter snart. Vil du svare en sidste gang?',
    en: 'The course ends soon. Will you answer one last time?',
  },
  why: {
    da: 'Dine svar viser, om forløbet hjælper dig. Kun du og din koordinator kan se dem.',
    en: 'Your answers show whether the course helps you. Only you and your coordinator can see them.',
  },
  send: { da: 'Send mine svar', en: 'Send my answers' },
  sending: { da: 'Sender…', en: 'Sending…' },
  missing: {
    da: { one: 'Du mangler at svare på {count} udsagn.', other: 'Du mangler at svare på {count} udsagn.' },
    en: { one: '{count} statement has no answer yet.', other: '{count} statements have no answer yet.' },
  },
  thanks: { da: 'Tak for dine svar.', en: 'Thank you for your answers.' },
  failed: {
    da: 'Dine svar blev ikke sendt. Prøv igen.',
    en: 'Your answers were not sent. Please try again.',
  },
  'trend.title': { da: 'Dine svar over tid', en: 'Your answers over time' },
  'trend.titleForCoordinator': { da: 'Borgerens svar over tid', en: 'The citizen’s answers over time' },
  'trend.none': { da: 'Der er ingen svar endnu.', en: 'No answers yet.' },
  'trend.who5': { da: 'Trivsel (WHO-5)', en: 'Well-being (WHO-5)' },
  'trend.inspireO': { da: 'Personlig recovery (INSPIRE-O)', en: 'Personal recovery (INSPIRE-O)' },
  'trend.date': { da: 'Dato', en: 'Date' },
  'trend.scale': {
    da: 'Point fra 0 til 100. Højere er bedre.',
    en: 'Points from 0 to 100. Higher is better.',
  },
  'dueForCoordinator.start': { da: 'Startmålingen mangler', en: 'The start measurement is missing' },
  'dueForCoordinator.followUp': {
    da: 'Tremånedersmålingen mangler',
    en: 'The three-month measurement is missing',
  },
  'dueForCoordinator.closing': {
    da: 'Afslutningsmålingen mangler',
    en: 'The closing measurement is missing',
  },
}) satisfies Record<`due.${MeasurementOccasion}` | `dueForCoordinator.${MeasurementOccasion}`, unknown>

export const useMeasureTexts = () => useText(measureTexts)
