import {
  addDays,
  advanceAgenda,
  CourseDoc,
  changeAgreementStatus,
  citizen,
  closeMeeting,
  createAgreement,
  createMeeting,
  dateIn,
  inviteToMeeting,
  markAttendance,
  nextTurn,
  openMeeting,
  person,
  startDialogue,
  themesOf,
  toAgreements,
} from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

/**
 * A whole network meeting through the real server and stock y-websocket clients: the agenda through
 * the dialogue process, two agreements, the record frozen, approved by the citizen through their link,
 * the journal text copied; then a participant marks their agreement done on the board and the
 * coordinator's follow-up list, open and subscribed, hears of it at once.
 */

interface FollowUp {
  id: string
  what: string
  owner: string | null
  status: string
}
interface FollowUps {
  courses: { courseId: string; changedSinceSeen: FollowUp[]; dueSoon: FollowUp[] }[]
}

/** The coordinator's live follow-up feed (server-sent events), read as a browser's EventSource would. */
async function subscribe(api: ApiClient) {
  const controller = new AbortController()
  const response = await fetch(`${api.baseUrl}/api/follow-ups/live`, {
    headers: { cookie: api.cookie ?? '', accept: 'text/event-stream' },
    signal: controller.signal,
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
  const events: { event: string; data: unknown }[] = []
  const state = { ended: false }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  void (async () => {
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) {
          state.ended = true
          return
        }
        buffer += value
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (event) events.push({ event, data: data ? JSON.parse(data) : null })
          end = buffer.indexOf('\n\n')
        }
      }
    } catch {
      // aborted at the end of the test
    }
  })()
  await waitFor('the feed to be ready', () => events.some((e) => e.event === 'ready'))
  return { events, state, close: () => controller.abort() }
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let board: YjsClient
let viewerToken: string
const clients: YjsClient[] = []
const anonymous = () => new ApiClient(server.url)
const today = dateIn()
const inDays = (n: number) => addDays(today, n)

async function link(body: Record<string, unknown>): Promise<string> {
  const now = Date.now()
  const editing = body.kind === 'participant' ? { editFrom: now - 1000, editUntil: now + 3_600_000 } : {}
  const result = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'test',
    ...editing,
    ...body,
  })
  expect(result.status).toBe(201)
  return result.body.token
}

async function connect(token: string): Promise<YjsClient> {
  const client = connectYjsClient({ wsBase: server.wsUrl, courseId, token })
  clients.push(client)
  await client.synced()
  return client
}

/** Runs a step at the table on the shared board; returns once another client has it through the server. */
async function atTheTable<T>(step: (course: CourseDoc) => T): Promise<T> {
  const result = step(new CourseDoc(board.doc))
  const witness = await connect(viewerToken)
  const wanted = Y.encodeStateVector(board.doc)
  await waitFor('the server to pass the step on', () => equalBytes(Y.encodeStateVector(witness.doc), wanted))
  return result
}

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])

beforeAll(async () => {
  server = await ServerProcess.start()
  api = await server.coordinator()
  ;({ courseId } = await server.course('Jens’ forløb'))
  board = await connect(await link({ kind: 'participant', label: 'storskærm' }))
  viewerToken = await link({ kind: 'viewer' })
})
afterAll(async () => {
  for (const client of clients) client.destroy()
  await server.stop()
})

describe('a full network meeting', () => {
  let meetingId = ''
  let karin = ''
  let agreementIds: string[] = []
  let recordId = ''

  it('runs the agenda through the dialogue process and ends with two agreements', async () => {
    ;({ meetingId, karin } = await atTheTable((course) => {
      const lone = course.people.create({ name: 'Lone', role: 'søster', sector: 'family' }, 'test').id
      const karin = course.people.create(
        { name: 'Karin', role: 'sagsbehandler', sector: 'municipal' },
        'test',
      ).id
      const meeting = createMeeting(
        course,
        {
          title: 'Første netværksmøde',
          date: today,
          themes: ['Bolig', 'Økonomi'],
          overallGoal: 'Et sted at bo',
        },
        'test',
      )
      for (const personId of [lone, karin]) {
        inviteToMeeting(course, meeting.id, { personId, chosenByCitizen: true }, 'test')
      }
      openMeeting(course, meeting.id, 'test')
      for (const personId of [lone, karin]) markAttendance(course, meeting.id, personId, 'present', 'test')
      return { meetingId: meeting.id, karin }
    }))

    agreementIds = await atTheTable((course) => {
      const ids: string[] = []
      for (const [index, theme] of themesOf(course, meetingId).entries()) {
        let current = course.meetings.getOrThrow(meetingId).currentItemId
        while (current !== theme.id)
          current = advanceAgenda(course, meetingId, current, 'test').value.currentItemId
        let state = startDialogue(course, theme.id, 'test').value
        expect(state).toMatchObject({ phase: 'citizenTells', speaker: citizen })
        const speakers: string[] = []
        while (state.phase !== 'citizenResponds') {
          state = nextTurn(course, theme.id, state.step, 'test').value
          if (state.speaker?.kind === 'person') speakers.push(state.speaker.personId)
        }
        expect(speakers).toHaveLength(2) // Lone and Karin each had the floor
        state = toAgreements(course, theme.id, state.step, 'test').value
        expect(state.phase).toBe('agreements')
        const owner = index === 0 ? person(karin) : citizen
        ids.push(
          createAgreement(
            course,
            {
              what: index === 0 ? 'Søger en ældrebolig med Jens' : 'Går budgettet igennem med sin søster',
              owner,
              dueDate: inDays(index === 0 ? 5 : 14),
              meetingId,
              followUp: { who: citizen, when: inDays(7), how: 'Koordinatoren ringer' },
            },
            'test',
          ).id,
        )
      }
      closeMeeting(course, meetingId, 'test')
      return ids
    })
    expect(agreementIds).toHaveLength(2)
  })

  it('freezes the record, the citizen approves it through their read-only link, the coordinator copies the journal text', async () => {
    const frozen = await api.request<{
      record: { id: string; status: string; hash: string; content: { agreements: unknown[] } }
    }>('POST', `/api/records/${courseId}`, { meetingId })
    expect(frozen.status).toBe(201)
    expect(frozen.body.record.content.agreements).toHaveLength(2)
    recordId = frozen.body.record.id

    const citizenToken = await link({ kind: 'citizen' })
    const access = await anonymous().request<{ canEdit: boolean }>(
      'GET',
      `/api/access/${courseId}?token=${citizenToken}`,
    )
    expect(access.body.canEdit).toBe(false)
    const approved = await anonymous().request<{ record: { status: string; approvalMethod: string } }>(
      'POST',
      `/api/records/${courseId}/${recordId}/approve?token=${citizenToken}`,
      { hash: frozen.body.record.hash },
    )
    expect(approved.status).toBe(200)
    expect(approved.body.record).toMatchObject({ status: 'approved', approvalMethod: 'citizenLink' })

    const journal = await fetch(`${server.url}/api/records/${courseId}/${recordId}/journal.txt`, {
      headers: { cookie: api.cookie ?? '' },
    })
    expect(journal.status).toBe(200)
    const text = await journal.text()
    expect(text).toMatch(/^AFTALEREFERAT – Første netværksmøde/)
    expect(text).toContain('Karin: Søger en ældrebolig med Jens – senest')
    expect(text).toContain('Test Borger: Går budgettet igennem med sin søster – senest')
    expect(text).toMatch(/Godkendt af Test Borger .* \(selv via sit link\)/)
  })

  it("updates the coordinator's follow-up list live when a participant marks their agreement done", async () => {
    await api.request('POST', `/api/follow-ups/${courseId}/seen`)
    const before = await api.request<FollowUps>('GET', '/api/follow-ups')
    const mine = () => before.body.courses.find((c) => c.courseId === courseId)!
    expect(mine().dueSoon.map((a) => a.id)).toContain(agreementIds[0])
    expect(mine().changedSinceSeen).toEqual([])

    const feed = await subscribe(api)
    const karinsBoard = await connect(await link({ kind: 'participant', personId: karin, label: 'Karin' }))
    changeAgreementStatus(
      new CourseDoc(karinsBoard.doc),
      agreementIds[0]!,
      { to: 'done', note: 'Ansøgningen er sendt' },
      'karin',
    )

    await waitFor('the feed to tell the course changed', () =>
      feed.events.some(
        (e) => e.event === 'changed' && (e.data as { courseId: string }).courseId === courseId,
      ),
    )
    const after = await api.request<FollowUps>('GET', '/api/follow-ups')
    const course = after.body.courses.find((c) => c.courseId === courseId)!
    expect(course.changedSinceSeen).toEqual([
      expect.objectContaining({ id: agreementIds[0], owner: 'Karin', status: 'done' }),
    ])
    expect(course.dueSoon.map((a) => a.id)).not.toContain(agreementIds[0])
    feed.close()
  })

  it('does not tell a coordinator about courses that are not theirs', async () => {
    const other = new ApiClient(server.url)
    const { email, password } = await server.createUser('anden@example.dk', 'Anden Koordinator')
    await other.login(email, password)
    const feed = await subscribe(other)
    await atTheTable((course) => course.people.create({ name: 'Ny person', sector: 'friends' }, 'test'))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(feed.events.filter((e) => e.event === 'changed')).toEqual([])
    feed.close()
  })
  it('ends the feed when the coordinator signs out', async () => {
    const other = new ApiClient(server.url)
    const { email, password } = await server.createUser('tredje@example.dk', 'Tredje Koordinator')
    await other.login(email, password)
    const feed = await subscribe(other)
    expect(feed.state.ended).toBe(false)
    expect((await other.request('POST', '/api/auth/logout')).status).toBe(200)
    await waitFor('the feed to end', () => feed.state.ended)
    feed.close()
  })
})
