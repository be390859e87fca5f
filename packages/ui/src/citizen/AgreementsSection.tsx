import type { Agreement, NetworkPerson } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { formatDue } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import type { OwnerGroup } from './citizenView.ts'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'

/** Hvem gør hvad – og hvornår: the open agreements by who does them, deadlines in words. */
export function AgreementsSection(props: {
  groups: OwnerGroup[]
  doneCount: number
  citizenName: string
  today: string
}) {
  const t = useCitizenTexts()
  return (
    <Section id="agreements" title={t('agreements.title')}>
      <p className="intro">{t('agreements.intro')}</p>
      {props.groups.length === 0 && <p>{t('agreements.none')}</p>}
      {props.groups.map((group) => (
        <div key={group.key} className="owner-group">
          <h3>
            <OwnerName group={group} citizenName={props.citizenName} />
          </h3>
          <ul className="agreement-list">
            {group.agreements.map((agreement) => (
              <AgreementLine key={agreement.id} agreement={agreement} today={props.today} />
            ))}
          </ul>
        </div>
      ))}
      {props.doneCount > 0 && (
        <p className="done-count">✓ {t('agreements.done', { count: props.doneCount })}</p>
      )}
    </Section>
  )
}

function OwnerName({ group, citizenName }: { group: OwnerGroup; citizenName: string }) {
  const t = useCitizenTexts()
  if (group.owner === null) return <>{t('agreements.nobody')}</>
  if (group.owner.kind === 'citizen') return <>{`${t('agreements.you')} (${citizenName})`}</>
  return <>{personTitle(group.person)}</>
}

/** "Lone Madsen, søster": the name and the relation as the citizen would say it. */
export function personTitle(person: NetworkPerson | undefined): string {
  if (!person) return '?'
  return person.role ? `${person.name}, ${person.role.toLocaleLowerCase('da')}` : person.name
}

/** One agreement in plain words: what, by when, and what is special about it now. */
function AgreementLine({ agreement, today }: { agreement: Agreement; today: string }) {
  const t = useCitizenTexts()
  const locale = useLocale()
  // A minor note is left off the paper copy, which has room for what matters on the fridge door.
  const notes: { text: string; minor?: boolean }[] = []
  if (agreement.status === 'delayed') notes.push({ text: t('agreements.delayed') })
  if (agreement.status === 'inProgress') notes.push({ text: t('agreements.inProgress'), minor: true })
  if (agreement.status === 'changed') {
    const why = agreement.history.at(-1)?.note
    notes.push({ text: why ? `${t('agreements.changed')}: ${why}` : t('agreements.changed'), minor: true })
  }
  const answerBy = agreement.needsManagerDecision ? agreement.managerAnswerBy : null
  if (answerBy) {
    // The date, not "i morgen": this note is printed too.
    const day = formatDate(answerBy, 'dayWithWeekday', locale, today)
    notes.push({
      text:
        answerBy < today
          ? t('agreements.managerAnswerLate', { day })
          : t('agreements.managerAnswer', { day }),
    })
  }
  const late = agreement.dueDate !== null && agreement.dueDate < today
  return (
    <li data-agreement={agreement.id}>
      <span className="what">{agreement.what || '…'}</span>
      {agreement.dueDate ? (
        <span className={late ? 'due late' : 'due'}>
          {/* "i morgen" is true on the screen today; the sheet on the fridge door says the date. */}
          <span className="due-words">{formatDue(agreement.dueDate, today, locale)}</span>
          <span className="due-date">
            {t('agreements.by', { day: formatDate(agreement.dueDate, 'dayWithWeekday', locale, today) })}
          </span>
        </span>
      ) : (
        <span className="due">{t('agreements.noDate')}</span>
      )}
      {notes.map((note) => (
        <span key={note.text} className={note.minor ? 'note minor' : 'note'}>
          {note.text}
        </span>
      ))}
    </li>
  )
}
