import { defineCatalog, storedLocale, type Translate, translator } from '@bordenden/ui'

/** What the citizen page says before it can show the course, in the language chosen on this device. */
export const citizenPageTexts = defineCatalog({
  loading: { da: 'Henter din plan…', en: 'Fetching your plan…' },
  startupFailed: { da: 'Siden kunne ikke få fat i serveren.', en: 'The page could not reach the server.' },
  retry: { da: 'Prøv igen', en: 'Try again' },
  needsLink: {
    da: 'Åbn siden med det link, du har fået af din koordinator.',
    en: 'Open the page with the link your coordinator gave you.',
  },
  forbidden: {
    da: 'Linket virker ikke længere. Spørg din koordinator om et nyt.',
    en: 'The link no longer works. Ask your coordinator for a new one.',
  },
  notFound: { da: 'Denne adresse fører ikke til en side.', en: 'This address does not lead to a page.' },
  citizen: { da: 'Borgeren', en: 'The citizen' },
})

/** A text of the page's frame in this device's choice, read when shown. */
export const citizenPageText: Translate<typeof citizenPageTexts> = (key, ...params) =>
  translator(citizenPageTexts, storedLocale())(key, ...params)
