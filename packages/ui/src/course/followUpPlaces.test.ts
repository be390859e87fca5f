import { describe, expect, it } from 'vitest'
import { placeOnce } from './followUpPlaces.ts'
import type { FollowUpCourse, FollowUpItem } from './useFollowUps.ts'

const item = (id: string): FollowUpItem => ({
  id,
  what: `agreement ${id}`,
  owner: null,
  dueDate: null,
  status: 'agreed',
  statusLabel: 'Aftalt',
  followUp: { who: null, when: null, how: '' },
  managerAnswerBy: null,
  lastChange: null,
})

const course = (groups: Partial<Record<string, string[]>>): FollowUpCourse => ({
  courseId: 'c',
  title: 'c',
  phase: null,
  measurementDue: null,
  overdue: (groups.overdue ?? []).map(item),
  dueSoon: (groups.dueSoon ?? []).map(item),
  followUpsDue: (groups.followUpsDue ?? []).map(item),
  awaitingManager: (groups.awaitingManager ?? []).map(item),
  changedSinceLastMeeting: (groups.changedSinceLastMeeting ?? []).map(item),
  changedSinceSeen: (groups.changedSinceSeen ?? []).map(item),
})

describe('placeOnce', () => {
  it('lists each agreement once, under its most urgent group, naming its other groups', () => {
    const placed = placeOnce(
      course({
        overdue: ['a'],
        dueSoon: ['b'],
        followUpsDue: ['a', 'c'],
        changedSinceLastMeeting: ['b', 'd'],
        changedSinceSeen: ['a', 'd', 'e'],
      }),
    )
    const shown = placed.map(({ group, items }) => [
      group,
      items.map((p) => `${p.item.id}:${p.alsoIn.join('+')}`),
    ])
    expect(shown).toEqual([
      ['overdue', ['a:followUpsDue+changedSinceSeen']],
      ['dueSoon', ['b:changedSinceLastMeeting']],
      ['followUpsDue', ['c:']],
      ['awaitingManager', []],
      ['changedSinceLastMeeting', ['d:changedSinceSeen']],
      ['changedSinceSeen', ['e:']],
    ])
  })
})
