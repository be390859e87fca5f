import { type Context, Hono } from 'hono'
import { html } from 'hono/html'
import { hashSecret, isWellFormedSecret } from '../auth/tokens.ts'
import type { AppEnv } from '../context.ts'
import type { Storage } from '../storage/storage.ts'
import { recordPdfName } from './record-delivery.ts'
import { recordPdf } from './record-pdf.ts'
import { mailText as t } from './texts.ts'

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
  <html lang="da">
    <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>${title}</title></head>
    <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
      <h1>${title}</h1>
      ${body}
    </body>
  </html>`

const unknownLink = (c: Context<AppEnv>) =>
  c.html(page(t('link.unknown.title'), html`<p>${t('link.unknown.body')}</p>`), 404)

/**
 * The links in mails, each carrying its own token (only its hash is stored): `/mail/unsubscribe` shows
 * a button (GET never changes anything, so link scanners cannot unsubscribe anyone) and takes the
 * one-click POST that mail programs send (RFC 8058); `/mail/record` answers the delivered record as PDF.
 * Both are audited under the mail's id, with no address.
 */
export function mailLinkRoutes({ storage }: { storage: Storage }) {
  const find = async (token: string | undefined) =>
    token && isWellFormedSecret(token) ? storage.mail.byLink(hashSecret(token)) : null

  return new Hono<AppEnv>()
    .get('/unsubscribe', async (c) => {
      const token = c.req.query('token')
      const mail = await find(token)
      if (!mail || mail.kind === 'record') return unknownLink(c)
      return c.html(
        page(
          t('link.unsubscribe.title'),
          html`<p>${t('link.unsubscribe.question')}</p>
            <form method="post" action="/mail/unsubscribe?token=${token}">
              <button type="submit">${t('link.unsubscribe.button')}</button>
            </form>`,
        ),
      )
    })
    .post('/unsubscribe', async (c) => {
      const mail = await find(c.req.query('token'))
      if (!mail || mail.kind === 'record') return unknownLink(c)
      await storage.mail.optOut(mail.courseId, mail.party, Date.now())
      await c.var.audit(
        'mail.unsubscribed',
        { kind: mail.kind },
        { actor: 'mail-link', courseId: mail.courseId },
      )
      return c.html(page(t('link.unsubscribed.title'), html`<p>${t('link.unsubscribed.body')}</p>`))
    })
    .get('/record', async (c) => {
      const mail = await find(c.req.query('token'))
      const recordId = mail?.kind === 'record' ? mail.about.replace(/^record:/, '') : null
      const record = recordId ? await storage.records.recordById(recordId) : null
      if (!mail || !record || record.courseId !== mail.courseId) return unknownLink(c)
      await c.var.audit(
        'record.viewed',
        { record: record.id, format: 'pdf-mail-link' },
        { actor: 'mail-link', courseId: mail.courseId },
      )
      const filename = recordPdfName(record)
      c.header('Content-Type', 'application/pdf')
      c.header('Content-Disposition', `inline; filename="${filename}"`)
      c.header('Cache-Control', 'no-store')
      return c.body(await recordPdf(record))
    })
}
