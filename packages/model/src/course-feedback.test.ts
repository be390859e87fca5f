import { describe, expect, it } from 'vitest'
import { EvaluationScales, GuideQuestions, meetingFeedbackSchema } from './course-feedback.ts'

const answers = {
  evaluation: { relation: 9, goalsAndTopics: 8, approach: 7, overall: 1 },
  guide: {
    talkedAboutWhatIWanted: 'yes',
    wasHeard: 'partly',
    goalsAndAgreementsAreMine: 'no',
    rightPeopleWereThere: 'yes',
    haveTheOverview: 'yes',
  },
}

describe('meeting feedback', () => {
  it('accepts the five guide answers and the four scales, with an empty comment by default', () => {
    const parsed = meetingFeedbackSchema.parse(answers)
    expect(parsed.guide.comment).toBe('')
    expect(Object.keys(parsed.guide).filter((k) => k !== 'comment')).toEqual([...GuideQuestions])
    expect(Object.keys(parsed.evaluation)).toEqual([...EvaluationScales])
  })

  it('refuses scales outside 1-10, fractions, missing answers and unknown fields', () => {
    const bad = [
      { ...answers, evaluation: { ...answers.evaluation, overall: 0 } },
      { ...answers, evaluation: { ...answers.evaluation, overall: 11 } },
      { ...answers, evaluation: { ...answers.evaluation, relation: 7.5 } },
      { ...answers, guide: { ...answers.guide, wasHeard: 'maybe' } },
      { evaluation: answers.evaluation },
      { ...answers, shareWith: ['everyone'] },
      { ...answers, guide: { ...answers.guide, extra: 'x' } },
    ]
    for (const b of bad) expect(meetingFeedbackSchema.safeParse(b).success).toBe(false)
  })
})
