import { parseArgs } from 'node:util'
import type { AuditAction } from '@bordenden/contract'
import { createId } from '@bordenden/model'
import { verifyAudit } from './audit/verify-audit-command.ts'
import { hashPassword, WeakPasswordError } from './auth/passwords.ts'
import { generateSecret } from './auth/tokens.ts'
import { backupCommands, backupUsage } from './backup/commands.ts'
import { shiftClock } from './clock.ts'
import { loadConfig } from './config.ts'
import { courseCommands, courseCommandsUsage } from './lifecycle/commands.ts'
import type { UserRole } from './storage/accounts.ts'
import { openStorage } from './storage/open-storage.ts'

const usage = `Usage: pnpm bordenden <command> [options]   (uses DATABASE_URL or DATA_DIR like the server)

  create-user --email E --name N [--role coordinator|admin|leder] [--password-stdin]
      Creates a user. Without --password-stdin a random password is generated and printed once.
      A leder (leader) sees only the municipality's aggregate figures at /leder, never a course.
  create-team --name N | list-teams
  assign-team --email E --team N | --no-team
      Puts a coordinator in a team (or in none); a course counts for its owner's team.
  reset-password --email E [--password-stdin]
      Sets a new password (random unless given) and signs the user out everywhere.
  disable-user --email E | enable-user --email E
      A disabled user cannot sign in; disabling also ends their sessions.
  list-users
  list-sessions [--email E]
  revoke-sessions --email E | --session ID
      Ends sessions.
  verify-audit
      Checks the audit log's hash chain; names the first broken entry and exits 1 if there is one.

${backupUsage}${courseCommandsUsage}
Sockets opened with an ended session close within a second: the running server checks for them.
`

// These parse their own options; backup and restore must run before storage is opened (and created).
const own = { ...backupCommands, ...courseCommands }[process.argv[2] ?? '']
if (own) {
  try {
    process.stdout.write(`${await own(loadConfig(), process.argv.slice(3))}\n`)
    process.exit(0)
  } catch (error) {
    process.stderr.write(`bordenden: ${(error as Error).message}\n`)
    process.exit(1)
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'coordinator' },
    session: { type: 'string' },
    team: { type: 'string' },
    'no-team': { type: 'boolean', default: false },
    'password-stdin': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

const fail = (message: string): never => {
  process.stderr.write(`bordenden: ${message}\n`)
  process.exit(1)
}

async function readPassword(): Promise<{ password: string; generated: boolean }> {
  if (!values['password-stdin']) return { password: generateSecret().slice(0, 20), generated: true }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return {
    password: Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, ''),
    generated: false,
  }
}

const config = loadConfig()
if (config.clockOffsetMs) shiftClock(config.clockOffsetMs)
const storage = await openStorage(config)
const { accounts, audit } = storage
const record = (action: AuditAction, detail: Record<string, string | number | boolean | null> = {}) =>
  audit.append({ at: Date.now(), actor: 'cli', action, courseId: null, ip: null, detail })

async function userByEmail() {
  if (!values.email) fail('--email is required')
  return (await accounts.userByEmail(values.email as string)) ?? fail(`no user with email ${values.email}`)
}

const commands: Record<string, () => Promise<void>> = {
  'verify-audit': () => verifyAudit(audit),
  async 'create-user'() {
    if (!values.email || !values.name) fail('--email and --name are required')
    const role = values.role as UserRole
    if (role !== 'coordinator' && role !== 'admin' && role !== 'leder')
      fail('--role must be coordinator, admin or leder')
    if (await accounts.userByEmail(values.email as string)) fail(`a user with email ${values.email} exists`)
    const { password, generated } = await readPassword()
    const id = createId()
    await accounts.createUser({
      id,
      email: (values.email as string).trim(),
      name: (values.name as string).trim(),
      role,
      passwordHash: await hashPassword(password, [values.email as string, values.name as string]),
      createdAt: Date.now(),
      disabledAt: null,
    })
    await record('user.created', { user: id, role })
    process.stdout.write(`created ${role} ${values.email} (${id})\n`)
    if (generated) process.stdout.write(`password: ${password}\n`)
  },
  async 'reset-password'() {
    const user = await userByEmail()
    const { password, generated } = await readPassword()
    await accounts.setPasswordHash(user.id, await hashPassword(password, [user.email, user.name]))
    const ended = await accounts.deleteUserSessions(user.id)
    await record('password.reset', { user: user.id, sessionsEnded: ended.length })
    process.stdout.write(`password reset for ${user.email}; ${ended.length} session(s) ended\n`)
    if (generated) process.stdout.write(`password: ${password}\n`)
  },
  async 'disable-user'() {
    const user = await userByEmail()
    await accounts.setDisabled(user.id, Date.now())
    const ended = await accounts.deleteUserSessions(user.id)
    await record('user.disabled', { user: user.id, sessionsEnded: ended.length })
    process.stdout.write(`disabled ${user.email}; ${ended.length} session(s) ended\n`)
  },
  async 'enable-user'() {
    const user = await userByEmail()
    await accounts.setDisabled(user.id, null)
    await record('user.enabled', { user: user.id })
    process.stdout.write(`enabled ${user.email}\n`)
  },
  async 'list-users'() {
    for (const u of await accounts.listUsers()) {
      process.stdout.write(
        `${u.id}  ${u.role.padEnd(11)} ${u.email}  ${u.name}${u.disabledAt ? '  (disabled)' : ''}\n`,
      )
    }
  },
  async 'create-team'() {
    const name = values.name?.trim() ?? ''
    if (name.length < 1 || name.length > 100) fail('--name is required (at most 100 characters)')
    if (await storage.teams.teamByName(name)) fail(`a team named ${name} exists`)
    const id = createId()
    await storage.teams.createTeam({ id, name, createdAt: Date.now() })
    await record('team.created', { team: id })
    process.stdout.write(`created team ${name} (${id})\n`)
  },
  async 'list-teams'() {
    for (const t of await storage.teams.listTeams())
      process.stdout.write(`${t.id}  ${t.name}  (${t.members} coordinator(s))\n`)
  },
  async 'assign-team'() {
    const user = await userByEmail()
    if (user.role !== 'coordinator') fail('only coordinators belong to a team')
    if (!values.team && !values['no-team']) fail('--team or --no-team is required')
    const team = values.team
      ? ((await storage.teams.teamByName(values.team)) ?? fail(`no team named ${values.team}`))
      : null
    await storage.teams.setTeam(user.id, team?.id ?? null)
    await record('team.assigned', { user: user.id, team: team?.id ?? null })
    process.stdout.write(`${user.email} is ${team ? `in ${team.name}` : 'in no team'}\n`)
  },
  async 'list-sessions'() {
    const user = values.email ? await userByEmail() : null
    for (const s of await accounts.listSessions(user?.id)) {
      const at = (ms: number) => new Date(ms).toISOString()
      process.stdout.write(
        `${s.id.slice(0, 16)}  user ${s.userId}  created ${at(s.createdAt)}  expires ${at(s.expiresAt)}\n`,
      )
    }
  },
  async 'revoke-sessions'() {
    if (values.session) {
      const match = (await accounts.listSessions()).filter((s) => s.id.startsWith(values.session as string))
      const [session] = match
      if (match.length !== 1 || !session)
        return fail(`--session must match exactly one session (matched ${match.length})`)
      await accounts.deleteSession(session.id)
      await record('session.revoked', { session: session.id.slice(0, 16) })
      process.stdout.write('1 session ended\n')
      return
    }
    const user = await userByEmail()
    const ended = await accounts.deleteUserSessions(user.id)
    await record('sessions.revoked', { user: user.id, count: ended.length })
    process.stdout.write(`${ended.length} session(s) ended\n`)
  },
}

const command = positionals[0]
if (values.help || !command) {
  process.stdout.write(usage)
} else {
  const run = commands[command] ?? (() => fail(`unknown command "${command}"\n\n${usage}`))
  try {
    await run()
  } catch (error) {
    if (error instanceof WeakPasswordError) fail(`${error.code}: ${error.english}`)
    throw error
  } finally {
    await storage.close()
  }
}
