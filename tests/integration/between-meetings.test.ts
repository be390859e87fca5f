import type { Agreement } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

interface FollowUps {
  courses: Record<
    'overdue' | 'dueSoon' | 'awaitingManager' | 'changedSinceSeen',
    { id: string; what: string }[]
  >[]
}

/** What the citizen answers after a meeting: the four scales, and `answer` to every guide question unless told. */
function feedbackAnswers(
  [relation, goalsAndTopics, approach, overall]: [number, number, number, number],
  answer: 'yes' | 'partly' | 'no',
  guide: Record<string, string> = {},
) {
  const every = (q: string) => guide[q] ?? answer
  return {
    evaluation: { relation, goalsAndTopics, approach, overall },
    guide: {
      talkedAboutWhatIWanted: every('talkedAboutWhatIWanted'),
      wasHeard: every('wasHeard'),
      goalsAndAgreementsAreMine: every('goalsAndAgreementsAreMine'),
      rightPeopleWereThere: every('rightPeopleWereThere'),
      haveTheOverview: every('haveTheOverview'),
      ...(guide.comment === undefined ? {} : { comment: guide.comment }),
    },
  }
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let agreement: Agreement
let someoneElses: Agreement
const anonymous = () => new ApiClient(server.url)

async function link(body: Record<string, unknown>): Promise<string> {
  const result = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'test',
    ...body,
  })
  return result.body.token
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  ;[agreement, someoneElses] = await withCourseDoc(server, api, courseId, (course) => {
    const open = course.agreements
      .list()
      .filter((a) => a.owner?.kind === 'person' && ['agreed', 'inProgress'].includes(a.status))
    const first = open[0]!
    const other = open.find(
      (a) =>
        a.owner?.kind === 'person' &&
        first.owner?.kind === 'person' &&
        a.owner.personId !== first.owner.personId,
    )!
    return [first, other]
  })
})
afterAll(() => server.stop())

describe('between meetings', () => {
  it('lists overdue, due-soon and manager-decision agreements for the coordinator', async () => {
    const { body } = await api.request<FollowUps>('GET', '/api/follow-ups')
    const [course] = body.courses
    expect(course!.overdue.length).toBe(1) // the demo has exactly one overdue agreement
    expect(course!.awaitingManager.length).toBeGreaterThan(0)
    expect(course!.changedSinceSeen.length).toBeGreaterThan(0) // never looked before
    await api.request('POST', `/api/follow-ups/${courseId}/seen`)
    const after = await api.request<FollowUps>('GET', '/api/follow-ups')
    expect(after.body.courses[0]!.changedSinceSeen).toEqual([])
  })

  it('lets an owner mark their own agreement done through their link, and only their own', async () => {
    const owner = agreement.owner?.kind === 'person' ? agreement.owner.personId : ''
    // yesterday's meeting link: the board is read-only for it now, but reporting on one's own agreement is allowed
    const yesterday = Date.now() - 2 * 86_400_000
    const token = await link({
      kind: 'participant',
      personId: owner,
      editFrom: yesterday,
      editUntil: yesterday + 3_600_000,
    })
    const response = await anonymous().request<{
      agreement: { status: string; lastChange: { note: string } }
    }>('POST', `/api/agreements/${courseId}/${agreement.id}/status?token=${token}`, {
      to: 'done',
      note: 'Ringet og aftalt tid',
    })
    expect(response.status).toBe(200)
    expect(response.body.agreement).toMatchObject({
      status: 'done',
      lastChange: { note: 'Ringet og aftalt tid' },
    })
    const list = await api.request<FollowUps>('GET', '/api/follow-ups')
    expect(list.body.courses[0]!.changedSinceSeen.map((a) => a.id)).toContain(agreement.id)

    const other = await anonymous().request(
      'POST',
      `/api/agreements/${courseId}/${someoneElses.id}/status?token=${token}`,
      {
        to: 'done',
      },
    )
    expect(other.status).toBe(403)
    const viewer = await link({ kind: 'viewer' })
    expect(
      (
        await anonymous().request(
          'POST',
          `/api/agreements/${courseId}/${agreement.id}/status?token=${viewer}`,
          { to: 'agreed' },
        )
      ).status,
    ).toBe(403)
    const invalid = await api.request<{ error: string }>(
      'POST',
      `/api/agreements/${courseId}/${someoneElses.id}/status`,
      { to: 'changed' },
    )
    expect(invalid.status).toBe(400) // a change to "ændret" needs a note
  })

  it('shows a status change on an open board', async () => {
    const viewer = connectYjsClient({ wsBase: server.wsUrl, courseId, token: await link({ kind: 'viewer' }) })
    await viewer.synced()
    await api.request('POST', `/api/agreements/${courseId}/${someoneElses.id}/status`, {
      to: 'delayed',
      note: 'Venter på svar',
    })
    await waitFor('the viewer sees the change', () => {
      const fields = viewer.doc.getMap('agreements').get(someoneElses.id) as
        | { get(k: string): unknown }
        | undefined
      return fields?.get('status') === 'delayed'
    })
    viewer.destroy()
  })

  it('keeps the citizen’s feedback from other participants', async () => {
    const meetingId = someoneElses.meetingId!
    const citizen = await link({ kind: 'citizen' })
    const participant = await link({ kind: 'participant' })
    const answers = feedbackAnswers([9, 8, 7, 8], 'yes', {
      goalsAndAgreementsAreMine: 'partly',
      haveTheOverview: 'partly',
      comment: 'Godt møde',
    })
    const bad = await anonymous().request('PUT', `/api/feedback/${courseId}/${meetingId}?token=${citizen}`, {
      ...answers,
      evaluation: { ...answers.evaluation, overall: 11 },
    })
    expect(bad.status).toBe(400)
    expect(
      (await anonymous().request('PUT', `/api/feedback/${courseId}/${meetingId}?token=${citizen}`, answers))
        .status,
    ).toBe(200)
    expect(
      (await anonymous().request('GET', `/api/feedback/${courseId}/${meetingId}?token=${participant}`))
        .status,
    ).toBe(403)
    const seen = await api.request<{ feedback: typeof answers }>(
      'GET',
      `/api/feedback/${courseId}/${meetingId}`,
    )
    expect(seen.body.feedback).toMatchObject(answers)
    const frozen = await api.request<{ record: { content: { evaluation: unknown } } }>(
      'POST',
      `/api/records/${courseId}`,
      { meetingId },
    )
    expect(frozen.body.record.content.evaluation).toEqual(answers.evaluation)
  })

  it('lets neither a participant nor a viewer write or read the feedback, and keeps it out of the document', async () => {
    const meetingId = someoneElses.meetingId!
    const participant = await link({ kind: 'participant' })
    const viewer = await link({ kind: 'viewer' })
    const answers = feedbackAnswers([2, 3, 4, 5], 'no', { comment: 'Hemmelig kommentar fra borgeren' })
    for (const token of [participant, viewer]) {
      const put = await anonymous().request(
        'PUT',
        `/api/feedback/${courseId}/${meetingId}?token=${token}`,
        answers,
      )
      expect(put.status).toBe(403)
      expect(
        (await anonymous().request('GET', `/api/feedback/${courseId}/${meetingId}?token=${token}`)).status,
      ).toBe(403)
    }
    const extra = await api.request('PUT', `/api/feedback/${courseId}/${meetingId}`, {
      ...answers,
      publish: true,
    })
    expect(extra.status).toBe(400)
    expect((await api.request('PUT', `/api/feedback/${courseId}/${meetingId}`, answers)).status).toBe(200)
    const board = connectYjsClient({ wsBase: server.wsUrl, courseId, token: participant })
    await board.synced()
    expect(JSON.stringify(board.doc.toJSON())).not.toContain('Hemmelig kommentar')
    board.destroy()
    const audit = await api.request<{ entries: { action: string }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const actions = audit.body.entries.map((e) => e.action)
    expect(actions).toContain('feedback.saved')
    expect(actions).toContain('feedback.read')
    expect(JSON.stringify(audit.body)).not.toContain('Hemmelig')
  })

  it('asks for feedback only on a meeting that has been held', async () => {
    const planned = await withCourseDoc(server, api, courseId, (course) =>
      course.meetings.list().find((m) => m.status === 'planned'),
    )
    expect(planned).toBeDefined()
    const answers = feedbackAnswers([5, 5, 5, 5], 'yes')
    const early = await api.request('PUT', `/api/feedback/${courseId}/${planned!.id}`, answers)
    expect(early.status).toBe(409)
    expect((await api.request('PUT', `/api/feedback/${courseId}/no-such-meeting`, answers)).status).toBe(404)
  })
})
