import {
  type Instrument,
  Instruments,
  instrumentTexts,
  type MeasurementAnswers,
  type MeasurementOccasion,
} from '@bordenden/model'
import { useId, useState } from 'react'
import { useMeasureTexts } from './texts.ts'

export interface QuestionnaireProps {
  occasion: MeasurementOccasion
  /** Sends the answers; a rejection keeps them on screen to send again. */
  onSubmit(answers: MeasurementAnswers): Promise<void>
}

type Draft = Record<Instrument, (number | null)[]>

const emptyDraft = (): Draft => ({
  who5: instrumentTexts.who5.items.map(() => null),
  inspireO: instrumentTexts.inspireO.items.map(() => null),
})

const complete = (values: (number | null)[]): values is number[] => values.every((v) => v !== null)

/**
 * WHO-5 and Brief INSPIRE-O on one page, for a phone: one statement at a time down the page, each option a
 * whole-width button. Nothing to type: only the chosen options are sent.
 */
export function Questionnaire({ occasion, onSubmit }: QuestionnaireProps) {
  const t = useMeasureTexts()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [state, setState] = useState<'answering' | 'sending' | 'failed'>('answering')
  const missing = Instruments.reduce((n, i) => n + draft[i].filter((v) => v === null).length, 0)
  const choose = (instrument: Instrument, item: number, value: number) =>
    setDraft((d) => ({ ...d, [instrument]: d[instrument].map((v, i) => (i === item ? value : v)) }))

  const submit = async () => {
    const { who5, inspireO } = draft
    if (!complete(who5) || !complete(inspireO)) return
    setState('sending')
    try {
      await onSubmit({ who5, inspireO })
    } catch {
      setState('failed')
    }
  }

  return (
    <form
      className="questionnaire"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <p className="questionnaire-due">{t(`due.${occasion}`)}</p>
      <p>{t('why')}</p>
      {Instruments.map((instrument) => (
        <InstrumentPart
          key={instrument}
          instrument={instrument}
          values={draft[instrument]}
          onChoose={(item, value) => choose(instrument, item, value)}
        />
      ))}
      {missing > 0 && <p className="hint">{t('missing', { count: missing })}</p>}
      {state === 'failed' && <p role="alert">{t('failed')}</p>}
      <button type="submit" disabled={missing > 0 || state === 'sending'}>
        {state === 'sending' ? t('sending') : t('send')}
      </button>
    </form>
  )
}

function InstrumentPart(props: {
  instrument: Instrument
  values: (number | null)[]
  onChoose(item: number, value: number): void
}) {
  const text = instrumentTexts[props.instrument]
  const id = useId()
  return (
    <fieldset className="instrument" lang="da">
      <legend>{text.name}</legend>
      <p className="instrument-lead">{text.lead}</p>
      {text.items.map((item, index) => (
        <fieldset key={item} className="instrument-item">
          <legend>{item}</legend>
          {text.options.map((option) => (
            <label key={option.value} className="instrument-option">
              <input
                type="radio"
                name={`${id}-${index}`}
                value={option.value}
                checked={props.values[index] === option.value}
                onChange={() => props.onChoose(index, option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  )
}
