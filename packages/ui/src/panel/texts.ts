import type { Locale } from '@bordenden/model'
import { defineCatalog, translate } from '@bordenden/text'
import { refusalText } from '../errorTexts.ts'
import { useText } from '../locale.tsx'

/**
 * The panel's own words (the model's `label()` covers the ids it stores). Danish first, English second;
 * `satisfies` keeps every entry in both languages.
 */
export const panelTexts = defineCatalog({
  courses: { da: 'Mine forløb', en: 'My courses' },
  followUps: { da: 'Opfølgning', en: 'Follow-ups' },
  meeting: { da: 'Møde', en: 'Meeting' },
  record: { da: 'Referat', en: 'Record' },
  noCourses: { da: 'Du har ingen forløb endnu.', en: 'You have no courses yet.' },
  overdue: { da: 'over fristen', en: 'overdue' },
  dueSoon: { da: 'inden for 7 dage', en: 'due within 7 days' },
  meetingNow: { da: 'Møde i gang', en: 'Meeting in progress' },
  nextMeeting: { da: 'Næste møde', en: 'Next meeting' },
  noMeeting: { da: 'Intet møde planlagt', en: 'No meeting planned' },
  openBoard: { da: 'Åbn tavlen', en: 'Open the board' },
  choose: { da: 'Vælg', en: 'Choose' },
  chosen: { da: 'Valgt', en: 'Chosen' },
  nothingToFollowUp: { da: 'Intet at følge op på lige nu.', en: 'Nothing to follow up right now.' },
  owner: { da: 'Ansvarlig', en: 'Owner' },
  changeStatus: { da: 'Skift status med en note', en: 'Change status with a note' },
  newStatus: { da: 'Ny status', en: 'New status' },
  note: { da: 'Note', en: 'Note' },
  noteNeeded: { da: 'Skriv kort hvad der er ændret eller hvorfor', en: 'Say briefly what changed or why' },
  markDone: { da: 'Markér som udført', en: 'Mark as done' },
  saveStatus: { da: 'Gem status', en: 'Save status' },
  savedAgreement: { da: 'Gemt: {what} · {status}', en: 'Saved: {what} · {status}' },
  undo: { da: 'Fortryd', en: 'Undo' },
  undone: { da: 'Fortrudt: {what} · {status}', en: 'Undone: {what} · {status}' },
  agenda: { da: 'Dagsorden', en: 'Agenda' },
  now: { da: 'Nu', en: 'Now' },
  hasTheFloor: { da: 'Har ordet', en: 'Has the floor' },
  nextUp: { da: 'Derefter', en: 'Next' },
  goals: { da: 'Mål', en: 'Goals' },
  agreements: { da: 'Aftaler', en: 'Agreements' },
  parked: { da: 'Parkeret', en: 'Parked' },
  nobody: { da: 'Ingen endnu', en: 'Nobody yet' },
  parkTopic: { da: 'Parkér emne', en: 'Park topic' },
  topic: { da: 'Emne', en: 'Topic' },
  connecting: { da: 'Forbinder …', en: 'Connecting …' },
  reconnecting: {
    da: 'Forbindelsen er væk; ændringer sendes, når den er tilbage',
    en: 'Offline; changes are sent when back',
  },
  disconnected: { da: 'Ikke forbundet', en: 'Not connected' },
  outdated: { da: 'Ny version: genindlæs udvidelsen', en: 'New version: reload the extension' },
  readOnly: { da: 'Kun læseadgang', en: 'Read only' },
  noRecords: {
    da: 'Der er ikke lavet et referat af et møde endnu.',
    en: 'No meeting record has been made yet.',
  },
  copyJournal: { da: 'Kopiér journaltekst', en: 'Copy journal text' },
  copied: { da: 'Kopieret til udklipsholderen', en: 'Copied to the clipboard' },
  openPrint: { da: 'Åbn udskrift', en: 'Open printable record' },
  version: { da: 'Version', en: 'Version' },
  approved: { da: 'Godkendt af borgeren', en: 'Approved by the citizen' },
  notApproved: { da: 'Ikke godkendt endnu', en: 'Not approved yet' },
  sentTo: { da: 'Sendt {date} til {names}', en: 'Sent {date} to {names}' },
  markSent: { da: 'Markér som sendt', en: 'Mark as sent' },
  whoGotIt: { da: 'Hvem har fået referatet?', en: 'Who has received the record?' },
  sendYourself: {
    da: 'Send selv referatet på kommunens sikre måde (fx sikker mail eller e-Boks). Her noteres, hvem der har fået det.',
    en: 'Send the record yourself the municipality’s secure way (e.g. secure mail). Here you note who received it.',
  },
  chooseRecipients: {
    da: 'Vælg mindst én, der har fået referatet.',
    en: 'Choose at least one who received it.',
  },
  markedSent: { da: 'Markeret som sendt', en: 'Marked as sent' },
  serverUrl: { da: 'Bordenden-adresse (kommunens)', en: 'Bordenden address (the municipality’s)' },
  email: { da: 'E-mail', en: 'Email' },
  password: { da: 'Adgangskode', en: 'Password' },
  signIn: { da: 'Log ind', en: 'Sign in' },
  signOut: { da: 'Log ud', en: 'Sign out' },
  signedInAs: { da: 'Logget ind som', en: 'Signed in as' },
  language: { da: 'Sprog', en: 'Language' },
  capture: { da: 'Tilføj markeret tekst til forløbet', en: 'Add selected text to the course' },
  captureKind: { da: 'Som', en: 'As' },
  kindParked: { da: 'Parkeret emne på mødet', en: 'Parked topic at the meeting' },
  kindTheme: { da: 'Tema til næste møde', en: 'Theme for the next meeting' },
  course: { da: 'Forløb', en: 'Course' },
  selectedText: { da: 'Tekst', en: 'Text' },
  add: { da: 'Tilføj', en: 'Add' },
  cancel: { da: 'Annullér', en: 'Cancel' },
  added: { da: 'Tilføjet', en: 'Added' },
  captureNeedsMeeting: {
    da: 'Forløbet har intet møde, som teksten kan komme på.',
    en: 'The course has no meeting to put the text on.',
  },
  captureNeedsPlannedMeeting: {
    da: 'Forløbet har intet planlagt møde, som temaet kan komme på.',
    en: 'The course has no planned meeting to put the theme on.',
  },
  captureShared: {
    da: 'Teksten kommer på den fælles tavle, som hele netværket ser, og med i referatet. Tag kun det med, der skal deles: ret teksten til her.',
    en: 'The text goes on the shared board, which the whole network sees, and into the record. Keep only what is to be shared: edit the text here.',
  },
  captureShortened: {
    da: 'Den markerede tekst var {length} tegn. Her er de første {kept}; ret den gerne til.',
    en: 'The selected text was {length} characters. Here are the first {kept}; edit it if you like.',
  },
  captureThemeTooLong: {
    da: 'Et tema kan højst være {limit} tegn. Tilføjer du nu, kommer kun de første {limit} med.',
    en: 'A theme can be at most {limit} characters. If you add it now, only the first {limit} go in.',
  },
  captureNotSynced: {
    da: 'Kunne ikke nå forløbet på Bordenden. Teksten er ikke sendt; prøv igen om lidt.',
    en: 'Could not reach the course on Bordenden. The text was not sent; try again shortly.',
  },
  captureRefused: {
    da: 'Bordenden lukkede forbindelsen til forløbet. Teksten er ikke sendt.',
    en: 'Bordenden closed the connection to the course. The text was not sent.',
  },
  unreachable: {
    da: 'Kunne ikke nå Bordenden. Tjek adressen og forbindelsen.',
    en: 'Could not reach Bordenden. Check the address and the connection.',
  },
  serverError: { da: 'Fejl {status} fra Bordenden', en: 'Error {status} from Bordenden' },
  notBordenden: {
    da: 'Adressen svarer, men det er ikke en Bordenden-server. Tjek adressen, eller spørg din IT-afdeling.',
    en: 'The address answers, but it is not a Bordenden server. Check the address, or ask your IT department.',
  },
  serverNotReady: {
    da: 'Bordenden kører, men er ikke klar lige nu. Prøv igen om lidt.',
    en: 'Bordenden is running but not ready just now. Try again shortly.',
  },
  serverUrlManaged: {
    da: 'Adressen er sat af din IT-afdeling.',
    en: 'The address is set by your IT department.',
  },
  invalidAddress: {
    da: 'Adressen er ikke en gyldig webadresse',
    en: 'The address is not a valid web address',
  },
  addressNeedsHttps: { da: 'Adressen skal begynde med https://', en: 'The address must start with https://' },
  hostPermissionRefused: {
    da: 'Udvidelsen fik ikke lov at tale med Bordenden-adressen',
    en: 'The extension was not allowed to talk to the Bordenden address',
  },
  retry: { da: 'Prøv igen', en: 'Try again' },
  chooseCourseFirst: {
    da: 'Vælg først et forløb under Mine forløb.',
    en: 'Choose a course under My courses first.',
  },
  openPanel: { da: 'Åbn sidepanelet', en: 'Open the side panel' },
  panelNotOpened: {
    da: 'Sidepanelet kunne ikke åbnes. Prøv igen, eller åbn det fra Chromes menu for sidepaneler.',
    en: 'The side panel could not be opened. Try again, or open it from Chrome’s side panel menu.',
  },
  popupIntro: {
    da: 'Dine forløb, opfølgning, mødet og referatet ved siden af journalsystemet. Log ind i sidepanelet.',
    en: 'Your courses, follow-ups, the meeting and the record beside the journal system. Sign in in the side panel.',
  },
})

export type PanelTextId = keyof typeof panelTexts

/** Values for a text's `{name}` placeholders. */
export type TextValues = Readonly<Record<string, string | number>>

/** The panel text of `id` in `locale`, with its placeholders filled in. */
export function panelText(id: PanelTextId, locale: Locale = 'da', values: TextValues = {}): string {
  return translate(panelTexts, locale, id, values)
}

/** `t(id, params)` over the panel's texts in the current locale. */
export const usePanelText = () => useText(panelTexts)

/**
 * A failure to be shown as one of the panel's texts, in the reader's language (see `errorText`): any
 * error carrying a `textId`. The extension's service worker throws such errors too, so the type is all
 * it needs from here (no React in the worker).
 */
export interface PanelFailure {
  readonly textId: PanelTextId
  readonly values?: TextValues | undefined
}

function isPanelFailure(error: unknown): error is PanelFailure {
  return (
    typeof error === 'object' &&
    error !== null &&
    'textId' in error &&
    typeof error.textId === 'string' &&
    Object.hasOwn(panelTexts, error.textId)
  )
}

/** What to show for a failure: a panel text in `locale`, any other error as its own message. */
export function errorText(error: unknown, locale: Locale): string {
  if (isPanelFailure(error)) return panelText(error.textId, locale, error.values)
  const refused = refusalText(error, locale)
  if (refused !== null) return refused
  return error instanceof Error ? error.message : String(error)
}
