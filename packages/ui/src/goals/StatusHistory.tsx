import { type Actor, type Agreement, describeActor, label } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useLocale } from '../locale.tsx'
import { useWords, type WordId } from '../words.ts'

const roleWords: Readonly<Record<string, WordId>> = {
  coordinator: 'byCoordinator',
  // A coordinator signed in through the extension or the server writes as `user:…`.
  user: 'byCoordinator',
  participant: 'byParticipant',
  citizen: 'byCitizen',
}

/** Who made a change, as well as the document knows: the name they gave, and in which role. */
function useActorName(): (actor: Actor) => string | null {
  const w = useWords()
  return (actor) => {
    const { role, name } = describeActor(actor)
    const roleWord = role && roleWords[role] ? w(roleWords[role]) : null
    if (name && roleWord) return `${name} (${roleWord.toLowerCase()})`
    return name ?? roleWord
  }
}

/** Every status an agreement has had: when, who, from what to what, and the note that came with it. */
export function StatusHistory({ agreement }: { agreement: Agreement }) {
  const locale = useLocale()
  const w = useWords()
  const nameOf = useActorName()
  return (
    <section className="bd-history" aria-label={w('statusHistory')}>
      <h4>{w('statusHistory')}</h4>
      <ol>
        {agreement.history.map((change, index) => {
          const who = nameOf(change.by)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history is only ever appended to
            <li key={index}>
              <span className="bd-muted">
                <time dateTime={new Date(change.at).toISOString()}>
                  {formatDate(change.at, 'dateTime', locale)}
                </time>
                {who && ` · ${who}`}
              </span>
              <br />
              {change.from && `${label('agreementStatus', change.from, locale)} → `}
              <strong>{label('agreementStatus', change.to, locale)}</strong>
              {change.note && <>: “{change.note}”</>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
