import { CourseDoc, createId } from '@bordenden/model'
import type { AgreementRecord } from '../storage/records.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { contentHash } from './canonical.ts'
import { goalBoardSvg } from './goal-board-svg.ts'
import { networkMapSvg } from './network-map-svg.ts'
import { buildRecordContent } from './record-content.ts'
import { diffRecords } from './record-diff.ts'

export class UnknownMeetingError extends Error {
  override name = 'UnknownMeetingError'
}

export class FreezeConflictError extends Error {
  override name = 'FreezeConflictError'
}

/**
 * Freezes a meeting's record from the live course document, on the server. While the newest version is
 * a draft it is refreshed in place; once approved, a change makes version n+1 with what changed.
 * Freezing an unchanged meeting returns the newest version as it is.
 */
export async function freezeRecord(deps: {
  storage: Storage
  rooms: RoomRegistry
  courseId: string
  meetingId: string
  actor: string
  municipality: string
}): Promise<{ record: AgreementRecord; created: boolean }> {
  const { storage, rooms, courseId, meetingId, actor, municipality } = deps
  const feedback = await storage.records.feedbackFor(courseId, meetingId)
  // Another freeze or an approval may land between reading the newest version and writing: the store
  // then refuses the write, and this freeze starts over from what is there now.
  for (let attempt = 0; attempt < 3; attempt++) {
    const latest = await storage.records.latestForMeeting(courseId, meetingId)
    const refresh = latest?.status === 'draft'
    const previous = refresh ? await previousVersion(storage, latest) : latest
    const { content, canvas } = await rooms.read(courseId, (room) => {
      const course = new CourseDoc(room.doc)
      if (!course.meetings.get(meetingId)) throw new UnknownMeetingError(`no meeting ${meetingId}`)
      const canvas = course
        .canvasRecords()
        .yarray.toArray()
        .map((entry) => entry.val)
      const evaluation = feedback?.evaluation ?? null
      return {
        content: buildRecordContent(course, meetingId, {
          municipality,
          evaluation,
          previous: previous?.content ?? null,
        }),
        canvas,
      }
    })
    const images = { network: networkMapSvg(content), goals: goalBoardSvg(content) }
    const hash = contentHash({ content, canvas, images })
    if (latest && latest.hash === hash) return { record: latest, created: false }
    const record: AgreementRecord = {
      id: refresh ? latest.id : createId(),
      courseId,
      meetingId,
      version: refresh ? latest.version : (latest?.version ?? 0) + 1,
      status: 'draft',
      content,
      canvas,
      images,
      hash,
      changes: previous ? diffRecords(previous.content, content) : [],
      createdAt: Date.now(),
      createdBy: actor,
      approvedAt: null,
      approvedBy: null,
      approvalMethod: null,
      sentAt: null,
      sentBy: null,
      sentTo: [],
    }
    const written = refresh
      ? await storage.records.replaceDraft(record)
      : await storage.records.insertRecord(record)
    if (written) return { record, created: true }
  }
  throw new FreezeConflictError('the record kept changing while it was frozen')
}

async function previousVersion(storage: Storage, draft: AgreementRecord): Promise<AgreementRecord | null> {
  if (draft.version === 1) return null
  const all = await storage.records.listRecords(draft.courseId)
  return all.find((r) => r.meetingId === draft.meetingId && r.version === draft.version - 1) ?? null
}
