import { CourseDoc } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { courseQueries } from './courseQueries.ts'

// The views' lists are answered from memory until the course's content changes: a canvas drag (many
// edits a second) must not list and validate every entity again for every card it re-renders.

function counted() {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  let calls = 0
  const goalsOf = (c: CourseDoc, lifeArea: string) => {
    calls += 1
    return c.goals.list().filter((goal) => goal.lifeArea === lifeArea)
  }
  return { course, goalsOf, calls: () => calls }
}

describe('course queries', () => {
  it('answer from memory until the content changes, then once again for every view asking', () => {
    const { course, goalsOf, calls } = counted()
    const queries = courseQueries(course)
    expect(queries.answer(goalsOf, 'housing')).toEqual([])
    expect(queries.answer(goalsOf, 'housing')).toEqual([])
    expect(courseQueries(course).answer(goalsOf, 'housing')).toEqual([])
    expect(calls()).toBe(1)

    course.goals.create({ text: 'Blive boende', lifeArea: 'housing' }, 'test')
    const first = queries.answer(goalsOf, 'housing')
    expect(first.map((goal) => goal.text)).toEqual(['Blive boende'])
    expect(queries.answer(goalsOf, 'housing')).toBe(first)
    expect(calls()).toBe(2)
  })

  it('keep answering from memory, and tell no view, while the canvas changes', () => {
    const { course, goalsOf, calls } = counted()
    const queries = courseQueries(course)
    const version = queries.currentVersion()
    let told = 0
    const stop = queries.subscribe(() => {
      told += 1
    })
    const before = queries.answer(goalsOf, 'housing')
    const canvas = course.canvasRecords()
    for (let x = 0; x < 20; x += 1) canvas.set('shape:card', { id: 'shape:card', typeName: 'shape', x })
    expect(queries.answer(goalsOf, 'housing')).toBe(before)
    expect([calls(), told, queries.currentVersion()]).toEqual([1, 0, version])

    course.goals.create({ text: 'Få et job', lifeArea: 'employment' }, 'test')
    expect(told).toBeGreaterThan(0)
    expect(queries.currentVersion()).not.toBe(version)
    stop()
  })

  it('answer each question (query and its arguments) apart', () => {
    const { course, goalsOf, calls } = counted()
    course.goals.create({ text: 'Få et job', lifeArea: 'employment' }, 'test')
    const queries = courseQueries(course)
    expect(queries.answer(goalsOf, 'employment')).toHaveLength(1)
    expect(queries.answer(goalsOf, 'housing')).toHaveLength(0)
    expect(queries.answer(goalsOf, 'employment')).toHaveLength(1)
    expect(calls()).toBe(2)
  })
})
