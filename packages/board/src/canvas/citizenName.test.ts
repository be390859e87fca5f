import { CITIZEN_RADIUS } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import { citizenNameInCircle } from './citizenName.ts'

// Bold system-ui is about 0.6 em a letter.
const measure = (text: string, px: number) => text.length * px * 0.6

describe("the citizen's name in the centre of the map", () => {
  it('keeps a short name on one line at full size', () => {
    expect(citizenNameInCircle('Jens', measure)).toEqual({ lines: ['Jens'], px: 22 })
  })

  it('splits a longer name between its words, each line inside the circle', () => {
    const { lines, px } = citizenNameInCircle('Sofie Andersen', measure)
    expect(lines).toEqual(['Sofie', 'Andersen'])
    for (const line of lines) expect(measure(line, px)).toBeLessThan(CITIZEN_RADIUS * 2)
  })

  it('makes a very long name smaller rather than letting it run over the edge', () => {
    const { lines, px } = citizenNameInCircle('Maria Christina Østergaard-Johannesen', measure)
    expect(px).toBeLessThan(22)
    for (const line of lines) expect(measure(line, px)).toBeLessThan(CITIZEN_RADIUS * 2)
  })
})
