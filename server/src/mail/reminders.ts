import { addDays, type CourseDoc, type IsoDate, isOpen, partyKey } from '@bordenden/model'
import { danishDate } from '../records/dates.ts'
import type { MailKind } from '../storage/mail.ts'
import { mailText as t } from './texts.ts'

/** A reminder due today, before addresses and opt-outs are looked at. */
export interface Reminder {
  kind: Exclude<MailKind, 'record'>
  party: string
  /** Unique per reminder that should ever be sent, so the hourly run queues it once. */
  about: string
  subject: string
  paragraphs: string[]
}

/**
 * The reminders a course owes on `today`: to an open agreement's owner from `daysBefore` days before
 * its due date until it, and from the day after it passed (once each); to the citizen and every invitee
 * the day before a planned meeting. Texts name the agreement or the meeting, never a person: the owner
 * and the invitees already know both.
 */
export function remindersDue(course: CourseDoc, today: IsoDate, daysBefore: number): Reminder[] {
  const reminders: Reminder[] = []
  for (const agreement of course.agreements.list()) {
    const { owner, dueDate } = agreement
    if (!owner || !dueDate || !isOpen(agreement)) continue
    const party = partyKey(owner)
    const what = agreement.what.trim() || t('reminder.noDescription')
    if (today >= addDays(dueDate, -daysBefore) && today <= dueDate) {
      reminders.push({
        kind: 'dueSoon',
        party,
        about: `dueSoon:${agreement.id}:${dueDate}`,
        subject: t('reminder.dueSoon.subject', { date: danishDate(dueDate) }),
        paragraphs: [
          t('reminder.dueSoon.body', { date: danishDate(dueDate) }),
          t('reminder.quoted', { what }),
          t('reminder.dueSoon.howItGoes'),
        ],
      })
    } else if (today > dueDate) {
      reminders.push({
        kind: 'overdue',
        party,
        about: `overdue:${agreement.id}:${dueDate}`,
        subject: t('reminder.overdue.subject'),
        paragraphs: [
          t('reminder.overdue.body', { date: danishDate(dueDate) }),
          t('reminder.quoted', { what }),
          t('reminder.overdue.howItStands'),
        ],
      })
    }
  }
  for (const meeting of course.meetings.list()) {
    if (meeting.status !== 'planned' || meeting.date !== addDays(today, 1)) continue
    const date = danishDate(meeting.date)
    const when = meeting.startTime ? t('reminder.at', { date, time: meeting.startTime }) : date
    const where = meeting.place ? ` ${t('reminder.place', { place: meeting.place })}` : ''
    for (const party of ['citizen', ...meeting.invitees.map((i) => i.personId)]) {
      reminders.push({
        kind: 'meetingTomorrow',
        party,
        about: `meetingTomorrow:${meeting.id}:${meeting.date}`,
        subject: t('reminder.meeting.subject', { date }),
        paragraphs: [`${t('reminder.meeting.body', { when })}${where}`],
      })
    }
  }
  return reminders
}
