// The one text system of every surface: catalogs in one shape, `t` over them, one locale tag, one date style
// per purpose. No React here (the extension's worker and the server use it too); hooks are in ../locale.tsx.
export {
  type Catalog,
  defineCatalog,
  type ParamArgs,
  type PluralForms,
  type TextValue,
  type Translate,
  translate,
  translator,
} from './catalog.ts'
export { onLocaleChoice, storedLocale, storeLocale } from './choice.ts'
export { mismatchedForms, missingTexts } from './completeness.ts'
export { type DateLike, type DateStyle, daysBetween, formatDate, formatNumber } from './dates.ts'
export { localeOf, localeTag } from './locale.ts'
