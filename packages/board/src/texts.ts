import { defineCatalog, useText } from '@bordenden/ui'

/** The board's own UI text (every ConnectionStatus is a key: ConnectionBadge looks them up by status). tldraw translates its own UI from the self-hosted locales (see identity.ts). */
export const boardTexts = defineCatalog({
  connecting: { da: 'Forbinder…', en: 'Connecting…' },
  connected: { da: 'Forbundet', en: 'Connected' },
  reconnecting: { da: 'Forbinder igen…', en: 'Reconnecting…' },
  disconnected: { da: 'Afbrudt', en: 'Disconnected' },
  outdated: {
    da: 'Der er kommet en ny version: genindlæs siden',
    en: 'There is a new version: reload the page',
  },
  loadingBoard: { da: 'Henter tavlen…', en: 'Loading the board…' },
  readOnly: { da: 'Kun læsning', en: 'Read only' },
  startupFailed: {
    da: 'Tavlen kunne ikke hente sin opsætning fra serveren.',
    en: 'The board could not load its set-up from the server.',
  },
  signInRequired: {
    da: 'Log ind for at se denne tavle, eller åbn det link, du har fået.',
    en: 'Sign in to see this board, or open the link you were given.',
  },
  forbidden: {
    da: 'Du har ikke adgang til denne tavle. Linket kan være udløbet eller trukket tilbage.',
    en: 'You have no access to this board. The link may have expired or been withdrawn.',
  },
  retry: { da: 'Prøv igen', en: 'Try again' },
  notFound: { da: 'Denne adresse fører ikke til en tavle.', en: 'This address does not lead to a board.' },
  guestName: { da: 'Gæst', en: 'Guest' },
  nameDialogTitle: { da: 'Velkommen til tavlen', en: 'Welcome to the board' },
  nameDialogLabel: { da: 'Dit navn, som de andre ser det', en: 'Your name, as the others see it' },
  nameDialogSubmit: { da: 'Gå til tavlen', en: 'Go to the board' },
  nameDialogSkip: { da: 'Fortsæt som gæst', en: 'Go on as a guest' },
  // The board's own frame: its side panel, meeting view and shortcut help.
  excludedShort: { da: 'Ikke inddrages', en: 'Not involved' },
  sidePanel: { da: 'Sidepanel', en: 'Side panel' },
  boards: { da: 'Tavler', en: 'Boards' },
  leaveMeetingMode: { da: 'Tilbage til tavlen', en: 'Back to the board' },
  prepare: { da: 'Forberedelse', en: 'Preparation' },
  shortcuts: { da: 'Genveje', en: 'Shortcuts' },
  shortcutHelp: { da: 'Tastaturgenveje for mødelederen', en: "The facilitator's keyboard shortcuts" },
  shortcutLeave: {
    da: 'Tilbage til tavlen fra mødevisningen',
    en: 'Back to the board from the meeting view',
  },
  close: { da: 'Luk', en: 'Close' },
})

export const useBoardText = () => useText(boardTexts)
