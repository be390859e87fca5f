import { describe, expect, it } from 'vitest'
import {
  instrumentTexts,
  measurementAnswersSchema,
  scoreInspireO,
  scoreWho5,
  WHO5_HIGH_RISK,
} from './outcome-instruments.ts'

describe('WHO-5 scoring (raw 0-25 × 4)', () => {
  it('gives 0 and 100 at the ends of the scale', () => {
    expect(scoreWho5([0, 0, 0, 0, 0])).toBe(0)
    expect(scoreWho5([5, 5, 5, 5, 5])).toBe(100)
  })

  it('turns the WHO manual’s raw cut-off of 13 into 52', () => {
    // The WHO-5 manual: a raw score below 13 (a percentage below 52) indicates poor wellbeing.
    expect(scoreWho5([3, 3, 3, 2, 2])).toBe(52)
    expect(scoreWho5([3, 3, 2, 2, 2])).toBe(48)
  })

  it('puts "lidt af tiden" throughout at the evaluation’s high-risk band', () => {
    expect(scoreWho5([1, 1, 1, 1, 1])).toBe(20)
    expect(scoreWho5([1, 1, 1, 1, 1])).toBeLessThanOrEqual(WHO5_HIGH_RISK)
  })

  it('labels its six options from "på intet tidspunkt" (0) to "hele tiden" (5)', () => {
    const options = instrumentTexts.who5.options
    expect(options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5])
    expect(options[0]?.label).toBe('På intet tidspunkt')
    expect(options[5]?.label).toBe('Hele tiden')
  })
})

describe('Brief INSPIRE-O scoring (five items 0-4, sum × 5)', () => {
  it('gives 0 and 100 at the ends of the scale', () => {
    expect(scoreInspireO([0, 0, 0, 0, 0])).toBe(0)
    expect(scoreInspireO([4, 4, 4, 4, 4])).toBe(100)
  })

  it('scores "somewhat" on every item at the published cut-off for personal recovery, 50', () => {
    expect(scoreInspireO([2, 2, 2, 2, 2])).toBe(50)
  })

  it('moves 5 points per option step', () => {
    expect(scoreInspireO([1, 2, 2, 2, 2])).toBe(45)
    expect(scoreInspireO([3, 1, 0, 4, 2])).toBe(50)
  })
})

describe('measurement answers', () => {
  const valid = { who5: [5, 4, 3, 2, 1], inspireO: [0, 1, 2, 3, 4] }

  it('accepts one option per item of each instrument', () => {
    expect(measurementAnswersSchema.parse(valid)).toEqual(valid)
  })

  it('refuses values outside the scale, missing items and anything else', () => {
    expect(measurementAnswersSchema.safeParse({ ...valid, who5: [6, 4, 3, 2, 1] }).success).toBe(false)
    expect(measurementAnswersSchema.safeParse({ ...valid, inspireO: [5, 1, 2, 3, 4] }).success).toBe(false)
    expect(measurementAnswersSchema.safeParse({ ...valid, who5: [1, 2, 3, 4] }).success).toBe(false)
    expect(measurementAnswersSchema.safeParse({ ...valid, who5: [1.5, 2, 3, 4, 1] }).success).toBe(false)
    expect(measurementAnswersSchema.safeParse({ ...valid, note: 'jeg har det skidt' }).success).toBe(false)
  })
})
