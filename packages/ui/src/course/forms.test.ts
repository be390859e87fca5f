import { describe, expect, it } from 'vitest'
import { closingProblems } from './ClosingForm.tsx'
import { readGuideDraft } from './FollowUpGuideForm.tsx'

describe('closing form', () => {
  it('asks for the lifeline’s name and for what each service is, in the form’s own words', () => {
    const problems = closingProblems({
      services: [{ what: 'Hjemmepleje' }, { what: '', provider: 'Egen læge' }, { what: 'hjemmepleje' }],
      lifeline: { name: ' ' },
    })
    expect([...problems]).toEqual([
      ['reason', 'needsReason'],
      ['service-1', 'needsWhat'],
      ['service-2', 'duplicateService'],
      ['lifeline', 'needsLifeline'],
    ])
    const closing = { services: [], lifeline: { name: 'Lone' } }
    expect(closingProblems({ ...closing, reason: { code: 'completed' } }).size).toBe(0)
  })

  it('asks why the course ends, and a few words when the reason is "andet"', () => {
    const closing = { services: [], lifeline: { name: 'Lone' } }
    expect([...closingProblems({ ...closing, reason: { code: 'other', text: '' } })]).toEqual([
      ['reasonText', 'needsReasonText'],
    ])
    expect(
      closingProblems({ ...closing, reason: { code: 'other', text: 'Ønskede en anden indsats' } }).size,
    ).toBe(0)
  })
})

describe('follow-up guide form', () => {
  const complete = {
    talkedAboutWhatIWanted: 'yes',
    wasHeard: 'partly',
    goalsAndAgreementsAreMine: 'yes',
    rightPeopleWereThere: 'no',
    haveTheOverview: 'yes',
    relation: 8,
    goalsAndTopics: 7,
    approach: 6,
    overall: 9,
  }

  it('names what is still unanswered, in the order it is asked', () => {
    const { overall: _, wasHeard: __, ...partial } = complete
    expect(readGuideDraft(partial)).toEqual({ answers: null, missing: ['wasHeard', 'overall'] })
  })

  it('gives the answers the server takes once everything is answered', () => {
    expect(readGuideDraft({ ...complete, comment: 'Fint' }).answers).toEqual({
      guide: {
        talkedAboutWhatIWanted: 'yes',
        wasHeard: 'partly',
        goalsAndAgreementsAreMine: 'yes',
        rightPeopleWereThere: 'no',
        haveTheOverview: 'yes',
        comment: 'Fint',
      },
      evaluation: { relation: 8, goalsAndTopics: 7, approach: 6, overall: 9 },
    })
  })
})
