import { ApiError } from '@bordenden/contract'
import { answer } from '@bordenden/contract/api'
import { type AgreementStatus, AgreementStatuses, label, labelOptions } from '@bordenden/model'
import type { CitizenRecord } from '@bordenden/ui'
import { client } from '../home/api.ts'
import { type CitizenRoute, linkRequest } from './route.ts'

const records = client.api.records[':courseId']

const ofRecord = (route: CitizenRoute, recordId: string) => linkRequest(route, { recordId })

export const fullRecordUrl = (route: CitizenRoute, recordId: string) => {
  const url = records[':recordId'].print.$url(ofRecord(route, recordId))
  return `${url.pathname}${url.search}`
}

// A frozen record writes an agreement's status as its Danish label ("Udført"), to read the same in years.
const statusByLabel = new Map(labelOptions('agreementStatus', 'da').map(({ id, label }) => [label, id]))

function agreementStatus(raw: unknown): AgreementStatus | null {
  const known = AgreementStatuses.find((status) => status === raw)
  return known ?? statusByLabel.get(String(raw)) ?? null
}

/**
 * The content hash of each record as this page last fetched it, which is what it shows: an approval
 * names it, so the server approves the version the citizen read and no later one.
 */
const shownHashes = new Map<string, string>()

/** The server refused an approval because the record changed (or was approved) since it was fetched. */
export class RecordChangedError extends Error {
  override name = 'RecordChangedError'
}

/** A record summary from the server, checked field by field: it is only shown, never trusted further. */
function toCitizenRecord(raw: unknown): CitizenRecord | undefined {
  const r = raw as Record<string, unknown> | null
  const content = r?.content as Record<string, unknown> | undefined
  const meeting = content?.meeting as Record<string, unknown> | undefined
  const course = content?.course as Record<string, unknown> | undefined
  // The record names owners as the board does: the citizen by name, or "Borgeren" when unnamed.
  const citizenName =
    (typeof course?.citizenName === 'string' && course.citizenName) || label('party', 'citizen')
  const agreements = content?.agreements
  if (
    typeof r?.id !== 'string' ||
    (r.status !== 'draft' && r.status !== 'approved' && r.status !== 'sent') ||
    typeof meeting?.date !== 'string' ||
    !Array.isArray(agreements)
  ) {
    return undefined
  }
  if (typeof r.hash === 'string') shownHashes.set(r.id, r.hash)
  return {
    id: r.id,
    status: r.status,
    approvedAt: typeof r.approvedAt === 'number' ? r.approvedAt : null,
    meetingDate: meeting.date,
    agreements: agreements.map((a: Record<string, unknown>) => ({
      what: String(a?.what ?? ''),
      owner: typeof a?.owner === 'string' ? a.owner : null,
      byCitizen: a?.owner === citizenName,
      dueDate: typeof a?.dueDate === 'string' ? a.dueDate : null,
      status: agreementStatus(a?.status),
    })),
  }
}

/**
 * The record the citizen should see: the newest one. If it is a draft it waits for their approval,
 * whether or not an older version was approved before.
 */
export async function fetchLatestRecord(
  route: CitizenRoute,
  signal?: AbortSignal,
): Promise<CitizenRecord | null> {
  const body = await answer(records.$get(linkRequest(route), { init: { signal } }))
  const all: unknown[] = Array.isArray(body.records) ? body.records : []
  const createdAt = (raw: unknown) => Number((raw as { createdAt?: unknown } | null)?.createdAt) || 0
  const newest = [...all].sort((a, b) => createdAt(b) - createdAt(a))[0]
  return newest === undefined ? null : (toCitizenRecord(newest) ?? null)
}

/** The citizen approves a record, as this page showed it, through their own link (the server checks the role). */
export async function approveRecord(route: CitizenRoute, recordId: string): Promise<void> {
  const hash = shownHashes.get(recordId) ?? ''
  await answer(records[':recordId'].approve.$post({ ...ofRecord(route, recordId), json: { hash } })).catch(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 409)
        throw new RecordChangedError('the record changed since it was shown')
      throw error
    },
  )
}
