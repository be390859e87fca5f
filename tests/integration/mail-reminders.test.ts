import {
  addDays,
  changeAgreementStatus,
  createAgreement,
  createMeeting,
  dateIn,
  inviteToMeeting,
  person,
} from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { testClockOffsetMs } from '../support/clock.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { SmtpSink } from '../support/smtp.ts'
import { waitFor } from '../support/wait.ts'

const DAY_MS = 86_400_000
const CITIZEN = 'borger@example.dk'
const SISTER = 'soester@example.dk'
/** The server's clock: the run's offset, moved one day further at each restart. */
const env: Record<string, string> = {
  MAIL_FROM: 'bordenden@kommune.example',
  MAIL_RETRY_MS: '200',
  TEST_CLOCK_OFFSET_MS: String(testClockOffsetMs()),
}

let sink: SmtpSink
let server: ServerProcess
let api: ApiClient
let courseId: string
let start: string

beforeAll(async () => {
  sink = await SmtpSink.start()
  env.SMTP_URL = sink.url
  server = await ServerProcess.start({ env })
  api = await server.coordinator()
  ;({ courseId } = await server.course('påmindelser dag for dag'))
  await api.request('PUT', `/api/mail/${courseId}`, { reminders: true, daysBefore: 2, citizenEmail: CITIZEN })
  start = dateIn(Date.now())
  await withCourseDoc(server, api, courseId, (course) => {
    const sister = course.people.create(
      { name: 'Søster', sector: 'family', contact: { phone: '', email: SISTER, other: '' } },
      'test',
    )
    const meeting = createMeeting(course, { title: 'Netværksmøde 2', date: addDays(start, 3) }, 'test')
    inviteToMeeting(course, meeting.id, { personId: sister.id, chosenByCitizen: true }, 'test')
    createAgreement(
      course,
      { what: 'Hente Jonas fredag', owner: person(sister.id), dueDate: addDays(start, 5), meetingId: null },
      'test',
    )
    // Kept before its reminder was due: it gets none.
    const kept = createAgreement(
      course,
      { what: 'Gjort i tide', owner: person(sister.id), dueDate: addDays(start, 6), meetingId: null },
      'test',
    )
    changeAgreementStatus(course, kept.id, { to: 'done' }, 'test')
  })
})
afterAll(async () => {
  await server?.stop()
  await sink?.stop()
})

/** Which reminders arrived, as "kind→address" (the kind told by the subject). */
const kindOf = (subject: string) =>
  subject.includes('møde i morgen') ? 'meeting' : subject.includes('passeret') ? 'overdue' : 'dueSoon'

describe('reminders over the weeks between two meetings', () => {
  it('arrive on the right days when the clock moves one day at a time', async () => {
    const arrived: Record<string, string[]> = {}
    for (let day = 0; day <= 7; day++) {
      env.TEST_CLOCK_OFFSET_MS = String(testClockOffsetMs() + day * DAY_MS)
      await server.kill('SIGTERM')
      const since = server.logs.length
      // Counted before the server starts: it sends the day's reminders right after its first run, and
      // they may reach the sink before the test has read that run's log line.
      const before = sink.messages.length
      await server.spawn()
      const run = await server.waitForLog((l) => l.msg === 'reminder run', 30_000, since)
      await waitFor('the day’s reminders sent', async () => {
        const { body } = await api.request<{ waiting: number }>('GET', `/api/mail/${courseId}`)
        return body.waiting === 0
      })
      arrived[String(run.date)] = sink.messages
        .slice(before)
        .map((m) => `${kindOf(m.subject ?? '')}→${m.to && 'text' in m.to ? m.to.text : ''}`)
        .sort()
    }
    const expected: Record<string, string[]> = {}
    for (let day = 0; day <= 7; day++) expected[addDays(start, day)] = []
    expected[addDays(start, 2)] = [`meeting→${CITIZEN}`, `meeting→${SISTER}`]
    expected[addDays(start, 3)] = [`dueSoon→${SISTER}`]
    expected[addDays(start, 6)] = [`overdue→${SISTER}`]
    expect(arrived).toEqual(expected)
  })
})
