import type { RecordAgreement, RecordContent } from './record-content.ts'

// Record content for the records' unit tests: one goal, nothing else; each test adds what it is about.

export const recordGoal: RecordContent['goals'][number] = {
  id: 'g1',
  text: 'Jeg vil blive boende',
  lifeArea: 'Bolig',
  status: 'Aktivt',
}

export const recordAgreement = (overrides: Partial<RecordAgreement> = {}): RecordAgreement => ({
  id: 'a1',
  what: 'Kim ringer til boligkontoret',
  owner: 'Kim Lauridsen',
  dueDate: '2026-12-04',
  goal: recordGoal.text,
  goalId: recordGoal.id,
  followUp: { who: null, when: null, how: '' },
  status: 'Aftalt',
  needsManagerDecision: false,
  managerAnswerBy: null,
  missing: [],
  ...overrides,
})

export const recordContent = (parts: Partial<RecordContent> = {}): RecordContent => ({
  municipality: 'Testrup Kommune',
  course: { id: 'c1', title: 'Forløb', citizenName: 'Jens Madsen' },
  meeting: {
    id: 'm1',
    title: 'Netværksmøde',
    date: '2026-11-27',
    startTime: null,
    place: '',
    overallGoal: '',
    themes: [],
    attendance: [],
  },
  network: [],
  goals: [recordGoal],
  agreements: [],
  ongoingAgreements: [],
  settledAgreements: [],
  parkedTopics: [],
  evaluation: null,
  ...parts,
})
