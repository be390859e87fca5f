import { randomUUID } from 'node:crypto'
import nodemailer from 'nodemailer'
import { errorFields, type Logger } from '../log.ts'
import type { ClaimedMail, MailStore } from '../storage/mail.ts'

const HOUR_MS = 3_600_000
/**
 * How long a process holds a mail it is sending; a process killed meanwhile frees it when this runs out.
 * Longer than one send can take with the SMTP timeouts below, so no lease runs out under a live send.
 */
const LEASE_MS = 5 * 60_000
const SMTP_TIMEOUTS = {
  dnsTimeout: 20_000,
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
}
/** How often the outbox is looked at for mails queued by another process or due for a retry. */
const POLL_MS = 2_000
const BATCH = 10

export interface MailSender {
  /** Looks at the outbox now (after queuing), instead of at the next poll. */
  wake(): void
  /** Stops polling; resolves once a send in progress has been recorded. */
  stop(): Promise<void>
}

export interface MailSenderOptions {
  mail: MailStore
  log: Logger
  smtpUrl: string
  from: string
  /** The domain of the Message-ID (PUBLIC_URL's host). */
  domain: string
  retryMs: number
}

/** The wait before the next try: `retryMs` doubled per failed attempt, up to an hour. */
export const retryDelay = (retryMs: number, attempts: number) => Math.min(retryMs * 2 ** attempts, HOUR_MS)

/**
 * Whether the SMTP server refused every recipient for good (a 5xx answer to RCPT TO, e.g. an unknown
 * mailbox): trying again would only be refused again. Any other failure (down, 4xx, a timeout) is retried.
 */
function refusedForGood(error: unknown): boolean {
  const { responseCode, command } = error as { responseCode?: number; command?: string }
  return typeof responseCode === 'number' && responseCode >= 500 && command === 'RCPT TO'
}

/**
 * Sends what the outbox holds. Each mail is leased before it is sent and marked sent right after the
 * SMTP server accepted it, so a restart or a second process does not send it again; its Message-ID is
 * made from the outbox id, so even a crash between the two (the one window left) gives the recipient's
 * mail system the same message twice, which it may fold into one. An SMTP server that is down or refuses
 * gets the mail again later, waiting longer each time; only a recipient it refuses for good is given up.
 */
export function startMailSender(options: MailSenderOptions): MailSender {
  const { mail, log, from, domain, retryMs } = options
  const owner = randomUUID()
  const transport = nodemailer.createTransport({ url: options.smtpUrl, ...SMTP_TIMEOUTS })
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const send = async (m: ClaimedMail) => {
    try {
      await transport.sendMail({
        from,
        to: m.message.to,
        subject: m.message.subject,
        text: m.message.text,
        messageId: `<${m.id}@${domain}>`,
        headers: m.message.headers,
        attachments: m.message.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.base64, 'base64'),
        })),
      })
    } catch (error) {
      // The address is personal data: the log names the mail by id only.
      const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.name) : 'unknown'
      if (refusedForGood(error)) {
        await mail.markGivenUp(m.id, owner, Date.now(), reason)
        log.warn('mail refused by the SMTP server; given up', { mail: m.id, kind: m.kind, reason })
        return
      }
      const delay = retryDelay(retryMs, m.attempts)
      await mail.markFailed(m.id, owner, Date.now() + delay, reason)
      log.warn('mail not sent; will retry', {
        mail: m.id,
        kind: m.kind,
        attempts: m.attempts + 1,
        retryInMs: delay,
        reason,
      })
      return
    }
    await mail.markSent(m.id, owner, Date.now())
    log.info('mail sent', { mail: m.id, kind: m.kind })
  }

  let started = false
  const round = async () => {
    if (!started) {
      await mail.releaseLeftLeases()
      started = true
    }
    for (;;) {
      const now = Date.now()
      const claimed = await mail.claim(owner, now, now + LEASE_MS, BATCH)
      for (const m of claimed) await send(m)
      if (claimed.length < BATCH || stopped) return
    }
  }
  const tick = () => {
    clearTimeout(timer)
    running = running
      .then(round)
      .catch((error) => log.error('mail round failed', errorFields(error)))
      .finally(() => {
        clearTimeout(timer)
        if (!stopped) timer = setTimeout(tick, POLL_MS)
      })
  }
  tick()
  log.info('mail sender started', { retryMs })
  return {
    wake() {
      if (!stopped) tick()
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
      transport.close()
    },
  }
}
