import { describe, expect, it } from 'vitest'
import { shownParts, shownTable } from './leader-suppression.ts'

describe('small-cell suppression', () => {
  it('hides parts from fewer than 5 courses, and never hides one from 5 or more for its own sake', () => {
    expect(shownParts([5, 9, 0, 5])).toEqual([true, true, false, true])
    expect(shownParts([4, 9, 7])).toEqual([false, true, false])
  })

  it('hides the smallest shown part too when the total minus the shown ones would betray a hidden one', () => {
    // 12 + 3 = 15 is shown: hiding only the 3 would leave 15 − 12 = 3 for anyone to work out.
    expect(shownParts([12, 3])).toEqual([false, false])
    expect(shownParts([12, 6, 3])).toEqual([true, false, false])
    // Two hidden parts adding up to 5 or more hide each other; adding up to fewer, a third goes too.
    expect(shownParts([12, 3, 2])).toEqual([true, false, false])
    expect(shownParts([12, 6, 2, 1])).toEqual([true, false, false, false])
  })

  it('mends rows and columns of a table until no hidden cell can be worked out from a margin', () => {
    // Two teams × two categories; team 2 has 3 courses in category B. Hiding that 3 alone would leave it
    // as team 2's total minus its A, and as the municipality's B minus team 1's: each line needs a partner.
    const { groups, municipality } = shownTable(
      [
        [10, 6],
        [8, 3],
      ],
      [false, false],
    )
    expect(municipality).toEqual([true, true])
    expect(groups).toEqual([
      [false, false],
      [false, false],
    ])
    // With a third team, team 3 gives the hidden cells partners and team 1 may be shown.
    expect(
      shownTable(
        [
          [10, 6],
          [8, 3],
          [9, 7],
        ],
        [false, false, false],
      ).groups,
    ).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ])
  })

  it('hides every cell of a group suppressed as a whole', () => {
    const { groups } = shownTable(
      [
        [10, 10],
        [5, 5],
        [5, 5],
      ],
      [false, false, true],
    )
    expect(groups[2]).toEqual([false, false])
    expect(groups[0]).toEqual([true, true])
  })
})
