import { z } from 'zod'

/**
 * The two outcome questionnaires the evaluation used (seed 001, boks 5.1 and 5.2), answered by the
 * citizen herself. Only the chosen option of each item is kept: no free text, no other health data.
 * Sources of the texts and the scoring are named in the README ("Outcome measures").
 */

export const Instruments = ['who5', 'inspireO'] as const
export type Instrument = (typeof Instruments)[number]

export interface InstrumentText {
  /** The name shown to the citizen. */
  name: string
  /** The lead-in every item completes, or a heading above them. */
  lead: string
  items: readonly string[]
  /** The answer options, from the lowest value (index 0) up. */
  options: readonly { value: number; label: string }[]
}

/**
 * WHO-5 Trivselsindeks, the Danish version published by Psykiatrisk Center Nordsjælland (WHO
 * Collaborating Centre in Mental Health): five statements about the last two weeks, each 0-5.
 */
const who5: InstrumentText = {
  name: 'Trivsel (WHO-5)',
  lead: 'I de sidste to uger …',
  items: [
    '… har jeg været glad og i godt humør',
    '… har jeg følt mig rolig og afslappet',
    '… har jeg følt mig aktiv og energisk',
    '… er jeg vågnet frisk og udhvilet',
    '… har min dagligdag været fyldt med ting, der interesserer mig',
  ],
  options: [
    { value: 0, label: 'På intet tidspunkt' },
    { value: 1, label: 'Lidt af tiden' },
    { value: 2, label: 'Lidt mindre end halvdelen af tiden' },
    { value: 3, label: 'Lidt mere end halvdelen af tiden' },
    { value: 4, label: 'Det meste af tiden' },
    { value: 5, label: 'Hele tiden' },
  ],
}

/**
 * Brief INSPIRE-O (Slade et al.; Danish validation Moeller et al. 2024): five CHIME statements. The
 * statements and the two ends of the scale are the evaluation's Danish wording (seed 001, boks 5.2). No
 * published Danish text of the three middle options was found, so they are shown as numbers only.
 */
const inspireO: InstrumentText = {
  name: 'Personlig recovery (Brief INSPIRE-O)',
  lead: 'Hvor meget passer hvert udsagn på dig?',
  items: [
    'Jeg føler mig støttet af andre mennesker',
    'Jeg har håb og drømme om fremtiden',
    'Jeg har det godt med mig selv',
    'Jeg gør ting, som betyder noget for mig',
    'Jeg føler, at jeg har kontrol over mit liv',
  ],
  options: [
    { value: 0, label: '1 – Slet ikke' },
    { value: 1, label: '2' },
    { value: 2, label: '3' },
    { value: 3, label: '4' },
    { value: 4, label: '5 – Rigtig meget' },
  ],
}

export const instrumentTexts: Readonly<Record<Instrument, InstrumentText>> = { who5, inspireO }

const highest = (instrument: Instrument) => instrumentTexts[instrument].options.length - 1

const answersOf = (instrument: Instrument) =>
  z.array(z.number().int().min(0).max(highest(instrument))).length(instrumentTexts[instrument].items.length)

/** One sitting: every item of both instruments answered, as option values. */
export const measurementAnswersSchema = z.strictObject({
  who5: answersOf('who5'),
  inspireO: answersOf('inspireO'),
})
export type MeasurementAnswers = z.infer<typeof measurementAnswersSchema>

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0)

/** WHO-5 as the WHO scores it: the raw sum (0-25) times 4, a percentage 0-100. */
export function scoreWho5(answers: readonly number[]): number {
  return sum(answers) * 4
}

/**
 * Brief INSPIRE-O as published: five items 0-4 ("not at all" … "very much"), summed (0-20) and times 5,
 * 0-100. The evaluation numbers the options 1-5; the citizen's "1" is 0 here.
 */
export function scoreInspireO(answers: readonly number[]): number {
  return sum(answers) * 5
}

export function scoreOf(instrument: Instrument, answers: readonly number[]): number {
  return instrument === 'who5' ? scoreWho5(answers) : scoreInspireO(answers)
}

/** WHO-5 at or below this suggests a high risk of depression or stress (seed 001, boks 5.1). */
export const WHO5_HIGH_RISK = 35
/** A change of this many points in WHO-5 counts as meaningful (seed 001). */
export const WHO5_MEANINGFUL_CHANGE = 10
