const longFormat = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const dayMonthFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long' })
const dayMonthYearFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

// A calendar date at noon, so no time zone moves it to the day before or after.
const atNoon = (iso: string) => new Date(`${iso}T12:00:00`)

/** `2026-12-04` → "fredag 4. december 2026". */
export const danishDate = (iso: string) => longFormat.format(atNoon(iso))

/**
 * `2026-12-04` → "4. december", with the year only when it is not the year of `reference` (the
 * meeting's date), e.g. "8. januar 2027".
 */
export const shortDanishDate = (iso: string, reference: string) =>
  (iso.slice(0, 4) === reference.slice(0, 4) ? dayMonthFormat : dayMonthYearFormat).format(atNoon(iso))
