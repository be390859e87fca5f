import type { Locale } from '@bordenden/model'
import { useLocale } from './locale.tsx'

/**
 * The meeting boards' own text (the model's `label()` covers the ids it stores), Danish first.
 */
const words = {
  agenda: { da: 'Dagsorden', en: 'Agenda' },
  noMeeting: {
    da: 'Der er ikke planlagt noget netværksmøde endnu.',
    en: 'No network meeting is planned yet.',
  },
  now: { da: 'Nu', en: 'Now' },
  startMeeting: { da: 'Start mødet', en: 'Start the meeting' },
  closeMeeting: { da: 'Afslut mødet', en: 'End the meeting' },
  nextItem: { da: 'Næste punkt', en: 'Next item' },
  goToItem: { da: 'Gå til', en: 'Go to' },
  minutes: { da: 'min.', en: 'min' },
  onItem: { da: 'Tid på punktet', en: 'Time on this item' },
  attendance: { da: 'Fremmøde', en: 'Attendance' },
  overallGoal: { da: 'Borgerens mål for mødet', en: "The citizen's goal for the meeting" },
  theFloor: { da: 'Ordet har', en: 'Has the floor' },
  nextInQueue: { da: 'Næste', en: 'Next' },
  queue: { da: 'Talerække', en: 'Queue' },
  queueEmpty: { da: 'Ingen flere i talerækken', en: 'Nobody else is waiting' },
  together: { da: 'Alle sammen', en: 'Everyone together' },
  elapsed: { da: 'Tid', en: 'Time' },
  dialogue: { da: 'Dialogprocessen', en: 'The dialogue process' },
  notStarted: {
    da: 'Dialogen om temaet er ikke startet.',
    en: 'The dialogue on this theme has not started.',
  },
  notATheme: {
    da: 'Dialogprocessen bruges ved borgerens temaer.',
    en: "The dialogue process is used for the citizen's themes.",
  },
  startDialogue: { da: 'Start dialogen', en: 'Start the dialogue' },
  nextSpeaker: { da: 'Giv ordet videre', en: 'Next speaker' },
  citizenResponds: { da: 'Borgeren svarer nu', en: 'The citizen responds now' },
  toAgreements: { da: 'Videre til aftaler', en: 'On to agreements' },
  addToQueue: { da: 'Sæt i talerækken', en: 'Add to the queue' },
  goals: { da: 'Mål og aftaler', en: 'Goals and agreements' },
  noGoal: { da: 'Aftaler uden mål', en: 'Agreements without a goal' },
  noGoals: { da: 'Ingen mål endnu.', en: 'No goals yet.' },
  noAgreements: { da: 'Ingen aftaler endnu.', en: 'No agreements yet.' },
  missing: { da: 'Mangler', en: 'Missing' },
  edit: { da: 'Ret', en: 'Edit' },
  network: { da: 'Netværket', en: 'The network' },
  excluded: { da: 'Borgeren ønsker ikke at inddrage', en: 'The citizen does not want them involved' },
  newPerson: { da: 'Ny person i netværket', en: 'New person in the network' },
  editPerson: { da: 'Ret person', en: 'Edit person' },
  newGoal: { da: 'Nyt mål', en: 'New goal' },
  editGoal: { da: 'Ret mål', en: 'Edit goal' },
  newAgreement: { da: 'Ny aftale', en: 'New agreement' },
  editAgreement: { da: 'Ret aftale', en: 'Edit agreement' },
  parking: { da: 'Parkerede emner', en: 'Parking lot' },
  parkTopic: { da: 'Parkér et emne', en: 'Park a topic' },
  noParked: { da: 'Ingen parkerede emner.', en: 'No parked topics.' },
  save: { da: 'Gem', en: 'Save' },
  notSaved: { da: 'Ikke gemt – ret og prøv igen:', en: 'Not saved – correct and try again:' },
  add: { da: 'Tilføj', en: 'Add' },
  cancel: { da: 'Annullér', en: 'Cancel' },
  name: { da: 'Navn', en: 'Name' },
  role: { da: 'Relation eller rolle', en: 'Relation or role' },
  organisation: { da: 'Organisation', en: 'Organisation' },
  sector: { da: 'Sektor', en: 'Sector' },
  ring: { da: 'Hvor tæt på', en: 'How close' },
  phone: { da: 'Telefon', en: 'Phone' },
  email: { da: 'E-mail', en: 'E-mail' },
  contributes: { da: 'Hvad bidrager personen med', en: 'What they contribute' },
  consent: { da: 'Samtykke til deling af oplysninger', en: 'Consent to share information' },
  consentDate: { da: 'Dato for samtykke', en: 'Date of consent' },
  consentNote: { da: 'Note om samtykket', en: 'Note on the consent' },
  goalText: { da: 'Målet med borgerens egne ord', en: "The goal in the citizen's own words" },
  lifeArea: { da: 'Livsområde', en: 'Life area' },
  status: { da: 'Status', en: 'Status' },
  what: { da: 'Hvad er aftalt', en: 'What is agreed' },
  owner: { da: 'Hvem gør det', en: 'Who does it' },
  due: { da: 'Hvornår', en: 'By when' },
  goal: { da: 'Mål', en: 'Goal' },
  noOwner: { da: '(ingen endnu)', en: '(nobody yet)' },
  none: { da: '(intet)', en: '(none)' },
  followUpWho: { da: 'Opfølgning: hvem', en: 'Follow-up: who' },
  followUpWhen: { da: 'Opfølgning: hvornår', en: 'Follow-up: when' },
  followUpHow: { da: 'Opfølgning: hvordan', en: 'Follow-up: how' },
  managerDecision: { da: 'Kræver en leders beslutning', en: "Needs a manager's decision" },
  managerAnswerBy: { da: 'Svar fra leder senest', en: "Manager's answer by" },
  statusNote: { da: 'Note til statusændringen', en: 'Note on the status change' },
  topic: { da: 'Emne', en: 'Topic' },
  raisedBy: { da: 'Rejst af', en: 'Raised by' },
  recap: { da: 'Hvem gør hvad – og hvornår', en: 'Who does what – and when' },
  noDue: { da: 'uden dato', en: 'no date' },
  meetingMode: { da: 'Mødevisning', en: 'Meeting view' },
  leaveMeetingMode: { da: 'Tilbage til tavlen', en: 'Back to the board' },
  follow: { da: 'Opfølgning', en: 'Follow-up' },
  newMeeting: { da: 'Planlæg et netværksmøde', en: 'Plan a network meeting' },
  editMeeting: { da: 'Ret mødet', en: 'Edit the meeting' },
  meetingTitle: { da: 'Mødets navn', en: 'Name of the meeting' },
  meetingDate: { da: 'Dato', en: 'Date' },
  startTime: { da: 'Klokkeslæt (TT:MM)', en: 'Time (HH:MM)' },
  place: { da: 'Sted', en: 'Place' },
  themes: { da: 'Borgerens temaer (et pr. linje)', en: "The citizen's themes (one per line)" },
  sensitiveTopics: {
    da: 'Emner der skal tages varsomt (et pr. linje)',
    en: 'Topics to handle with care (one per line)',
  },
  topicsNotToDiscuss: {
    da: 'Emner borgeren ikke ønsker drøftet (et pr. linje)',
    en: 'Topics the citizen does not want discussed (one per line)',
  },
  notToDiscuss: { da: 'Borgeren ønsker ikke at drøfte', en: 'The citizen does not want to discuss' },
  handleWithCare: { da: 'Tages varsomt', en: 'Handle with care' },
  invitees: { da: 'Inviterede', en: 'Invited' },
  chosenByCitizen: { da: 'Valgt af borgeren', en: 'Chosen by the citizen' },
  prepare: { da: 'Forberedelse', en: 'Preparation' },
  markHandled: { da: 'Taget op', en: 'Handled' },
} as const

export type WordId = keyof typeof words

export function word(id: WordId, locale: Locale): string {
  return words[id][locale]
}

/** `w('nextItem')` → "Næste punkt" in the current locale. */
export function useWords(): (id: WordId) => string {
  const locale = useLocale()
  return (id) => words[id][locale]
}
