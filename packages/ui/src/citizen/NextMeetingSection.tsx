import { formatDate } from '@bordenden/text'
import { useLocale } from '../locale.tsx'
import { personTitle } from './AgreementsSection.tsx'
import type { NextMeeting } from './citizenView.ts'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'

/** Næste møde: when and where, who is coming, the themes the citizen chose and those she keeps out. */
export function NextMeetingSection({ next, today }: { next: NextMeeting | undefined; today: string }) {
  const t = useCitizenTexts()
  const locale = useLocale()
  if (!next) {
    return (
      <Section id="meeting" title={t('meeting.title')}>
        <p>{t('meeting.none')}</p>
      </Section>
    )
  }
  const { meeting } = next
  const when = [
    formatDate(meeting.date, 'dayWithWeekday', locale, today),
    meeting.startTime && t('meeting.at', { time: meeting.startTime }),
  ]
  return (
    <Section id="meeting" title={t('meeting.title')}>
      {next.now && <p className="now">{t('meeting.now')}</p>}
      <dl className="meeting-facts">
        <dt>{t('meeting.when')}</dt>
        <dd className="first-up">{when.filter(Boolean).join(' ')}</dd>
        <dt>{t('meeting.where')}</dt>
        <dd>{meeting.place || t('meeting.noPlace')}</dd>
      </dl>
      <div className="no-print">
        <h3>{t('meeting.coming')}</h3>
        {next.invited.length === 0 ? (
          <p>{t('meeting.nobodyYet')}</p>
        ) : (
          <ul className="people-list">
            {next.invited.map(({ person, sentWord }) => (
              <li key={person.id}>
                {personTitle(person)}
                {sentWord && <span className="note">{t('meeting.cannotCome')}</span>}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('meeting.themes')}</h3>
        {next.themes.length === 0 ? (
          <p>{t('meeting.noThemes')}</p>
        ) : (
          <ul className="theme-list">
            {next.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        )}
        {/* Her own wish for the meeting, as the table sees it (on screen, like the themes: the print is her plan). */}
        {meeting.frame.topicsNotToDiscuss.length > 0 && (
          <>
            <h3>{t('meeting.notToDiscuss')}</h3>
            <ul className="not-to-discuss">
              {meeting.frame.topicsNotToDiscuss.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Section>
  )
}
