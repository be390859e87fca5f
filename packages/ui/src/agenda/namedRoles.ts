import { type Locale, label, type Meeting, MeetingDuties } from '@bordenden/model'

/** "Mødeleder: Mette Kragh", … for each of the meeting's roles that has someone named, in the method's order. */
export function namedRoles(meeting: Meeting, locale: Locale): string[] {
  return MeetingDuties.flatMap((duty) => {
    const name = meeting.roles?.[duty].trim()
    return name ? [`${label('meetingDuty', duty, locale)}: ${name}`] : []
  })
}
