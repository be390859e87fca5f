import { label } from '@bordenden/model'
import { formatDate, localeTag } from '@bordenden/text'
import type { AgreementRecord } from '../storage/records.ts'
import { danishDate } from './dates.ts'
import type { RecordAgreement, RecordContent } from './record-content.ts'
import { recordText as t } from './texts.ts'

export const danishDay = (ms: number) => formatDate(ms, 'day', 'da')

/** The status line every rendering ends with: approved or not, by whom, and the record's hash. */
export function approvalLine(record: AgreementRecord): string {
  if (record.approvedAt === null || record.approvalMethod === null) return t('approval.draft')
  const sent = record.sentAt
    ? ` ${t('approval.sent', { day: danishDay(record.sentAt), to: record.sentTo.join(', ') })}`
    : ''
  const how = t(`approval.${record.approvalMethod}`)
  return `${t('approval.approved', { name: record.content.course.citizenName, day: danishDay(record.approvedAt), how })}${sent}`
}

const notRecorded = label('attendance', 'notRecorded')

/**
 * Who was invited and whether they came, the citizen first. The citizen is not among the invitees, so
 * nothing marks their attendance; the record knows they were there when they approved it at the meeting.
 */
export function attendanceOf(record: AgreementRecord) {
  const there = record.approvalMethod === 'inMeeting'
  const citizen = {
    name: record.content.course.citizenName,
    role: t('person.citizen'),
    present: there,
    attendance: label('attendance', there ? 'present' : 'notRecorded'),
    citizen: true,
  }
  return [citizen, ...record.content.meeting.attendance.map((a) => ({ ...a, citizen: false }))]
}

/** A goal with its life area, and its status unless it is simply active. */
export function goalLine(g: RecordContent['goals'][number]): string {
  const status =
    g.status === label('goalStatus', 'active') ? '' : ` – ${g.status.toLocaleLowerCase(localeTag('da'))}`
  return `${g.text} (${g.lifeArea})${status}`
}

/** Who follows up, when and how, as one list. */
export const followUpList = (a: RecordAgreement) =>
  [a.followUp.who, a.followUp.when && danishDate(a.followUp.when), a.followUp.how].filter(Boolean).join(', ')

/** The meeting's day and, when set, its time: "fredag den 4. december 2026 kl. 10.00". */
export const meetingWhen = (m: RecordContent['meeting']) =>
  `${danishDate(m.date)}${m.startTime ? ` ${t('meeting.at', { time: m.startTime })}` : ''}`

/** "Hvem gør hvad – og hvornår" as one line per agreement. */
export function agreementLine(a: RecordAgreement): string {
  const who = a.owner ?? t('agreement.ownerMissing')
  const when = a.dueDate ? t('agreement.by', { date: danishDate(a.dueDate) }) : t('agreement.dateMissing')
  const followUp =
    a.followUp.who || a.followUp.when || a.followUp.how
      ? ` ${t('agreement.followUp', { list: followUpList(a) })}.`
      : ''
  const manager = a.needsManagerDecision
    ? ` ${t('agreement.managerDecision')}${a.managerAnswerBy ? `, ${t('agreement.answerBy', { date: danishDate(a.managerAnswerBy) })}` : ''}.`
    : ''
  return `${who}: ${a.what || t('agreement.whatMissing')} – ${when}. (${a.status})${followUp}${manager}`
}

/** A compact note to paste into Nexus, Cura or Momentum: headings, who does what by when, approval. */
export function journalText(record: AgreementRecord): string {
  const { content } = record
  const m = content.meeting
  const people = attendanceOf(record).map((a) => ({
    ...a,
    name: a.citizen ? `${a.name} (${t('person.citizen')})` : a.name,
  }))
  const present = people.filter((a) => a.present).map((a) => a.name)
  const absent = people
    .filter((a) => !a.present && a.attendance !== notRecorded)
    .map((a) => `${a.name} (${a.attendance.toLowerCase()})`)
  const unknown = people.filter((a) => a.attendance === notRecorded).map((a) => a.name)
  const settled = content.settledAgreements ?? []
  const lines = [
    t('journal.title', { title: m.title, date: meetingWhen(m) }),
    t('journal.citizen', {
      name: content.course.citizenName,
      municipality: content.municipality,
      version: record.version,
    }),
    m.place ? t('journal.place', { place: m.place }) : '',
    m.roles?.length ? `${m.roles.map((r) => `${r.duty}: ${r.name}`).join('. ')}.` : '',
    present.length ? t('journal.present', { names: present.join(', ') }) : '',
    absent.length ? t('journal.absent', { names: absent.join(', ') }) : '',
    unknown.length ? t('journal.unknown', { names: unknown.join(', ') }) : '',
    m.overallGoal ? t('journal.overallGoal', { goal: m.overallGoal }) : '',
    m.themes.length
      ? t('journal.themes', { themes: m.themes.map((theme, i) => `${i + 1}) ${theme}`).join(' ') })
      : '',
    '',
    t('journal.goals'),
    ...content.goals.map((g) => `- ${goalLine(g)}`),
    '',
    t('journal.agreements'),
    ...(content.agreements.length
      ? content.agreements.map((a) => `- ${agreementLine(a)}`)
      : [`- ${t('journal.noAgreements')}`]),
  ]
  if (content.ongoingAgreements.length) {
    lines.push('', t('journal.ongoing'), ...content.ongoingAgreements.map((a) => `- ${agreementLine(a)}`))
  }
  if (settled.length) {
    lines.push('', t('journal.settled'), ...settled.map((a) => `- ${agreementLine(a)}`))
  }
  if (content.parkedTopics.length) {
    lines.push('', t('journal.parked'), ...content.parkedTopics.map((t) => `- ${t.text} (${t.status})`))
  }
  if (record.changes.length)
    lines.push(
      '',
      t('journal.changedSince', { version: record.version - 1 }),
      ...record.changes.map((c) => `- ${c.text}`),
    )
  lines.push('', approvalLine(record), t('record.id', { id: record.id, hash: record.hash.slice(0, 16) }))
  return `${lines
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
    .trim()}\n`
}
