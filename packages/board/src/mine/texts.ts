import { defineCatalog } from '@bordenden/ui'

/** "Mine aftaler", the citizen's suggestions and her evaluation, in the citizen page's language. */
export const betweenMeetingsTexts = defineCatalog({
  title: { da: 'Mine aftaler – fortæl hvordan det går', en: 'My agreements – tell how it is going' },
  loading: { da: 'Henter dine aftaler …', en: 'Fetching your agreements …' },
  failed: {
    da: 'Dine aftaler kunne ikke hentes. Prøv igen senere.',
    en: 'Your agreements could not be fetched. Try again later.',
  },
  none: { da: 'Du har ingen aftaler i dette forløb.', en: 'You have no agreements in this course.' },
  status: { da: 'Status', en: 'Status' },
  newStatus: { da: 'Ny status', en: 'New status' },
  note: {
    da: 'Kort besked (skal udfyldes ved ændret eller opgivet)',
    en: 'Short note (needed for changed or abandoned)',
  },
  send: { da: 'Send', en: 'Send' },
  about: { da: 'Fortæl om: {what}', en: 'Tell about: {what}' },
  noteForChanged: { da: 'Skriv kort, hvad der er ændret.', en: 'Write briefly what has changed.' },
  noteForAbandoned: {
    da: 'Skriv kort, hvorfor aftalen er opgivet.',
    en: 'Write briefly why the agreement was given up.',
  },
  notSaved: { da: 'Det blev ikke gemt. Prøv igen om lidt.', en: 'It was not saved. Try again in a moment.' },
  evaluationTitle: { da: 'Hvordan var mødet?', en: 'How was the meeting?' },
  evaluationIntro: {
    da: 'Dine svar ses kun af din koordinator – ikke af de andre i netværket.',
    en: 'Only your coordinator sees your answers – not the others in the network.',
  },
  evaluationOpen: { da: 'Svar på spørgsmålene om mødet', en: 'Answer the questions about the meeting' },
  evaluationClose: { da: 'Luk', en: 'Close' },
  evaluationLoading: { da: 'Henter …', en: 'Fetching …' },
  evaluationFailed: {
    da: 'Spørgsmålene kunne ikke hentes. Prøv igen senere.',
    en: 'The questions could not be fetched. Try again later.',
  },
  noMeetingYet: { da: 'Der er ikke holdt noget møde endnu.', en: 'No meeting has been held yet.' },
  evaluationNotSaved: {
    da: 'Dine svar blev ikke gemt. Prøv igen om lidt.',
    en: 'Your answers were not saved. Try again in a moment.',
  },
  suggestionsTitle: { da: 'Til næste møde', en: 'For the next meeting' },
  suggestionsIntro: {
    da: 'Skriv, hvad du gerne vil tale om – eller ikke vil tale om. Din koordinator ser det først.',
    en: 'Write what you would like to talk about – or not talk about. Your coordinator sees it first.',
  },
  suggestionKind: { da: 'Hvad vil du skrive?', en: 'What do you want to write?' },
  suggestTheme: { da: 'Noget jeg vil tale om', en: 'Something I want to talk about' },
  suggestNotToDiscuss: { da: 'Noget jeg ikke vil tale om', en: 'Something I do not want to talk about' },
  suggestionText: { da: 'Emnet med dine egne ord', en: 'The topic in your own words' },
  suggestionSend: { da: 'Send til koordinatoren', en: 'Send to the coordinator' },
  suggestionEmpty: { da: 'Skriv emnet først.', en: 'Write the topic first.' },
  suggestionsWaiting: { da: 'Venter på at komme med', en: 'Waiting to be taken up' },
})
