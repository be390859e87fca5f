export * from './course/index.ts'
export { daysBetween, formatDay, formatDue, todayIso } from './dates.ts'
export { LocaleProvider, useLabel, useLocale } from './locale.tsx'
