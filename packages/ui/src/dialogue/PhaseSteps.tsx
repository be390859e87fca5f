import { type DialoguePhase, DialoguePhases, label } from '@bordenden/model'
import { useLocale } from '../locale.tsx'

/** The four steps of the dialogue process, the current one marked. */
export function PhaseSteps({ phase }: { phase: DialoguePhase }) {
  const locale = useLocale()
  return (
    <ol className="bd-phases">
      {DialoguePhases.map((step) => (
        <li key={step} aria-current={step === phase ? 'step' : undefined}>
          {label('dialoguePhase', step, locale)}
        </li>
      ))}
    </ol>
  )
}
