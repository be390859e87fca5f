/** What the citizen page says before it can show the course (Danish; the page itself has English too). */
export const citizenPageTexts = {
  loading: 'Henter din plan…',
  startupFailed: 'Siden kunne ikke få fat i serveren.',
  retry: 'Prøv igen',
  needsLink: 'Åbn siden med det link, du har fået af din koordinator.',
  forbidden: 'Linket virker ikke længere. Spørg din koordinator om et nyt.',
  notFound: 'Denne adresse fører ikke til en side.',
  citizen: 'Borgeren',
} as const
