import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import { composeMail, type Draft } from './compose.ts'
import { type MailSender, startMailSender } from './sender.ts'

/** Queues mail when SMTP is configured; without it there is no outbox traffic at all, and callers say so. */
export interface Mailer {
  readonly configured: boolean
  /** Queues the drafts (each once, ever); returns how many were new. */
  queue(drafts: readonly Draft[]): Promise<number>
  stop(): Promise<void>
}

export function createMailer(deps: {
  config: Pick<Config, 'mail' | 'mailRetryMs' | 'publicUrl'>
  storage: Storage
  log: Logger
}): Mailer {
  const { config, storage, log } = deps
  const smtp = config.mail
  if (!smtp) return { configured: false, queue: async () => 0, stop: async () => {} }
  const sender: MailSender = startMailSender({
    mail: storage.mail,
    log,
    smtpUrl: smtp.smtpUrl,
    from: smtp.from,
    domain: new URL(config.publicUrl).hostname,
    retryMs: config.mailRetryMs,
  })
  return {
    configured: true,
    async queue(drafts) {
      let queued = 0
      for (const draft of drafts) {
        if (await storage.mail.enqueue(composeMail(draft, config.publicUrl, Date.now()))) queued++
      }
      if (queued > 0) sender.wake()
      return queued
    },
    stop: () => sender.stop(),
  }
}
