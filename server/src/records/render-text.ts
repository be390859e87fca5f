import { label } from '@bordenden/model'
import { formatDate, localeTag } from '@bordenden/text'
import type { AgreementRecord } from '../storage/records.ts'
import { danishDate } from './dates.ts'
import type { RecordAgreement, RecordContent } from './record-content.ts'

export const danishDay = (ms: number) => formatDate(ms, 'day', 'da')

const approvalWords = {
  inMeeting: 'på mødet',
  inPerson: 'ved et senere møde med koordinatoren',
  citizenLink: 'selv via sit link',
}

/** The status line every rendering ends with: approved or not, by whom, and the record's hash. */
export function approvalLine(record: AgreementRecord): string {
  if (record.approvedAt === null || record.approvalMethod === null)
    return 'UDKAST – endnu ikke godkendt af borgeren.'
  const sent = record.sentAt ? ` Sendt ${danishDay(record.sentAt)} til ${record.sentTo.join(', ')}.` : ''
  return `Godkendt af ${record.content.course.citizenName} ${danishDay(record.approvedAt)} (${approvalWords[record.approvalMethod]}).${sent}`
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
    role: 'borgeren',
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

/** "Hvem gør hvad – og hvornår" as one line per agreement. */
export function agreementLine(a: RecordAgreement): string {
  const who = a.owner ?? '[ansvarlig mangler]'
  const when = a.dueDate ? `senest ${danishDate(a.dueDate)}` : '[dato mangler]'
  const followUp =
    a.followUp.who || a.followUp.when || a.followUp.how
      ? ` Opfølgning: ${[a.followUp.who, a.followUp.when && danishDate(a.followUp.when), a.followUp.how].filter(Boolean).join(', ')}.`
      : ''
  const manager = a.needsManagerDecision
    ? ` Kræver ledelsens beslutning${a.managerAnswerBy ? `, svar senest ${danishDate(a.managerAnswerBy)}` : ''}.`
    : ''
  return `${who}: ${a.what || '[indhold mangler]'} – ${when}. (${a.status})${followUp}${manager}`
}

/** A compact note to paste into Nexus, Cura or Momentum: headings, who does what by when, approval. */
export function journalText(record: AgreementRecord): string {
  const { content } = record
  const m = content.meeting
  const people = attendanceOf(record).map((a) => ({
    ...a,
    name: a.citizen ? `${a.name} (borgeren)` : a.name,
  }))
  const present = people.filter((a) => a.present).map((a) => a.name)
  const absent = people
    .filter((a) => !a.present && a.attendance !== notRecorded)
    .map((a) => `${a.name} (${a.attendance.toLowerCase()})`)
  const unknown = people.filter((a) => a.attendance === notRecorded).map((a) => a.name)
  const settled = content.settledAgreements ?? []
  const lines = [
    `AFTALEREFERAT – ${m.title}, ${danishDate(m.date)}${m.startTime ? ` kl. ${m.startTime}` : ''}`,
    `Borger: ${content.course.citizenName}. ${content.municipality}. Version ${record.version}.`,
    m.place ? `Sted: ${m.place}.` : '',
    m.roles?.length ? `${m.roles.map((r) => `${r.duty}: ${r.name}`).join('. ')}.` : '',
    present.length ? `Til stede: ${present.join(', ')}.` : '',
    absent.length ? `Ikke til stede: ${absent.join(', ')}.` : '',
    unknown.length ? `Fremmøde ikke registreret: ${unknown.join(', ')}.` : '',
    m.overallGoal ? `Borgerens mål for mødet: ${m.overallGoal}` : '',
    m.themes.length ? `Temaer: ${m.themes.map((t, i) => `${i + 1}) ${t}`).join(' ')}` : '',
    '',
    'MÅL (med borgerens ord)',
    ...content.goals.map((g) => `- ${goalLine(g)}`),
    '',
    'HVEM GØR HVAD – OG HVORNÅR',
    ...(content.agreements.length
      ? content.agreements.map((a) => `- ${agreementLine(a)}`)
      : ['- Ingen nye aftaler.']),
  ]
  if (content.ongoingAgreements.length) {
    lines.push(
      '',
      'AFTALER FRA TIDLIGERE, DER STADIG ER I GANG',
      ...content.ongoingAgreements.map((a) => `- ${agreementLine(a)}`),
    )
  }
  if (settled.length) {
    lines.push(
      '',
      'AFTALER FRA TIDLIGERE, DER ER AFSLUTTET SIDEN SIDST',
      ...settled.map((a) => `- ${agreementLine(a)}`),
    )
  }
  if (content.parkedTopics.length) {
    lines.push('', 'PARKEREDE EMNER', ...content.parkedTopics.map((t) => `- ${t.text} (${t.status})`))
  }
  if (record.changes.length)
    lines.push('', `ÆNDRET SIDEN VERSION ${record.version - 1}`, ...record.changes.map((c) => `- ${c.text}`))
  lines.push('', approvalLine(record), `Referat ${record.id}, kontrolsum ${record.hash.slice(0, 16)}.`)
  return `${lines
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
    .trim()}\n`
}
