import { meetingsByDate } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

interface Evaluation {
  meeting: { id: string; title: string; date: string } | null
  feedback: { guide: Record<string, string>; evaluation: Record<string, number> } | null
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let lastHeld: string
const anonymous = () => new ApiClient(server.url)

async function link(kind: string): Promise<string> {
  const result = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'test',
    kind,
  })
  return result.body.token
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  lastHeld = await withCourseDoc(server, api, courseId, (course) => {
    const held = meetingsByDate(course).filter((m) => m.status !== 'planned')
    return held.at(-1)!.id
  })
})
afterAll(() => server.stop())

describe('the citizen’s own evaluation of the last meeting', () => {
  it('names the last meeting held, and her answers once she has given them, to her link only', async () => {
    const citizen = await link('citizen')
    const before = await anonymous().request<Evaluation>(
      'GET',
      `/api/evaluation/${courseId}?token=${citizen}`,
    )
    expect(before.status).toBe(200)
    expect(before.body.meeting?.id).toBe(lastHeld)
    const answers = {
      evaluation: { relation: 9, goalsAndTopics: 6, approach: 7, overall: 8 },
      guide: {
        talkedAboutWhatIWanted: 'yes',
        wasHeard: 'partly',
        goalsAndAgreementsAreMine: 'yes',
        rightPeopleWereThere: 'no',
        haveTheOverview: 'yes',
        comment: 'Jeg ville gerne have haft min søster med',
      },
    }
    const put = await anonymous().request(
      'PUT',
      `/api/feedback/${courseId}/${lastHeld}?token=${citizen}`,
      answers,
    )
    expect(put.status).toBe(200)
    const after = await anonymous().request<Evaluation>('GET', `/api/evaluation/${courseId}?token=${citizen}`)
    expect(after.body.feedback).toEqual(answers)
    // Who recorded it and when stay on the server.
    expect(JSON.stringify(after.body)).not.toContain('recordedBy')

    for (const kind of ['participant', 'viewer']) {
      const other = await anonymous().request('GET', `/api/evaluation/${courseId}?token=${await link(kind)}`)
      expect(other.status).toBe(403)
    }
    const audit = await api.request<{ entries: { action: string; detail: { meeting?: string } }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const reads = audit.body.entries.filter(
      (e) => e.action === 'feedback.read' && e.detail.meeting === lastHeld,
    )
    expect(reads.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(audit.body)).not.toContain('søster')
  })
})
