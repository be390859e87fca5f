import type { CourseDoc, CoursePhase } from './course.ts'
import type { IsoDate } from './fields.ts'
import type { MeetingStatus } from './meeting.ts'
import { type PhaseChangeKind, phaseHistory } from './phases.ts'

/**
 * What the timeline needs to know of a frozen agreement record. Records live on the server, not in
 * the document, so the server passes them in.
 */
export interface TimelineRecord {
  meetingId: string
  version: number
  createdAt: number
  approvedAt: number | null
  sentAt: number | null
}

const phaseEventKind = {
  change: 'phaseChanged',
  closed: 'courseClosed',
  reopened: 'courseReopened',
} as const satisfies Record<PhaseChangeKind, string>

export type TimelineEvent =
  | { kind: 'courseCreated'; at: number }
  | {
      kind: (typeof phaseEventKind)[PhaseChangeKind]
      at: number
      from: CoursePhase
      to: CoursePhase
      by: string
      note: string
    }
  | { kind: 'meeting'; at: number; meetingId: string; title: string; date: IsoDate; status: MeetingStatus }
  | {
      kind: 'recordFrozen' | 'recordApproved' | 'recordSent'
      at: number
      meetingId: string
      meetingTitle: string
      version: number
    }

export type TimelineEventKind = TimelineEvent['kind']

/** Same-moment events in the order they happen: a meeting before its record, a record before approval. */
const ORDER: readonly TimelineEventKind[] = [
  'courseCreated',
  'phaseChanged',
  'courseReopened',
  'meeting',
  'recordFrozen',
  'recordApproved',
  'recordSent',
  'courseClosed',
]

/** A planned meeting has no time yet; it sits on the morning of its date (UTC, which orders dates right). */
const dayStart = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`)

/**
 * The course from its start: its creation, phase changes, closing and reopening (from the document),
 * its meetings (held ones when they opened, planned ones on their date) and the agreement records'
 * freezing, approval and sending (from the server), oldest first.
 */
export function courseTimeline(course: CourseDoc, records: readonly TimelineRecord[] = []): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const meta = course.readMeta()
  if (meta) events.push({ kind: 'courseCreated', at: meta.createdAt })
  for (const change of phaseHistory(course)) {
    const { kind, ...rest } = change
    events.push({ kind: phaseEventKind[kind], ...rest })
  }
  const titles = new Map<string, string>()
  for (const m of course.meetings.list()) {
    titles.set(m.id, m.title)
    events.push({
      kind: 'meeting',
      at: m.openedAt ?? dayStart(m.date),
      meetingId: m.id,
      title: m.title,
      date: m.date,
      status: m.status,
    })
  }
  for (const r of records) {
    const about = { meetingId: r.meetingId, meetingTitle: titles.get(r.meetingId) ?? '', version: r.version }
    events.push({ kind: 'recordFrozen', at: r.createdAt, ...about })
    if (r.approvedAt !== null) events.push({ kind: 'recordApproved', at: r.approvedAt, ...about })
    if (r.sentAt !== null) events.push({ kind: 'recordSent', at: r.sentAt, ...about })
  }
  return events.sort((a, b) => a.at - b.at || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
}
