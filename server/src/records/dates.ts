import { formatDate } from '@bordenden/text'

// The record's and the e-mails' dates in the product's one style per purpose (packages/text): the
// server writes them in Danish, the record's language.

/** `2026-12-04` → "fredag den 4. december 2026". */
export const danishDate = (iso: string) => formatDate(iso, 'dayWithWeekday', 'da')

/**
 * `2026-12-04` → "4. december", with the year only when it is not the year of `reference` (the
 * meeting's date), e.g. "8. januar 2027".
 */
export const shortDanishDate = (iso: string, reference: string) => formatDate(iso, 'day', 'da', reference)
