import {
  addDays,
  CourseDoc,
  changeAgreementStatus,
  citizen,
  createAgreement,
  createMeeting,
  dateIn,
  inviteToMeeting,
  person,
} from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadConfig } from '../config.ts'
import { composeMail, mailId } from './compose.ts'
import { remindersDue } from './reminders.ts'
import { retryDelay } from './sender.ts'

const today = dateIn(Date.now())

function course() {
  const c = new CourseDoc(new Y.Doc(), new Y.Doc())
  const sister = c.people.create({ name: 'Søster', sector: 'family' }, 'test').id
  return { c, sister }
}
const due = (c: CourseDoc, on: string) => remindersDue(c, on, 2).map((r) => `${r.kind}:${r.party}`)

describe('reminders due on a day', () => {
  it('reminds an open agreement’s owner from N days before its date, and after it passed', () => {
    const { c, sister } = course()
    const dueDate = addDays(today, 5)
    createAgreement(c, { what: 'Hente Jonas', owner: person(sister), dueDate, meetingId: null }, 'test')
    expect(due(c, addDays(today, 2))).toEqual([])
    expect(due(c, addDays(today, 3))).toEqual([`dueSoon:${sister}`])
    expect(due(c, dueDate)).toEqual([`dueSoon:${sister}`]) // the same reminder (same id), queued once
    expect(due(c, addDays(today, 6))).toEqual([`overdue:${sister}`])
    const [soon] = remindersDue(c, addDays(today, 3), 2)
    const [late] = remindersDue(c, addDays(today, 4), 2)
    expect(soon?.about).toBe(late?.about)
  })

  it('leaves out kept agreements and agreements without owner or date', () => {
    const { c, sister } = course()
    const kept = createAgreement(
      c,
      { what: 'x', owner: citizen, dueDate: addDays(today, 1), meetingId: null },
      'test',
    )
    changeAgreementStatus(c, kept.id, { to: 'done' }, 'test')
    createAgreement(c, { what: 'y', owner: null, dueDate: addDays(today, 1), meetingId: null }, 'test')
    createAgreement(c, { what: 'z', owner: person(sister), dueDate: null, meetingId: null }, 'test')
    expect(due(c, today)).toEqual([])
  })

  it('reminds the citizen and every invitee the day before a planned meeting', () => {
    const { c, sister } = course()
    const meeting = createMeeting(c, { title: 'Møde', date: addDays(today, 3) }, 'test')
    inviteToMeeting(c, meeting.id, { personId: sister, chosenByCitizen: true }, 'test')
    expect(due(c, addDays(today, 1))).toEqual([])
    expect(due(c, addDays(today, 2))).toEqual(['meetingTomorrow:citizen', `meetingTomorrow:${sister}`])
    expect(due(c, addDays(today, 3))).toEqual([])
    // The texts name the meeting's day, nobody.
    expect(JSON.stringify(remindersDue(c, addDays(today, 2), 2))).not.toContain('Søster')
  })
})

describe('a composed mail', () => {
  const draft = {
    courseId: 'c',
    party: 'citizen',
    about: 'a',
    to: 'borger@example.dk',
    subject: 's',
    paragraphs: ['p'],
  }
  it('has the same id for the same thing to the same person, and a one-click unsubscribe if a reminder', () => {
    const reminder = composeMail({ ...draft, kind: 'dueSoon' }, 'https://b.example', 0)
    expect(reminder.id).toBe(mailId('c', 'a', 'citizen'))
    expect(reminder.id).not.toBe(mailId('c', 'a', 'someone'))
    expect(reminder.message.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const link = /<(.+)>/.exec(reminder.message.headers['List-Unsubscribe'] ?? '')?.[1] ?? ''
    expect(link).toMatch(/^https:\/\/b\.example\/mail\/unsubscribe\?token=[a-z2-7]{32}$/)
    expect(reminder.message.text).toContain(link)
    expect(reminder.linkHash).not.toContain(link.split('=')[1])
    const record = composeMail({ ...draft, kind: 'record' }, 'https://b.example', 0)
    expect(record.message.headers).toEqual({})
    expect(record.message.text).toContain('https://b.example/mail/record?token=')
  })

  it('is retried after a wait that doubles, up to an hour', () => {
    expect([0, 1, 2].map((n) => retryDelay(30_000, n))).toEqual([30_000, 60_000, 120_000])
    expect(retryDelay(30_000, 20)).toBe(3_600_000)
  })
})

describe('SMTP configuration', () => {
  it('is off without SMTP_URL, and reads the URL and sender with it', () => {
    expect(loadConfig({}).mail).toBeNull()
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.kommune.dk:465',
      MAIL_FROM: 'Bordenden <b@kommune.dk>',
    })
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.kommune.dk:465',
      from: 'Bordenden <b@kommune.dk>',
    })
  })

  it.each([
    [{ SMTP_URL: 'http://mail:25', MAIL_FROM: 'b@k.dk' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail:25' }, 'MAIL_FROM'],
    [{ SMTP_URL: 'smtp://mail:25', MAIL_FROM: 'not an address' }, 'MAIL_FROM'],
    [{ MAIL_FROM: 'b@k.dk' }, 'SMTP_URL'],
    [{ MAIL_RETRY_MS: '5' }, 'MAIL_RETRY_MS'],
  ])('names the bad variable in %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name)
  })
})
