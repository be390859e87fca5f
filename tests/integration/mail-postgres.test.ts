import { addDays, citizen, createAgreement, dateIn } from '@bordenden/model'
import { PostgresStorage } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCourseDoc } from '../support/course-editor.ts'
import { PostgresServer } from '../support/postgres.ts'
import { ServerProcess } from '../support/server.ts'
import { SmtpSink } from '../support/smtp.ts'
import { waitFor } from '../support/wait.ts'

const CITIZEN = 'borger@example.dk'
let postgres: PostgresServer
let sink: SmtpSink

beforeAll(async () => {
  ;[postgres, sink] = await Promise.all([PostgresServer.start(), SmtpSink.start()])
}, 60_000)
afterAll(async () => {
  await Promise.all([postgres?.stop(), sink?.stop()])
})

describe('the outbox on PostgreSQL', () => {
  it('never leases one mail to two processes claiming at the same moment', async () => {
    const url = await postgres.createDatabase()
    const [a, b] = await Promise.all([PostgresStorage.connect({ url }), PostgresStorage.connect({ url })])
    try {
      const now = Date.now()
      await a.createCourse({ id: 'c1', title: 'kø', createdAt: now })
      const message = { to: CITIZEN, subject: 's', text: 't', headers: {}, attachments: [] }
      for (let n = 0; n < 40; n++) {
        await a.mail.enqueue({
          id: `m${n}`,
          courseId: 'c1',
          kind: 'dueSoon',
          party: 'citizen',
          about: `a${n}`,
          message,
          linkHash: `h${n}`,
          createdAt: now,
        })
      }
      const drain = async (storage: PostgresStorage, owner: string) => {
        const got: string[] = []
        for (;;) {
          const claimed = await storage.mail.claim(owner, Date.now(), Date.now() + 60_000, 3)
          if (claimed.length === 0) return got
          got.push(...claimed.map((m) => m.id))
        }
      }
      const [byA, byB] = await Promise.all([drain(a, 'A'), drain(b, 'B')])
      expect(byA.filter((id) => byB.includes(id))).toEqual([])
      expect([...byA, ...byB].sort()).toHaveLength(40)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('sends each reminder once when two server processes run the job and the sender together', async () => {
    const env = {
      DATABASE_URL: await postgres.createDatabase(),
      SMTP_URL: sink.url,
      MAIL_FROM: 'bordenden@kommune.example',
      MAIL_RETRY_MS: '200',
    }
    const first = await ServerProcess.start({ env })
    const second = await ServerProcess.start({ env })
    try {
      const api = await first.coordinator()
      const { courseId } = await first.course('to processer')
      await api.request('PUT', `/api/mail/${courseId}`, {
        reminders: true,
        daysBefore: 2,
        citizenEmail: CITIZEN,
      })
      await withCourseDoc(first, api, courseId, (course) => {
        const due = addDays(dateIn(Date.now()), 1)
        for (let n = 0; n < 12; n++)
          createAgreement(
            course,
            { what: `Aftale ${n}`, owner: citizen, dueDate: due, meetingId: null },
            'test',
          )
      })
      const since = [first.logs.length, second.logs.length]
      await Promise.all([first.kill('SIGTERM'), second.kill('SIGTERM')])
      await Promise.all([first.spawn(), second.spawn()])
      await Promise.all(
        [first, second].map((s, i) => s.waitForLog((l) => l.msg === 'reminder run', 30_000, since[i])),
      )
      await waitFor('every reminder sent', async () => {
        const { body } = await api.request<{ waiting: number }>('GET', `/api/mail/${courseId}`)
        return body.waiting === 0
      })
      const texts = sink.to(CITIZEN).map((m) => /Aftale \d+/.exec(m.text ?? '')?.[0])
      expect(texts.sort()).toEqual(Array.from({ length: 12 }, (_, n) => `Aftale ${n}`).sort())
      const sentBy = [first, second].map((s) => s.logs.filter((l) => l.msg === 'mail sent').length)
      expect(sentBy[0]! + sentBy[1]!).toBe(12)
    } finally {
      await Promise.all([first.stop(), second.stop()])
    }
  })
})
