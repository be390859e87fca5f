/**
 * The part of zod the model uses, re-exported by name; the model's files import this module as `z`.
 * Zod's own `z` is a namespace re-export, which Parcel 2.9 (the extension's bundler) mis-hoists: the
 * bundle refers to an export object it never defines (parcel-bundler/parcel#10175), and without hoisting
 * it keeps the whole of zod. Named re-exports hoist and tree-shake correctly in Parcel and Vite alike.
 */
export type { infer, input, ZodType } from 'zod'
export {
  array,
  boolean,
  discriminatedUnion,
  email,
  enum,
  iso,
  literal,
  number,
  object,
  strictObject,
  string,
  union,
} from 'zod'
