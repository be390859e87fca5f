import type { TimelineEventKind } from '@bordenden/model'
import { defineCatalog } from '@bordenden/text'
import { useText } from '../locale.tsx'

/** The course views' own words (the model's `label()` covers the ids it stores). */
export const courseTexts = defineCatalog({
  progress: { da: 'Forløbet', en: 'The course' },
  phases: { da: 'Faserne', en: 'The phases' },
  phaseNumber: { da: 'Fase', en: 'Phase' },
  now: { da: 'nu', en: 'now' },
  pausedIn: {
    da: 'Forløbet er sat på pause. Det fortsætter i fasen:',
    en: 'The course is paused. It goes on in:',
  },
  forMeeting: { da: 'For mødet', en: 'For the meeting' },
  checklistMeeting: {
    da: 'Tjeklisterne for netværksmøder gælder mødet',
    en: 'The network meeting checklists are for the meeting',
  },
  otherChecklists: { da: 'Tjeklister for de andre faser', en: 'Checklists for the other phases' },
  doneOf: { da: 'af', en: 'of' },
  done: { da: 'klaret', en: 'done' },
  timeline: { da: 'Forløbet indtil nu', en: 'The course so far' },
  noEvents: { da: 'Der er ikke sket noget endnu.', en: 'Nothing has happened yet.' },
  closeCourse: { da: 'Afslut forløbet', en: 'Close the course' },
  closingIntro: {
    da: 'Skriv de indsatser, borgeren selv holder styr på fremover, og hvem borgeren kan ringe til, hvis det bliver svært.',
    en: 'List the services the citizen looks after alone from now on, and whom the citizen can call if things get hard.',
  },
  services: { da: 'Indsatser, borgeren selv koordinerer', en: 'Services the citizen coordinates alone' },
  service: { da: 'Indsats', en: 'Service' },
  serviceWhat: { da: 'Hvad', en: 'What' },
  serviceProvider: { da: 'Hvem giver den', en: 'Who provides it' },
  serviceContact: { da: 'Sådan kontaktes de', en: 'How to reach them' },
  addService: { da: 'Tilføj en indsats', en: 'Add a service' },
  removeService: { da: 'Fjern', en: 'Remove' },
  lifeline: { da: 'Livline', en: 'Lifeline' },
  lifelineName: { da: 'Navn på livlinen', en: "The lifeline's name" },
  lifelineContact: { da: 'Telefon eller anden kontakt', en: 'Phone or other contact' },
  lifelinePerson: { da: 'Fra netværket (valgfrit)', en: 'From the network (optional)' },
  nobodyChosen: { da: 'Ingen valgt', en: 'None chosen' },
  closingNote: { da: 'Beslutningen med borgerens ord', en: "The decision in the citizen's words" },
  closingReason: { da: 'Hvorfor slutter forløbet?', en: 'Why does the course end?' },
  closingReasonText: {
    da: 'Skriv kort hvorfor (ingen helbredsoplysninger)',
    en: 'Say briefly why (no health details)',
  },
  needsReason: { da: 'Vælg hvorfor forløbet slutter.', en: 'Choose why the course ends.' },
  needsReasonText: { da: 'Skriv kort hvorfor forløbet slutter.', en: 'Say briefly why the course ends.' },
  needsLifeline: {
    da: 'Skriv navnet på borgerens livline.',
    en: "Write the name of the citizen's lifeline.",
  },
  needsWhat: {
    da: 'Skriv hvad indsatsen er, eller fjern den.',
    en: 'Say what the service is, or remove it.',
  },
  duplicateService: { da: 'Indsatsen står der allerede.', en: 'The service is listed already.' },
  guideTitle: { da: 'Hvordan var mødet for dig?', en: 'How was the meeting for you?' },
  guideIntro: {
    da: 'Svarene er dine. De bliver ikke vist for de andre deltagere.',
    en: 'The answers are yours. The other participants do not see them.',
  },
  scalesTitle: { da: 'Giv mødet point fra 1 til 10', en: 'Score the meeting from 1 to 10' },
  comment: { da: 'Vil du sige mere om mødet?', en: 'Anything else about the meeting?' },
  missingAnswers: {
    da: 'Svar på alle spørgsmål først. Mangler:',
    en: 'Answer every question first. Missing:',
  },
  save: { da: 'Gem', en: 'Save' },
  saving: { da: 'Gemmer …', en: 'Saving …' },
  saved: { da: 'Gemt.', en: 'Saved.' },
})

/**
 * The follow-up groups and the lines under an agreement, as both follow-up lists say them (the web's and the
 * extension's side panel, whose bundle has a size budget: it carries only these).
 */
export const followUpTexts = defineCatalog({
  overdue: { da: 'Over fristen', en: 'Overdue' },
  dueSoon: { da: 'Inden for 7 dage', en: 'Within 7 days' },
  awaitingManager: { da: 'Venter på en leders beslutning', en: "Waiting for a manager's decision" },
  followUpsDue: { da: 'Tid til at følge op', en: 'Time to follow up' },
  changedSinceLastMeeting: { da: 'Ændret siden sidste møde', en: 'Changed since the last meeting' },
  changedSinceSeen: { da: 'Ændret siden du sidst kiggede', en: 'Changed since you last looked' },
  answerBy: { da: 'Lederens svar senest', en: "The manager's answer by" },
  followUpBy: { da: 'Opfølgning', en: 'Follow-up' },
})

/** The web follow-up list's own words (its live state, its empty groups, "seen"). */
export const followUpListTexts = defineCatalog({
  followUps: { da: 'Opfølgning', en: 'Follow-up' },
  live: { da: 'Opdateres af sig selv', en: 'Updates by itself' },
  offline: {
    da: 'Ikke forbundet – viser det seneste, vi fik',
    en: 'Not connected – showing the latest we got',
  },
  statusChanged: { da: 'Status ændret', en: 'Status changed' },
  note: { da: 'Note', en: 'Note' },
  nothing: { da: 'Ingen', en: 'None' },
  nothingToFollowUp: { da: 'Der er ikke noget at følge op på lige nu.', en: 'Nothing to follow up on now.' },
  noOwner: { da: 'Ingen ansvarlig endnu', en: 'Nobody responsible yet' },
  markSeen: { da: 'Jeg har set ændringerne', en: 'I have seen the changes' },
  alsoIn: { da: 'Hører også til', en: 'Also belongs to' },
  loadFailed: { da: 'Kunne ikke hente listen.', en: 'Could not load the list.' },
})

export const timelineTexts = defineCatalog({
  courseCreated: { da: 'Forløbet blev oprettet', en: 'The course was created' },
  phaseChanged: { da: 'Ny fase', en: 'New phase' },
  courseClosed: { da: 'Forløbet blev afsluttet', en: 'The course was closed' },
  courseReopened: { da: 'Forløbet blev genåbnet', en: 'The course was reopened' },
  meeting: { da: 'Netværksmøde', en: 'Network meeting' },
  recordFrozen: { da: 'Aftalereferat lavet', en: 'Agreement record made' },
  recordApproved: { da: 'Borgeren godkendte referatet', en: 'The citizen approved the record' },
  recordSent: { da: 'Referatet blev sendt', en: 'The record was sent' },
}) satisfies Record<TimelineEventKind, unknown>

export type CourseTextId = keyof typeof courseTexts

/** `t('save')` in the current locale. */
export const useCourseTexts = () => useText(courseTexts)
export const useFollowUpTexts = () => useText(followUpTexts)
export const useFollowUpListTexts = () => useText(followUpListTexts)
