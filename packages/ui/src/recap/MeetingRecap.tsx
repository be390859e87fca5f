import { meetingRecap } from '@bordenden/model'
import { AgreementCard } from '../goals/AgreementCard.tsx'
import { useCourseSession } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/** "Hvem gør hvad – og hvornår": the meeting's agreements by owner, the citizen first. */
export function MeetingRecap({ meetingId }: { meetingId: string }) {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const groups = useCourseQuery(course, meetingRecap, meetingId, locale)
  return (
    <section className="bd-recap" aria-label={w('recap')}>
      <h2>{w('recap')}</h2>
      {groups.length === 0 && <p>{w('noAgreements')}</p>}
      {groups.map((group) => (
        <section key={group.owner ? JSON.stringify(group.owner) : 'nobody'} aria-label={group.name}>
          <h3>{group.name}</h3>
          <ul className="bd-cards">
            {group.agreements.map((a) => (
              <li key={a.id}>
                <AgreementCard agreement={a} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
