import { CourseDoc, changeAgreementStatus, isOpen } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildRecordContent, type RecordAgreement, type RecordContent } from './record-content.ts'
import { diffRecords } from './record-diff.ts'
import { recordAgreement, recordContent, recordGoal } from './test-fixtures.ts'

const agreement = (overrides: Partial<RecordAgreement> = {}): RecordAgreement =>
  recordAgreement({
    owner: 'Kim Hansen',
    followUp: { who: 'Mette', when: '2026-12-10', how: 'telefon' },
    ...overrides,
  })

const goal = recordGoal

const content = (parts: Partial<RecordContent> = {}): RecordContent =>
  recordContent({
    course: { id: 'c1', title: 'Forløb', citizenName: 'Jens' },
    agreements: [agreement()],
    ...parts,
  })

describe('what changed between two versions of a record', () => {
  it('says nothing when nothing changed', () => {
    expect(diffRecords(content(), content())).toEqual([])
  })

  it('names added goals and agreements, with who and when or what is missing', () => {
    const after = content({
      goals: [goal, { ...goal, id: 'g2', text: 'Jeg vil ud i kolonihaven' }],
      agreements: [
        agreement(),
        agreement({ id: 'a2', what: 'Erik kører Jens', owner: 'Erik', dueDate: '2027-01-08' }),
        agreement({ id: 'a3', what: 'Nogen ringer til lægen', owner: null, dueDate: null }),
      ],
    })
    expect(diffRecords(content(), after)).toEqual([
      { kind: 'added', what: 'goal', text: 'Nyt mål: “Jeg vil ud i kolonihaven”' },
      {
        kind: 'added',
        what: 'agreement',
        text: 'Ny aftale: “Erik kører Jens” (Erik, senest 8. januar 2027)',
      },
      {
        kind: 'added',
        what: 'agreement',
        text: 'Ny aftale: “Nogen ringer til lægen” (mangler ansvarlig, mangler dato)',
      },
    ])
  })

  it('says each changed field from its old to its new value', () => {
    const after = content({
      goals: [{ ...goal, text: 'Jeg vil blive boende i lejligheden', status: 'Sat på pause' }],
      agreements: [
        agreement({
          dueDate: '2026-12-11',
          owner: 'Lone Berg',
          status: 'I gang',
          followUp: { who: 'Mette', when: null, how: '' },
          needsManagerDecision: true,
          managerAnswerBy: '2026-12-01',
        }),
      ],
    })
    expect(diffRecords(content(), after)).toEqual([
      {
        kind: 'changed',
        what: 'goal',
        text: 'Målet “Jeg vil blive boende” er ændret til “Jeg vil blive boende i lejligheden”',
      },
      {
        kind: 'changed',
        what: 'goal',
        text: 'Målet “Jeg vil blive boende i lejligheden”: status ændret fra aktivt til sat på pause',
      },
      {
        kind: 'changed',
        what: 'agreement',
        text:
          'Aftalen “Kim ringer til boligkontoret”: ansvarlig ændret fra Kim Hansen til Lone Berg; ' +
          'dato ændret fra 4. december til 11. december; ' +
          'opfølgning ændret fra Mette, 10. december, telefon til Mette; ' +
          'kræver nu ledelsens beslutning; frist for ledelsens svar sat til 1. december; ' +
          'status ændret fra aftalt til i gang',
      },
    ])
    const renamed = content({
      agreements: [agreement({ what: 'Kim skriver til boligkontoret', dueDate: null })],
    })
    expect(diffRecords(content(), renamed)).toEqual([
      {
        kind: 'changed',
        what: 'agreement',
        text:
          'Aftalen “Kim ringer til boligkontoret”: indhold ændret til “Kim skriver til boligkontoret”; ' +
          'dato fjernet (var 4. december)',
      },
    ])
  })

  it('says an agreement is done and a goal reached, not that they were removed', () => {
    const before = content({ agreements: [], ongoingAgreements: [agreement()] })
    const after = content({
      goals: [{ ...goal, status: 'Nået' }],
      agreements: [],
      settledAgreements: [agreement({ status: 'Udført' })],
    })
    expect(diffRecords(before, after)).toEqual([
      { kind: 'completed', what: 'goal', text: 'Målet “Jeg vil blive boende” er nået' },
      { kind: 'completed', what: 'agreement', text: 'Aftalen “Kim ringer til boligkontoret” er udført' },
    ])
    const abandoned = content({ agreements: [agreement({ status: 'Opgivet' })] })
    expect(diffRecords(content(), abandoned)).toEqual([
      { kind: 'changed', what: 'agreement', text: 'Aftalen “Kim ringer til boligkontoret” er opgivet' },
    ])
  })

  it('says what was removed', () => {
    expect(diffRecords(content(), content({ goals: [], agreements: [] }))).toEqual([
      { kind: 'removed', what: 'goal', text: 'Målet “Jeg vil blive boende” er fjernet' },
      { kind: 'removed', what: 'agreement', text: 'Aftalen “Kim ringer til boligkontoret” er fjernet' },
    ])
  })

  it('reads a record frozen before settled agreements were kept', () => {
    const { settledAgreements: _, ...older } = content()
    expect(diffRecords(older, content())).toEqual([])
  })
})

describe('a record refrozen after agreements were kept and goals reached', () => {
  it('keeps them in the content, marked, so the next version says done and reached', () => {
    const course = new CourseDoc(new Y.Doc(), new Y.Doc())
    seedDemoCourse(course, { today: '2026-12-01' })
    const meeting = course.meetings
      .list()
      .filter((m) => m.status === 'closed')
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1)!
    const options = { municipality: 'Testrup Kommune', evaluation: null }
    const v1 = buildRecordContent(course, meeting.id, { ...options, previous: null })
    const earlier = course.agreements.list().find((a) => a.meetingId !== meeting.id && isOpen(a))!
    const reached = course.goals
      .list()
      .find((g) => g.status === 'active' && g.createdInMeetingId !== meeting.id)!
    expect(v1.ongoingAgreements.map((a) => a.id)).toContain(earlier.id)
    expect(v1.goals.map((g) => g.id)).toContain(reached.id)

    changeAgreementStatus(course, earlier.id, { to: 'done' }, 'test')
    course.goals.update(reached.id, { status: 'achieved' }, 'test')
    const v2 = buildRecordContent(course, meeting.id, { ...options, previous: v1 })

    expect(v2.ongoingAgreements.map((a) => a.id)).not.toContain(earlier.id)
    expect(v2.settledAgreements).toContainEqual(expect.objectContaining({ id: earlier.id, status: 'Udført' }))
    expect(v2.goals).toContainEqual(expect.objectContaining({ id: reached.id, status: 'Nået' }))
    const changes = diffRecords(v1, v2)
    expect(changes).toEqual([
      { kind: 'completed', what: 'goal', text: `Målet “${reached.text}” er nået` },
      { kind: 'completed', what: 'agreement', text: `Aftalen “${earlier.what}” er udført` },
    ])
    // The version after that still lists them, and says nothing new about them.
    expect(diffRecords(v2, buildRecordContent(course, meeting.id, { ...options, previous: v2 }))).toEqual([])
  })
})
