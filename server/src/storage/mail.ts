/** What a mail is about; reminders are the kinds a recipient can opt out of. */
export const MailKinds = ['record', 'dueSoon', 'overdue', 'meetingTomorrow'] as const
export type MailKind = (typeof MailKinds)[number]

/** The message as handed to the SMTP server; kept only until it is sent. */
export interface MailMessage {
  to: string
  subject: string
  text: string
  /** Extra headers (List-Unsubscribe …). */
  headers: Record<string, string>
  attachments: { filename: string; contentType: string; base64: string }[]
}

export interface OutgoingMail {
  /** Made from what the mail is about, so the same reminder or delivery is never queued twice. */
  id: string
  courseId: string
  kind: MailKind
  /** `citizen` or a network person's id. */
  party: string
  message: MailMessage
  /** What it is about, e.g. `record:<id>` or `dueSoon:<agreement id>:<due date>` (no personal data). */
  about: string
  /** SHA-256 of the token in the mail's own link (a reminder's unsubscribe, a record's PDF). */
  linkHash: string | null
  createdAt: number
}

export interface ClaimedMail extends OutgoingMail {
  attempts: number
}

export interface MailSettings {
  reminders: boolean
  daysBefore: number
  citizenEmail: string
}

export const DEFAULT_MAIL_SETTINGS: MailSettings = { reminders: true, daysBefore: 2, citizenEmail: '' }

export interface MailStore {
  /** Queues a mail; false when one with that id was queued before (sent or not). */
  enqueue(mail: OutgoingMail): Promise<boolean>
  /**
   * Leases up to `limit` mails that are due and not leased by a live process: until `leaseUntil`, no
   * other process (or a restart of this one) takes them.
   */
  claim(owner: string, now: number, leaseUntil: number, limit: number): Promise<ClaimedMail[]>
  /**
   * At start: frees the leases a killed process left behind when no other process can hold one (SQLite
   * has one process); on PostgreSQL they run out by themselves, as another process may still be sending.
   */
  releaseLeftLeases(): Promise<void>
  /** Marks a leased mail sent and forgets its address and content. */
  markSent(id: string, owner: string, at: number): Promise<void>
  /** Gives a leased mail back, to be tried again at `retryAt`. */
  markFailed(id: string, owner: string, retryAt: number, error: string): Promise<void>
  /** Forgets a leased mail the SMTP server refused for good (an unknown address): it is not tried again. */
  markGivenUp(id: string, owner: string, at: number, error: string): Promise<void>
  /** Mails of the course not sent yet, and those given up. */
  counts(courseId: string): Promise<{ waiting: number; givenUp: number }>
  settings(courseId: string): Promise<MailSettings>
  saveSettings(courseId: string, settings: MailSettings): Promise<void>
  /** The mail whose link token hashes to `tokenHash`, or null. */
  byLink(
    tokenHash: string,
  ): Promise<{ courseId: string; party: string; kind: MailKind; about: string } | null>
  /** Records that `party` wants no more reminders from the course. */
  optOut(courseId: string, party: string, at: number): Promise<void>
  optedOut(courseId: string): Promise<Set<string>>
}

type Row = Record<string, unknown>

export const toClaimedMail = (row: Row): ClaimedMail => ({
  id: String(row.id),
  courseId: String(row.course_id),
  kind: row.kind as MailKind,
  party: String(row.party),
  about: String(row.about),
  message: JSON.parse(String(row.message)) as MailMessage,
  linkHash: row.link_hash === null ? null : String(row.link_hash),
  createdAt: Number(row.created_at),
  attempts: Number(row.attempts),
})

export const toMailSettings = (row: Row | undefined): MailSettings =>
  row
    ? {
        reminders: Boolean(row.reminders),
        daysBefore: Number(row.days_before),
        citizenEmail: String(row.citizen_email),
      }
    : { ...DEFAULT_MAIL_SETTINGS }

export const toLinkedMail = (row: Row) => ({
  courseId: String(row.course_id),
  party: String(row.party),
  kind: row.kind as MailKind,
  about: String(row.about),
})
