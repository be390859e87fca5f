import type { Locale } from '@bordenden/model'

/** "Mine aftaler" and the citizen's evaluation in Danish, and in English when the citizen page is read so. */
const texts = {
  da: {
    title: 'Mine aftaler – fortæl hvordan det går',
    loading: 'Henter dine aftaler …',
    failed: 'Dine aftaler kunne ikke hentes. Prøv igen senere.',
    none: 'Du har ingen aftaler i dette forløb.',
    status: 'Status',
    newStatus: 'Ny status',
    note: 'Kort besked (skal udfyldes ved ændret eller opgivet)',
    send: 'Send',
    about: (what: string) => `Fortæl om: ${what}`,
    noteForChanged: 'Skriv kort, hvad der er ændret.',
    noteForAbandoned: 'Skriv kort, hvorfor aftalen er opgivet.',
    notSaved: 'Det blev ikke gemt. Prøv igen om lidt.',
    evaluationTitle: 'Hvordan var mødet?',
    evaluationIntro: 'Dine svar ses kun af din koordinator – ikke af de andre i netværket.',
    evaluationOpen: 'Svar på spørgsmålene om mødet',
    evaluationClose: 'Luk',
    evaluationLoading: 'Henter …',
    evaluationFailed: 'Spørgsmålene kunne ikke hentes. Prøv igen senere.',
    noMeetingYet: 'Der er ikke holdt noget møde endnu.',
    evaluationNotSaved: 'Dine svar blev ikke gemt. Prøv igen om lidt.',
  },
  en: {
    title: 'My agreements – tell how it is going',
    loading: 'Fetching your agreements …',
    failed: 'Your agreements could not be fetched. Try again later.',
    none: 'You have no agreements in this course.',
    status: 'Status',
    newStatus: 'New status',
    note: 'Short note (needed for changed or abandoned)',
    send: 'Send',
    about: (what: string) => `Tell about: ${what}`,
    noteForChanged: 'Write briefly what has changed.',
    noteForAbandoned: 'Write briefly why the agreement was given up.',
    notSaved: 'It was not saved. Try again in a moment.',
    evaluationTitle: 'How was the meeting?',
    evaluationIntro: 'Only your coordinator sees your answers – not the others in the network.',
    evaluationOpen: 'Answer the questions about the meeting',
    evaluationClose: 'Close',
    evaluationLoading: 'Fetching …',
    evaluationFailed: 'The questions could not be fetched. Try again later.',
    noMeetingYet: 'No meeting has been held yet.',
    evaluationNotSaved: 'Your answers were not saved. Try again in a moment.',
  },
} satisfies Record<Locale, Record<string, string | ((what: string) => string)>>

export type BetweenMeetingsTexts = (typeof texts)['da']
export const betweenMeetingsTexts = (locale: Locale): BetweenMeetingsTexts => texts[locale]
