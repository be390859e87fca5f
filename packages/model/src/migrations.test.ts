import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { agendaOf } from './agenda.ts'
import { createAgreement } from './agreements.ts'
import { CourseDoc } from './course.ts'
import { createMeeting } from './meeting.ts'
import { DocumentTooNewError, type Migration, migrateCourseDoc, migrations } from './migrations.ts'
import { citizen } from './party.ts'
import { DocKeys, MIGRATION_ORIGIN, SCHEMA_VERSION } from './schema.ts'
import { newCourse, T0 } from './test-fixtures.ts'

function countUpdates(doc: Y.Doc): { count: number; origins: unknown[] } {
  const seen = { count: 0, origins: [] as unknown[] }
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    seen.count++
    seen.origins.push(origin)
  })
  return seen
}

describe('migrateCourseDoc', () => {
  it('leaves an empty document untouched', () => {
    const doc = new Y.Doc()
    const updates = countUpdates(doc)
    expect(migrateCourseDoc(doc)).toEqual({ from: 0, to: 0 })
    expect(updates.count).toBe(0)
    expect(new CourseDoc(doc).schemaVersion).toBe(0)
  })

  it('brings a document written before versioning (version 0) to the current version, keeping its content', () => {
    const doc = new Y.Doc()
    const old = new CourseDoc(doc)
    doc.getMap(DocKeys.meta).set('courseId', 'c0')
    old.people.create({ name: 'Lone', sector: 'family' }, 'old-client', T0)
    const updates = countUpdates(doc)
    expect(migrateCourseDoc(doc)).toEqual({ from: 0, to: SCHEMA_VERSION })
    expect(new CourseDoc(doc).schemaVersion).toBe(SCHEMA_VERSION)
    expect(new CourseDoc(doc).people.list().map((p) => p.name)).toEqual(['Lone'])
    expect(updates.origins).toEqual([MIGRATION_ORIGIN])
  })

  it('does nothing to a document at the current version', () => {
    const course = newCourse()
    const updates = countUpdates(course.doc)
    expect(migrateCourseDoc(course.doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION })
    expect(updates.count).toBe(0)
  })

  it('refuses a document newer than this build supports, and changes nothing', () => {
    const course = newCourse()
    course.doc.getMap(DocKeys.meta).set('schemaVersion', SCHEMA_VERSION + 1)
    const updates = countUpdates(course.doc)
    expect(() => migrateCourseDoc(course.doc)).toThrow(DocumentTooNewError)
    expect(updates.count).toBe(0)
  })

  it('runs only the pending steps, in version order, in one transaction', () => {
    const log: number[] = []
    const step = (version: number): Migration => ({
      version,
      description: `step ${version}`,
      up(doc) {
        log.push(version)
        const meta = doc.getMap(DocKeys.meta)
        meta.set('trail', `${meta.get('trail') ?? ''}${version}`)
      },
    })
    const [v, a, b, c] = [SCHEMA_VERSION, SCHEMA_VERSION + 1, SCHEMA_VERSION + 2, SCHEMA_VERSION + 3]
    const steps = [step(c), step(v), step(a), step(b)]
    const course = newCourse() // at SCHEMA_VERSION
    const updates = countUpdates(course.doc)
    expect(migrateCourseDoc(course.doc, steps, c)).toEqual({ from: v, to: c })
    expect(log).toEqual([a, b, c])
    expect(course.doc.getMap(DocKeys.meta).get('trail')).toBe(`${a}${b}${c}`)
    expect(course.schemaVersion).toBe(c)
    expect(updates.count).toBe(1)
    log.length = 0
    expect(migrateCourseDoc(course.doc, steps, c)).toEqual({ from: c, to: c })
    expect(log).toEqual([])
  })

  it('brings a version 1 course to version 2 with its phase, and the lifecycle starts empty', () => {
    const course = newCourse()
    course.updateMeta({ phase: 'startup' })
    course.doc.getMap(DocKeys.meta).set('schemaVersion', 1)
    expect(migrateCourseDoc(course.doc, migrations, 2)).toEqual({ from: 1, to: 2 })
    expect(course.readMeta()?.phase).toBe('startup')
    expect(course.doc.getArray(DocKeys.phaseChanges).length).toBe(0)
    expect(course.doc.getMap(DocKeys.closing).size).toBe(0)
  })

  it('marks the follow-up item of agendas planned before version 4, and no other item', () => {
    const course = newCourse()
    createMeeting(course, { title: 'M1', date: '2025-06-01' }, 'test', T0)
    const second = createMeeting(
      course,
      { title: 'M2', date: '2025-07-01', themes: ['Opfølgning siden sidst'] },
      'test',
      T0,
    )
    // As a version 3 client wrote it: no followUp field on any item.
    for (const item of course.doc.getMap<Y.Map<unknown>>(DocKeys.agendaItems).values())
      item.delete('followUp')
    course.doc.getMap(DocKeys.meta).set('schemaVersion', 3)
    expect(migrateCourseDoc(course.doc, migrations, 4)).toEqual({ from: 3, to: 4 })
    const flagged = (meetingId: string) =>
      agendaOf(course, meetingId)
        .filter((item) => item.followUp)
        .map((item) => `${item.section}:${item.title}`)
    expect(flagged(second.id)).toEqual(['opening:Opfølgning siden sidst']) // not the theme of the same name
  })

  it('brings a version 4 course to version 5 with its agreements as they were', () => {
    const course = newCourse()
    const agreed = createAgreement(
      course,
      { what: 'Ring', owner: citizen, followUp: { who: citizen } },
      'test',
      T0,
    )
    course.doc.getMap(DocKeys.meta).set('schemaVersion', 4)
    expect(migrateCourseDoc(course.doc)).toEqual({ from: 4, to: 5 })
    expect(course.agreements.getOrThrow(agreed.id)).toEqual(agreed)
  })
})
