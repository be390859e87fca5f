import type { ConnectionStatus } from '@bordenden/client'

/**
 * The board's own UI text, Danish first. tldraw translates its own UI from the self-hosted `da` locale.
 */
export const texts = {
  status: {
    connecting: 'Forbinder…',
    connected: 'Forbundet',
    reconnecting: 'Forbinder igen…',
    disconnected: 'Afbrudt',
    outdated: 'Der er kommet en ny version: genindlæs siden',
  } satisfies Record<ConnectionStatus, string>,
  loadingBoard: 'Henter tavlen…',
  readOnly: 'Kun læsning',
  startupFailed: 'Tavlen kunne ikke hente sin opsætning fra serveren.',
  signInRequired: 'Log ind for at se denne tavle, eller åbn det link, du har fået.',
  forbidden: 'Du har ikke adgang til denne tavle. Linket kan være udløbet eller trukket tilbage.',
  retry: 'Prøv igen',
  notFound: 'Denne adresse fører ikke til en tavle.',
  guestName: 'Gæst',
  nameDialog: {
    title: 'Velkommen til tavlen',
    label: 'Dit navn, som de andre ser det',
    submit: 'Gå til tavlen',
    skip: 'Fortsæt som gæst',
  },
} as const
