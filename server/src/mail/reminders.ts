import { addDays, type CourseDoc, type IsoDate, isOpen, partyKey } from '@bordenden/model'
import { danishDate } from '../records/dates.ts'
import type { MailKind } from '../storage/mail.ts'

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
    const what = agreement.what.trim() || 'en aftale uden beskrivelse'
    if (today >= addDays(dueDate, -daysBefore) && today <= dueDate) {
      reminders.push({
        kind: 'dueSoon',
        party,
        about: `dueSoon:${agreement.id}:${dueDate}`,
        subject: `Påmindelse: en aftale skal være klar ${danishDate(dueDate)}`,
        paragraphs: [
          `Du har sagt ja til en aftale i et netværksforløb, som skal være klar ${danishDate(dueDate)}:`,
          `"${what}"`,
          'Du kan fortælle, hvordan det går, via det link, du har fået af koordinatoren.',
        ],
      })
    } else if (today > dueDate) {
      reminders.push({
        kind: 'overdue',
        party,
        about: `overdue:${agreement.id}:${dueDate}`,
        subject: 'Påmindelse: en aftale har passeret sin dato',
        paragraphs: [
          `En aftale, du har sagt ja til i et netværksforløb, skulle have været klar ${danishDate(dueDate)}:`,
          `"${what}"`,
          'Fortæl gerne, hvordan det står til, via det link, du har fået af koordinatoren, eller kontakt koordinatoren.',
        ],
      })
    }
  }
  for (const meeting of course.meetings.list()) {
    if (meeting.status !== 'planned' || meeting.date !== addDays(today, 1)) continue
    const when = `${danishDate(meeting.date)}${meeting.startTime ? ` kl. ${meeting.startTime}` : ''}`
    const where = meeting.place ? ` Stedet er: ${meeting.place}.` : ''
    for (const party of ['citizen', ...meeting.invitees.map((i) => i.personId)]) {
      reminders.push({
        kind: 'meetingTomorrow',
        party,
        about: `meetingTomorrow:${meeting.id}:${meeting.date}`,
        subject: `Påmindelse: netværksmøde i morgen, ${danishDate(meeting.date)}`,
        paragraphs: [`Du er inviteret til netværksmøde i morgen, ${when}.${where}`],
      })
    }
  }
  return reminders
}
