import type { Agreement } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

interface Mine {
  owner: string | null
  agreements: { id: string; what: string; status: string; lastChange: { note: string } | null }[]
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let owned: Agreement[]
let ownerId: string
let citizens: Agreement[]
const anonymous = () => new ApiClient(server.url)

async function link(body: Record<string, unknown>): Promise<string> {
  const result = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'test',
    ...body,
  })
  return result.body.token
}

/** A link given to a network person for a meeting long past: read-only on the board by now. */
async function pastMeetingLink(personId: string) {
  const weekAgo = Date.now() - 7 * 86_400_000
  return link({ kind: 'participant', personId, editFrom: weekAgo, editUntil: weekAgo + 3_600_000 })
}

/** The coordinator's live follow-up feed, read until a given event arrives. */
function liveFeed(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  let unread = ''
  return {
    async next(event: string, data: string): Promise<void> {
      for (;;) {
        const at = unread.indexOf(`event: ${event}\ndata: ${data}`)
        if (at >= 0) {
          unread = unread.slice(at + 1)
          return
        }
        const { value, done } = await reader.read()
        if (done) throw new Error(`the feed ended before "${event}"`)
        unread += decoder.decode(value, { stream: true })
      }
    },
    close: () => reader.cancel(),
  }
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  ;({ owned, ownerId, citizens } = await withCourseDoc(server, api, courseId, (course) => {
    const list = course.agreements.list()
    // A person with an agreement still open, to report on.
    const first = list.find((a) => a.owner?.kind === 'person' && ['agreed', 'inProgress'].includes(a.status))!
    const personId = first.owner?.kind === 'person' ? first.owner.personId : ''
    return {
      owned: list.filter((a) => a.owner?.kind === 'person' && a.owner.personId === personId),
      ownerId: personId,
      citizens: list.filter((a) => a.owner?.kind === 'citizen'),
    }
  }))
})
afterAll(() => server.stop())

describe('status reports any day', () => {
  it('shows a participant’s link their own agreements and nothing else, any day', async () => {
    const token = await pastMeetingLink(ownerId)
    const { status, body } = await anonymous().request<Mine>(
      'GET',
      `/api/agreements/${courseId}/mine?token=${token}`,
    )
    expect(status).toBe(200)
    expect(body.agreements.map((a) => a.id).sort()).toEqual(owned.map((a) => a.id).sort())
    expect(body.owner).not.toBeNull()
    // Actor ids and other people's agreements stay out of the answer.
    expect(JSON.stringify(body)).not.toContain('"by"')
  })

  it('shows the citizen’s link the citizen’s agreements', async () => {
    const token = await link({ kind: 'citizen' })
    const { body } = await anonymous().request<Mine>('GET', `/api/agreements/${courseId}/mine?token=${token}`)
    expect(body.agreements.map((a) => a.id).sort()).toEqual(citizens.map((a) => a.id).sort())
  })

  it('refuses viewers and links given to nobody an agreement list of their own', async () => {
    const viewer = await link({ kind: 'viewer' })
    const viewerMine = await anonymous().request('GET', `/api/agreements/${courseId}/mine?token=${viewer}`)
    expect(viewerMine.status).toBe(403)
    const nobody = await link({ kind: 'participant' })
    const empty = await anonymous().request<Mine>('GET', `/api/agreements/${courseId}/mine?token=${nobody}`)
    expect(empty.body).toEqual({ owner: null, agreements: [] })
    expect((await api.request('GET', `/api/agreements/${courseId}/mine`)).status).toBe(403)
  })

  it('reaches the coordinator live and in the audit log when an owner reports after the meeting', async () => {
    const open = owned.find((a) => ['agreed', 'inProgress'].includes(a.status))!
    expect(open).toBeDefined()
    const token = await pastMeetingLink(ownerId)
    const feed = await fetch(`${server.url}/api/follow-ups/live`, { headers: { cookie: api.cookie ?? '' } })
    expect(feed.status).toBe(200)
    const live = liveFeed(feed)
    await live.next('ready', '{"courses":')
    const report = await anonymous().request(
      'POST',
      `/api/agreements/${courseId}/${open.id}/status?token=${token}`,
      { to: 'delayed', note: 'Venter på svar fra kommunen' },
    )
    expect(report.status).toBe(200)
    await live.next('changed', JSON.stringify({ courseId }))
    await live.close()
    const after = await anonymous().request<Mine>('GET', `/api/agreements/${courseId}/mine?token=${token}`)
    expect(after.body.agreements.find((a) => a.id === open.id)).toMatchObject({
      status: 'delayed',
      lastChange: { note: 'Venter på svar fra kommunen' },
    })
    const audit = await api.request<{ entries: { action: string; detail: unknown }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const entry = audit.body.entries.find((e) => e.action === 'agreement.status')
    expect(entry?.detail).toMatchObject({ agreement: open.id, to: 'delayed' })
    // The note is the document's content: it is not in the audit log.
    expect(JSON.stringify(audit.body)).not.toContain('Venter på svar fra kommunen')
  })
})
