import { type NetworkPerson, Rings } from '@bordenden/model'
import { useState } from 'react'
import { useLabel } from '../locale.tsx'
import { personTitle } from './AgreementsSection.tsx'
import { NetworkMap } from './NetworkMap.tsx'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'
import { useMediaQuery } from './useMediaQuery.ts'

/**
 * Where the drawing's names come out at the reader's own text size or larger (16 px by default): the
 * drawing fills the column, and at this width the column is about as wide as the drawing's 780 units.
 * A media query's em is the browser's default text size, so the point moves with the reader's setting.
 */
const ROOM_FOR_MAP = '(min-width: 48em)'

/** Mit netværk: the drawing, or the same people as a list by closeness. */
export function NetworkSection(props: { involved: NetworkPerson[]; notInvolved: NetworkPerson[] }) {
  const t = useCitizenTexts()
  const label = useLabel()
  // On a phone the drawing's names get too small to read: the list comes first there. The reader's own
  // choice holds until the screen changes size class (a phone turned, a window made narrow).
  const roomForMap = useMediaQuery(ROOM_FOR_MAP)
  const [choice, setChoice] = useState<{ asList: boolean; roomForMap: boolean } | null>(null)
  const asList = choice !== null && choice.roomForMap === roomForMap ? choice.asList : !roomForMap
  return (
    <Section id="network" title={t('network.title')} className="no-print">
      <p className="intro">{t('network.intro')}</p>
      {props.involved.length === 0 ? (
        <p>{t('network.none')}</p>
      ) : (
        <>
          <button
            type="button"
            className="secondary"
            aria-controls="network-view"
            onClick={() => setChoice({ asList: !asList, roomForMap })}
          >
            {asList ? t('network.showMap') : t('network.showList')}
          </button>
          <div id="network-view">
            {asList ? (
              Rings.map((ring) => {
                const inRing = props.involved.filter((p) => p.ring === ring)
                if (inRing.length === 0) return null
                return (
                  <div key={ring}>
                    <h3>{label('ring', ring)}</h3>
                    <ul className="people-list">
                      {inRing.map((person) => (
                        <li key={person.id}>
                          {personTitle(person)}
                          {person.contributes && <span className="note">{person.contributes}</span>}
                        </li>
                      ))}
                    </ul>
                  </div>
                )
              })
            ) : (
              <NetworkMap people={props.involved} />
            )}
          </div>
        </>
      )}
      {props.notInvolved.length > 0 && (
        <p className="not-involved">
          {t('network.notInvolved')}: {props.notInvolved.map((p) => p.name).join(', ')}
        </p>
      )}
    </Section>
  )
}
