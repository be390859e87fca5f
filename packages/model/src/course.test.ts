import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CourseDoc } from './course.ts'
import { ValidationError } from './entity.ts'
import { DocKeys } from './schema.ts'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

describe('the course metadata', () => {
  it('has no coordinator contact until one is set, and keeps it once set', () => {
    const course = newCourse()
    expect(course.readMeta()?.coordinator).toBeNull()
    course.updateMeta({ coordinator: { name: ' Mette Kragh ', phone: '44 10 20 30' } })
    expect(course.readMeta()?.coordinator).toEqual({ name: 'Mette Kragh', phone: '44 10 20 30' })
    course.updateMeta({ coordinator: null })
    expect(course.readMeta()?.coordinator).toBeNull()
  })

  it('reads a document written before the coordinator field existed, without a migration', () => {
    const doc = new Y.Doc()
    const meta = doc.getMap(DocKeys.meta)
    meta.set('schemaVersion', 1)
    for (const [key, value] of Object.entries({
      courseId: 'old',
      title: 'Gammelt forløb',
      citizenName: 'Jens Madsen',
      phase: 'startup',
      createdAt: 1,
    }))
      meta.set(key, value)
    expect(new CourseDoc(doc).readMeta()).toMatchObject({ courseId: 'old', coordinator: null })
  })

  it('refuses a coordinator without a name and leaves the stored contact as it was', () => {
    const course = newCourse()
    course.updateMeta({ coordinator: { name: 'Mette Kragh', phone: '44 10 20 30' } })
    expect(() => course.updateMeta({ coordinator: { name: '  ', phone: '12' } })).toThrow(ValidationError)
    expect(() => course.updateMeta({ coordinator: { name: 'Mette', phone: 'x'.repeat(41) } })).toThrow(
      ValidationError,
    )
    expect(course.readMeta()?.coordinator).toEqual({ name: 'Mette Kragh', phone: '44 10 20 30' })
  })
})

describe('observing a course', () => {
  it('reports changes to the structured content, but not to the canvas, until stopped', () => {
    // As a link holder sees it (one document): a coordinator's person edit is one call per document.
    const course = newCourse(undefined, null)
    let calls = 0
    const stop = course.observeContent(() => calls++)
    const person = addPerson(course, 'Lone Madsen', 'family')
    course.goals.create({ text: 'Blive boende', lifeArea: 'housing' }, 'test', T0)
    course.updateMeta({ title: 'Nyt navn' })
    expect(calls).toBe(3)
    course.doc.getMap(DocKeys.checklist).set('startup-consent', { by: 'test', at: T0 })
    expect(calls).toBe(4)

    course.canvasRecords<{ x: number }>().set('shape:a', { x: 1 })
    expect(calls).toBe(4)

    stop()
    course.people.update(person, { ring: 'close' }, 'test')
    expect(calls).toBe(4)
  })
})
