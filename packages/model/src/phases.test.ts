import { describe, expect, it } from 'vitest'
import { ValidationError } from './entity.ts'
import { changePhase, phaseBeforePause, phaseHistory, resumeCourse } from './phases.ts'
import { minutes, newCourse, replica, sync } from './test-fixtures.ts'

describe('course phases', () => {
  it('moves the course to a phase and logs who did it, when and why', () => {
    const course = newCourse()
    const change = changePhase(course, 'startup', 'anne', { note: 'Visiteret', now: minutes(1) })
    expect(change).toEqual({
      kind: 'change',
      from: 'referral',
      to: 'startup',
      at: minutes(1),
      by: 'anne',
      note: 'Visiteret',
    })
    expect(course.readMeta()?.phase).toBe('startup')
    expect(phaseHistory(course)).toEqual([change])
  })

  it('refuses a change to the phase the course is in, and writes nothing', () => {
    const course = newCourse()
    expect(() => changePhase(course, 'referral', 'anne')).toThrow(ValidationError)
    expect(phaseHistory(course)).toEqual([])
  })

  it('refuses an unknown phase', () => {
    const course = newCourse()
    expect(() => changePhase(course, 'finished' as never, 'anne')).toThrow(/unknown phase/)
    expect(course.readMeta()?.phase).toBe('referral')
  })

  it('pauses in any phase and resumes in the phase it was paused in', () => {
    const course = newCourse()
    changePhase(course, 'networkMeetings', 'anne', { now: minutes(1) })
    expect(phaseBeforePause(course)).toBeUndefined()
    changePhase(course, 'paused', 'anne', { note: 'Tilbagefald', now: minutes(2) })
    expect(phaseBeforePause(course)).toBe('networkMeetings')
    const resumed = resumeCourse(course, 'anne', { now: minutes(3) })
    expect(resumed).toMatchObject({ from: 'paused', to: 'networkMeetings' })
    expect(phaseHistory(course).map((c) => c.to)).toEqual(['networkMeetings', 'paused', 'networkMeetings'])
  })

  it('will not resume a course that is not paused', () => {
    const course = newCourse()
    expect(() => resumeCourse(course, 'anne')).toThrow(/not paused/)
  })

  it('keeps both changes when two clients change the phase at the same time', () => {
    const a = newCourse()
    const b = replica(a)
    changePhase(a, 'startup', 'anne', { now: minutes(1) })
    changePhase(b, 'paused', 'bo', { now: minutes(1) })
    sync(a, b)
    expect(phaseHistory(a)).toHaveLength(2)
    expect(phaseHistory(a)).toEqual(phaseHistory(b))
    expect(a.readMeta()?.phase).toBe(b.readMeta()?.phase)
  })

  it('leaves out a corrupt log entry instead of failing', () => {
    const course = newCourse()
    course.doc.getArray('phaseChanges').push([{ kind: 'change', to: 'nowhere' }])
    changePhase(course, 'startup', 'anne')
    expect(phaseHistory(course).map((c) => c.to)).toEqual(['startup'])
  })
})
