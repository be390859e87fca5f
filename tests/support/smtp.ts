import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { freePort } from './process.ts'

const USER = 'bordenden'
const PASSWORD = 'smtp-test-password'

/**
 * A real SMTP server on loopback (npm smtp-server) that demands a login and keeps every message it
 * accepted, parsed with mailparser. It can be stopped and started again on the same port, to play an
 * SMTP server that is down.
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = []
  /** Addresses refused for good (550, no such mailbox). */
  readonly unknown = new Set<string>()
  readonly port: number
  private server: SMTPServer | null = null

  private constructor(port: number) {
    this.port = port
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink(await freePort())
    await sink.listen()
    return sink
  }

  /** The server's `SMTP_URL`, with its login. */
  get url(): string {
    return `smtp://${USER}:${PASSWORD}@127.0.0.1:${this.port}`
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth: (auth, _session, done) =>
        auth.username === USER && auth.password === PASSWORD
          ? done(null, { user: USER })
          : done(new Error('wrong login')),
      onRcptTo: (address, _session, done) => {
        if (!this.unknown.has(address.address)) return done()
        done(Object.assign(new Error('no such mailbox'), { responseCode: 550 }))
      },
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            done()
          })
          .catch(done)
      },
    })
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The messages to one address. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => JSON.stringify(m.to).includes(address))
  }
}
