import type { CourseDoc, Locale } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { type ReactNode, useEffect, useId } from 'react'
import { LanguageSwitch } from '../LanguageSwitch.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { LocaleProvider } from '../locale.tsx'
import { AgreementsSection } from './AgreementsSection.tsx'
import {
  citizenGoals,
  citizenNetwork,
  doneAgreementCount,
  nextMeeting,
  openAgreementsByOwner,
} from './citizenView.ts'
import { GoalsSection } from './GoalsSection.tsx'
import { NetworkSection } from './NetworkSection.tsx'
import { NextMeetingSection } from './NextMeetingSection.tsx'
import { type RecordActions, RecordSection, type RecordState } from './RecordSection.tsx'
import { useCitizenTexts } from './texts.ts'
import { useToday } from './useToday.ts'

/** How the page's live connection is doing, in the words the citizen sees. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'outdated'

export interface CitizenPageProps {
  course: CourseDoc
  locale: Locale
  onLocaleChange(locale: Locale): void
  live: LiveStatus
  /**
   * The citizen reads the page through their own link. Anyone else (the coordinator checking what the
   * citizen sees) is not addressed as the citizen and cannot show themselves in the citizen's name.
   */
  asCitizen: boolean
  /** Whether the others see that the citizen is looking; off unless the citizen turns it on. */
  visible: boolean
  onVisibleChange(visible: boolean): void
  record: RecordState
  recordActions: RecordActions
  /** Sections the app adds after the others, with their own data (the outcome questionnaires). */
  children?: ReactNode
}

/**
 * The citizen's own page: their goals, who does what by when, their network, the next meeting and the
 * latest record, live from the course document. Printed, it is one A4 sheet for the fridge door.
 */
export function CitizenPage(props: CitizenPageProps) {
  return (
    <LocaleProvider locale={props.locale}>
      <CitizenPageBody {...props} />
    </LocaleProvider>
  )
}

function CitizenPageBody(props: CitizenPageProps) {
  const t = useCitizenTexts()
  const { course, locale, asCitizen } = props
  // Re-rendered, and the network listed again, when the course's content changes (not on canvas moves).
  const network = useCourseQuery(course, citizenNetwork)
  const today = useToday()
  const meta = course.readMeta()
  const citizenName = meta?.citizenName ?? ''
  const presenceId = useId()
  useEffect(() => {
    document.title = t('documentTitle')
  }, [t])
  return (
    <div className="citizen-page" lang={locale}>
      <header className="citizen-header">
        <div className="title">
          <h1>{t('pageTitle')}</h1>
          <p className="citizen-name">{citizenName}</p>
        </div>
        <div className="controls no-print">
          <LanguageSwitch className="secondary" locale={locale} onChange={props.onLocaleChange} />
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <div className="live-bar no-print">
        <p role="status" className="live" data-status={props.live}>
          {t(`live.${props.live}`)}
        </p>
        {asCitizen ? (
          <div className="presence">
            <input
              id={presenceId}
              type="checkbox"
              checked={props.visible}
              onChange={(event) => props.onVisibleChange(event.target.checked)}
            />
            <label htmlFor={presenceId}>{t('presence.label')}</label>
            <p className="hint">{props.visible ? t('presence.shown') : t('presence.hidden')}</p>
          </div>
        ) : (
          <p className="others-view">{t('othersView', { name: citizenName || t('theCitizen') })}</p>
        )}
      </div>
      <nav aria-label={t('contents')} className="no-print">
        <ul className="contents">
          {(['goals', 'agreements', 'network', 'meeting', 'record'] as const).map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{sectionTitle(t, id)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <GoalsSection goals={citizenGoals(course)} />
        <AgreementsSection
          groups={openAgreementsByOwner(course)}
          doneCount={doneAgreementCount(course)}
          citizenName={citizenName}
          today={today}
        />
        <NetworkSection {...network} />
        <NextMeetingSection next={nextMeeting(course, today)} today={today} />
        <RecordSection
          state={props.record}
          actions={props.recordActions}
          reader={{ asCitizen, citizenName, today }}
        />
        {props.children}
      </main>
      <footer className="coordinator">
        {meta?.coordinator && (
          <p>
            <strong>{t('coordinator.title')}:</strong> {meta.coordinator.name}.{' '}
            {meta.coordinator.phone && (
              <>
                {t('coordinator.call')}{' '}
                <a href={`tel:${meta.coordinator.phone.replace(/\s+/g, '')}`} className="phone">
                  {meta.coordinator.phone}
                </a>
              </>
            )}
          </p>
        )}
        <p className="print-only">
          {t('fridge.updated', { date: formatDate(today, 'dayWithWeekday', locale, today) })}
        </p>
      </footer>
    </div>
  )
}

type SectionId = 'goals' | 'agreements' | 'network' | 'meeting' | 'record'

function sectionTitle(t: ReturnType<typeof useCitizenTexts>, id: SectionId): string {
  return t(`${id}.title`)
}
