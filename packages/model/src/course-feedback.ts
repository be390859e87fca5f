import { text } from './fields.ts'
import type { Locale } from './labels.ts'
import * as z from './zod.ts'

/**
 * The citizen's own view of a meeting, asked by the coordinator right after it: the follow-up guide
 * (spørgeguide til opfølgning, seed 000 §5.3.1) and the four evaluation scales (seed 004). It is kept on
 * the server, apart from the shared course document, so the other participants never see it.
 */

export const GuideQuestions = [
  'talkedAboutWhatIWanted',
  'wasHeard',
  'goalsAndAgreementsAreMine',
  'rightPeopleWereThere',
  'haveTheOverview',
] as const
export type GuideQuestion = (typeof GuideQuestions)[number]

export const GuideAnswers = ['yes', 'partly', 'no'] as const
export type GuideAnswer = (typeof GuideAnswers)[number]

export const EvaluationScales = ['relation', 'goalsAndTopics', 'approach', 'overall'] as const
export type EvaluationScale = (typeof EvaluationScales)[number]

type Text = Readonly<Record<Locale, string>>

/** The questions as the coordinator asks them, to the citizen, in plain words. */
export const guideQuestionTexts: Readonly<Record<GuideQuestion, Text>> = {
  talkedAboutWhatIWanted: {
    da: 'Talte vi om det, du gerne ville tale om?',
    en: 'Did we talk about what you wanted to talk about?',
  },
  wasHeard: { da: 'Følte du dig hørt?', en: 'Did you feel heard?' },
  goalsAndAgreementsAreMine: {
    da: 'Er målene og aftalerne dine egne?',
    en: 'Are the goals and agreements your own?',
  },
  rightPeopleWereThere: { da: 'Var de rigtige personer med?', en: 'Were the right people there?' },
  haveTheOverview: {
    da: 'Har du overblik over, hvem der gør hvad til næste gang?',
    en: 'Do you know who does what until next time?',
  },
}

export const guideAnswerTexts: Readonly<Record<GuideAnswer, Text>> = {
  yes: { da: 'Ja', en: 'Yes' },
  partly: { da: 'Delvist', en: 'Partly' },
  no: { da: 'Nej', en: 'No' },
}

/** Each scale's name and what its two ends mean (1 and 10), as in Furesø's guide (seed 004). */
export const evaluationScaleTexts: Readonly<Record<EvaluationScale, { name: Text; low: Text; high: Text }>> =
  {
    relation: {
      name: { da: 'Relation', en: 'Relation' },
      low: {
        da: 'Jeg følte mig ikke hørt, forstået og respekteret',
        en: 'I did not feel heard, understood and respected',
      },
      high: {
        da: 'Jeg følte mig hørt, forstået og respekteret',
        en: 'I felt heard, understood and respected',
      },
    },
    goalsAndTopics: {
      name: { da: 'Mål og emner', en: 'Goals and topics' },
      low: { da: 'Vi talte ikke om det, jeg ville tale om', en: 'We did not talk about what I wanted' },
      high: { da: 'Vi talte om det, jeg ville tale om', en: 'We talked about what I wanted' },
    },
    approach: {
      name: { da: 'Tilgang eller metode', en: 'Approach or method' },
      low: { da: 'Måden, vi arbejdede på, passer ikke til mig', en: 'The way we worked does not suit me' },
      high: { da: 'Måden, vi arbejdede på, passer til mig', en: 'The way we worked suits me' },
    },
    overall: {
      name: { da: 'Generelt', en: 'Overall' },
      low: { da: 'Der manglede noget i mødet', en: 'Something was missing' },
      high: { da: 'Alt i alt passede mødet til mig', en: 'Overall the meeting suited me' },
    },
  }

const scale = z.number().int().min(1, 'from 1').max(10, 'to 10')
const answer = z.enum(GuideAnswers)

export const meetingEvaluationSchema = z.object({
  relation: scale,
  goalsAndTopics: scale,
  approach: scale,
  overall: scale,
})
export type MeetingEvaluation = z.infer<typeof meetingEvaluationSchema>

export const followUpGuideSchema = z.object({
  talkedAboutWhatIWanted: answer,
  wasHeard: answer,
  goalsAndAgreementsAreMine: answer,
  rightPeopleWereThere: answer,
  haveTheOverview: answer,
  /** Anything else the citizen wants to say about the meeting, in their words. */
  comment: text(2000).default(''),
})
export type FollowUpGuide = z.infer<typeof followUpGuideSchema>

/** What the citizen answers after a meeting: both parts at once, strictly (unknown fields are refused). */
export const meetingFeedbackSchema = z.strictObject({
  evaluation: meetingEvaluationSchema.strict(),
  guide: followUpGuideSchema.strict(),
})
export type MeetingFeedbackAnswers = z.infer<typeof meetingFeedbackSchema>
export type MeetingFeedbackInput = z.input<typeof meetingFeedbackSchema>
