import type { Locale, MeasurementOccasion } from '@bordenden/model'
import { useLocale } from '../locale.tsx'

/**
 * The words around the two questionnaires. The questionnaires themselves stay in their published Danish
 * (`instrumentTexts` in the model): a translation of our own would not be the validated instrument.
 */
const da = {
  title: 'Sådan har du det',
  due: {
    start: 'Vi vil gerne høre, hvordan du har det nu, hvor forløbet starter.',
    followUp: 'Det er tre måneder siden, du sidst svarede. Vil du svare igen?',
    closing: 'Forløbet slutter snart. Vil du svare en sidste gang?',
  } satisfies Record<MeasurementOccasion, string>,
  why: 'Dine svar viser, om forløbet hjælper dig. Kun du og din koordinator kan se dem.',
  send: 'Send mine svar',
  sending: 'Sender…',
  missing: (count: number) =>
    count === 1 ? 'Du mangler at svare på 1 udsagn.' : `Du mangler at svare på ${count} udsagn.`,
  thanks: 'Tak for dine svar.',
  failed: 'Dine svar blev ikke sendt. Prøv igen.',
  trend: {
    title: 'Dine svar over tid',
    titleForCoordinator: 'Borgerens svar over tid',
    none: 'Der er ingen svar endnu.',
    who5: 'Trivsel (WHO-5)',
    inspireO: 'Personlig recovery (INSPIRE-O)',
    date: 'Dato',
    scale: 'Point fra 0 til 100. Højere er bedre.',
  },
  dueForCoordinator: {
    start: 'Startmålingen mangler',
    followUp: 'Tremånedersmålingen mangler',
    closing: 'Afslutningsmålingen mangler',
  } satisfies Record<MeasurementOccasion, string>,
}

const en: typeof da = {
  title: 'How you are',
  due: {
    start: 'We would like to hear how you are now that the course starts.',
    followUp: 'It is three months since you last answered. Will you answer again?',
    closing: 'The course ends soon. Will you answer one last time?',
  },
  why: 'Your answers show whether the course helps you. Only you and your coordinator can see them.',
  send: 'Send my answers',
  sending: 'Sending…',
  missing: (count: number) =>
    count === 1 ? '1 statement has no answer yet.' : `${count} statements have no answer yet.`,
  thanks: 'Thank you for your answers.',
  failed: 'Your answers were not sent. Please try again.',
  trend: {
    title: 'Your answers over time',
    titleForCoordinator: 'The citizen’s answers over time',
    none: 'No answers yet.',
    who5: 'Well-being (WHO-5)',
    inspireO: 'Personal recovery (INSPIRE-O)',
    date: 'Date',
    scale: 'Points from 0 to 100. Higher is better.',
  },
  dueForCoordinator: {
    start: 'The start measurement is missing',
    followUp: 'The three-month measurement is missing',
    closing: 'The closing measurement is missing',
  },
}

const texts: Record<Locale, typeof da> = { da, en }

export const useMeasureTexts = () => texts[useLocale()]
