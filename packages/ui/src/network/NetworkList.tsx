import { label, Sectors } from '@bordenden/model'
import { useCourseSession } from '../live/CourseSession.tsx'
import { peopleOf } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/** The network by sector: who they are, how close, what they contribute, consent and exclusion. */
export function NetworkList({ onEdit }: { onEdit?: (personId: string) => void }) {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const people = useCourseQuery(course, peopleOf)
  return (
    <section className="bd-network" aria-label={w('network')}>
      {Sectors.map((sector) => {
        const inSector = people.filter((p) => p.sector === sector)
        if (inSector.length === 0) return null
        return (
          <section key={sector} aria-label={label('sector', sector, locale)}>
            <h3>{label('sector', sector, locale)}</h3>
            <ul>
              {inSector.map((p) => (
                <li
                  key={p.id}
                  className="bd-person"
                  data-person-id={p.id}
                  data-excluded={p.excludedByCitizen}
                >
                  <strong>{p.name}</strong>
                  {p.role && ` – ${p.role}`}
                  {p.organisation && `, ${p.organisation}`}
                  <br />
                  <span className="bd-muted">
                    {label('ring', p.ring, locale)} · {label('consent', p.consent.status, locale)}
                  </span>
                  {p.excludedByCitizen && <p className="bd-missing">{w('excluded')}</p>}
                  {p.contributes && <p className="bd-muted">{p.contributes}</p>}
                  {onEdit && (
                    <button type="button" className="bd-link" onClick={() => onEdit(p.id)}>
                      {w('edit')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
