import { describe, expect, it } from 'vitest'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

describe('observing a course', () => {
  it('reports changes to the structured content, but not to the canvas, until stopped', () => {
    const course = newCourse()
    let calls = 0
    const stop = course.observeContent(() => calls++)
    const person = addPerson(course, 'Lone Madsen', 'family')
    course.goals.create({ text: 'Blive boende', lifeArea: 'housing' }, 'test', T0)
    course.updateMeta({ title: 'Nyt navn' })
    expect(calls).toBe(3)

    course.canvasRecords<{ x: number }>().set('shape:a', { x: 1 })
    expect(calls).toBe(3)

    stop()
    course.people.update(person, { ring: 'close' }, 'test')
    expect(calls).toBe(3)
  })
})
