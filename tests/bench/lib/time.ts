import { epochNow } from './stats.ts'

/** `x` rounded to `digits` decimals (null stays null): figures for the report, not for arithmetic. */
export const round = (x: number | null, digits = 2) =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits
export const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - epochNow())))
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
