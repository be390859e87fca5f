import { type DialoguePhase, label } from '@bordenden/model'
import { useLocale } from '../locale.tsx'

/**
 * After the name of who comes next: what they will do, when the floor leaves the round ("Borgeren
 * svarer", "Aftaler"). Within the round the name says it all.
 */
export function NextHint({ phase }: { phase: DialoguePhase }) {
  const locale = useLocale()
  if (phase === 'participantRound') return null
  return <span className="bd-muted"> ({label('dialoguePhase', phase, locale).toLowerCase()})</span>
}
