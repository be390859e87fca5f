import { text } from './fields.ts'
import type { Locale } from './labels.ts'
import * as z from './zod.ts'

/**
 * Why a course ended, as the evaluation registered it (seed 001 §4.1.1, figure 4.1): completed, or ended
 * for another reason (no longer wishes to take part, cannot manage it, not in the target group after all,
 * moved, admitted to hospital for long, died), and "andet" with a few words for anything else.
 */
export const ClosingReasons = [
  'completed',
  'citizenDeclined',
  'cannotManage',
  'notInTargetGroup',
  'moved',
  'hospitalised',
  'died',
  'other',
] as const
export type ClosingReasonCode = (typeof ClosingReasons)[number]

export const closingReasonTexts: Readonly<Record<ClosingReasonCode, Readonly<Record<Locale, string>>>> = {
  completed: { da: 'Gennemført', en: 'Completed' },
  citizenDeclined: {
    da: 'Borgeren ønsker ikke længere at deltage',
    en: 'The citizen no longer wishes to take part',
  },
  cannotManage: {
    da: 'Borgeren kan ikke overkomme forløbet (fx kognitivt, misbrug)',
    en: 'The citizen cannot manage the course (e.g. cognition, substance use)',
  },
  notInTargetGroup: { da: 'Ikke i målgruppen alligevel', en: 'Not in the target group after all' },
  moved: { da: 'Flyttet til en anden kommune', en: 'Moved to another municipality' },
  hospitalised: { da: 'Langtidsindlagt', en: 'Admitted to hospital for a long time' },
  died: { da: 'Død', en: 'Died' },
  other: { da: 'Andet', en: 'Other' },
}

/** The reason chosen; the text is required for "andet" only (a few words, no health details). */
export const closingReasonSchema = z
  .strictObject({ code: z.enum(ClosingReasons), text: text(300).default('') })
  .refine((reason) => reason.code !== 'other' || reason.text !== '', {
    message: 'say in a few words why',
    path: ['text'],
  })
export type ClosingReason = z.infer<typeof closingReasonSchema>

/**
 * A closure's reason. Courses closed before reasons were structured kept only a free-text note: that
 * counts as "andet" with the note as its text.
 */
export function closingReasonOf(closure: { reason?: ClosingReason; note: string }): ClosingReason {
  return closure.reason ?? { code: 'other', text: closure.note }
}
