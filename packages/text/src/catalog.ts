import type { Locale } from '@bordenden/model'
import { localeTag } from './locale.ts'

/**
 * One shape for every text the product shows: `{ key: { da, en } }`. A value is a plain string, a template
 * with `{params}`, or plural forms keyed by the `Intl.PluralRules` categories Danish and English use
 * (`one`, `other`), chosen by the `count` param.
 */
export interface PluralForms {
  readonly one: string
  readonly other: string
}
export type TextValue = string | PluralForms
export type Catalog = Readonly<Record<string, Readonly<Record<Locale, TextValue>>>>

/** Declares a catalog; `const` keeps each text's literal type, so `t` can check its params. */
export function defineCatalog<const C extends Catalog>(catalog: C): C {
  return catalog
}

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never
type ParamsOf<V> = V extends PluralForms ? Placeholders<V['one'] | V['other']> | 'count' : Placeholders<V>
type EntryParams<E> =
  E extends Readonly<Record<Locale, TextValue>> ? ParamsOf<E['da']> | ParamsOf<E['en']> : never
type ParamValues<P extends string> = { readonly [K in P]: K extends 'count' ? number : string | number }

/** The params a key takes: none, or an object with exactly its `{placeholders}` (and `count` for plurals). */
export type ParamArgs<E> = [EntryParams<E>] extends [never] ? [] : [params: ParamValues<EntryParams<E>>]

export type Translate<C extends Catalog> = <K extends keyof C & string>(
  key: K,
  ...params: ParamArgs<C[K]>
) => string

const pluralRules = new Map<Locale, Intl.PluralRules>()

function pluralCategory(locale: Locale, count: number): keyof PluralForms {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(localeTag(locale))
    pluralRules.set(locale, rules)
  }
  return rules.select(count) === 'one' ? 'one' : 'other'
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

/** The text of `key` in `locale`, its params filled in. */
export function translate(
  catalog: Catalog,
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const value = catalog[key]?.[locale]
  if (value === undefined) throw new Error(`no text "${key}"`)
  if (typeof value === 'string') return fill(value, params)
  const count = params.count
  if (typeof count !== 'number') throw new Error(`text "${key}" needs a count`)
  return fill(value[pluralCategory(locale, count)], params)
}

/** `t(key, params)` over one catalog in one locale, keys and params type-checked. */
export function translator<C extends Catalog>(catalog: C, locale: Locale): Translate<C> {
  return (key, ...params) => translate(catalog, locale, key, params[0])
}
