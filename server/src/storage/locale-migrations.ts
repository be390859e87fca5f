/** One language choice per person (issue 17): the same column in SQLite and PostgreSQL, null until chosen. */
export const userLocaleStep = {
  description: 'the language each person chose',
  sql: "ALTER TABLE users ADD COLUMN locale TEXT CHECK (locale IN ('da', 'en'))",
}
