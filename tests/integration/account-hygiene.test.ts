import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Refusal } from '@bordenden/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'

// Issue 14, fault 7: weak passwords, cacheable personal data, and a demo coordinator made by default
// with its password in the log.

const repoRoot = path.resolve(import.meta.dirname, '../..')

let server: ServerProcess
beforeAll(async () => {
  server = await ServerProcess.start()
})
afterAll(() => server?.stop())

/** The admin command with a password on stdin: its exit code and what it wrote to stderr. */
function cliWithPassword(password: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, ['server/src/cli.ts', ...args, '--password-stdin'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: server.dataDir },
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  child.stdin.end(`${password}\n`)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code: code ?? 1, stderr }))
  })
}

describe('passwords', () => {
  it('refuses short and common ones when creating a user or resetting a password, saying why', async () => {
    const common = await cliWithPassword(
      'aaaaaaaaaaaa',
      'create-user',
      '--email',
      'svag@example.dk',
      '--name',
      'Svag',
    )
    expect(common.code).toBe(1)
    expect(common.stderr).toMatch(/password_common: The password is too easy to guess/)
    const short = await cliWithPassword(
      'aaaaaaaaaa',
      'create-user',
      '--email',
      'kort@example.dk',
      '--name',
      'Kort',
    )
    expect(short.stderr).toMatch(/password_too_short: The password must be at least 12 characters/)
    expect(
      (await cliWithPassword('Sommerhus2024!', 'create-user', '--email', 'dk@example.dk', '--name', 'Dansk'))
        .code,
    ).toBe(1)

    const { email } = await server.createUser('nulstil@example.dk', 'Nulstil Mig')
    expect((await cliWithPassword('kodeord12345', 'reset-password', '--email', email)).stderr).toMatch(
      /password_common/,
    )
    expect((await cliWithPassword('nulstil@example.dk', 'reset-password', '--email', email)).stderr).toMatch(
      /password_common/,
    )
    expect(
      (await cliWithPassword('hestekræfter i en blå kuffert', 'reset-password', '--email', email)).code,
    ).toBe(0)
  })

  it('refuses them when a coordinator changes her password, with a code', async () => {
    const { email, password } = await server.createUser('skift@example.dk', 'Skift Kode')
    const client = new ApiClient(server.url)
    await client.login(email, password)
    const change = (newPassword: string) =>
      client.request<Refusal>('POST', '/api/auth/password', {
        currentPassword: password,
        newPassword,
      })
    const common = await change('aaaaaaaaaaaa')
    expect(common.status).toBe(400)
    // Only the code: the client says it in its reader's language (@bordenden/ui's error texts).
    expect(common.body).toEqual({ error: { code: 'password_common' } })
    const short = await change('aaaaaaaaaa')
    expect(short.body.error.code).toBe('password_too_short')
    expect((await change('København2024')).body.error.code).toBe('password_common')
    expect((await change('skift@example.dk1')).body.error.code).toBe('password_common')
    expect((await change('hestekræfter i en blå kuffert')).status).toBe(200)
  })
})

describe('logs', () => {
  it('hold no password, right or wrong, old or new, at debug level', async () => {
    const { email, password } = await server.createUser('log@example.dk', 'Log Test')
    const client = new ApiClient(server.url)
    await client.request('POST', '/api/auth/login', { email, password: 'forkert-kodeord-42' })
    await client.login(email, password)
    await client.request('POST', '/api/auth/password', {
      currentPassword: 'forkert-kodeord-43',
      newPassword: 'x',
    })
    await client.request('POST', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'en lang og hemmelig sætning 44',
    })
    const logged = JSON.stringify(server.logs)
    expect(server.logs.length).toBeGreaterThan(0)
    for (const secret of [
      password,
      'forkert-kodeord-42',
      'forkert-kodeord-43',
      'en lang og hemmelig sætning 44',
    ])
      expect(logged).not.toContain(secret)
  })
})

describe('caching', () => {
  it('answers every API request no-store: signed in or not, found or not, read or write', async () => {
    const { email, password } = await server.createUser('cache@example.dk', 'Cache Test')
    const client = new ApiClient(server.url)
    const answers = [
      await client.request('GET', '/api/auth/me'),
      await client.request('POST', '/api/auth/login', { email, password: 'forkert forkert' }),
      await client.login(email, password),
      await client.request('GET', '/api/auth/me'),
      await client.request('GET', '/api/courses'),
      await client.request('POST', '/api/courses', { title: 'Cache', citizenName: 'Borger' }),
      await client.request('GET', '/api/follow-ups'),
      await client.request('GET', '/api/overview'),
      await fetch(`${server.url}/api/records/not-an-id`),
    ]
    expect(answers.map((a) => a.status)).toEqual([401, 401, 200, 200, 200, 201, 200, 200, 401])
    for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('no-store')
  })
})

describe('the demo course', () => {
  it('is not made unless asked for', async () => {
    const plain = await ServerProcess.start({ env: { BORDENDEN_DEMO: undefined } })
    try {
      expect(existsSync(path.join(plain.dataDir, 'demo-login.txt'))).toBe(false)
      expect(await plain.cli('list-users')).toBe('')
    } finally {
      await plain.stop()
    }
  })

  it('when asked for, keeps its password in a 0600 file and out of every line the process prints', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-demo-'))
    const child = spawn(process.execPath, ['server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug', BORDENDEN_DEMO: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let printed = ''
    child.stdout.on('data', (chunk) => {
      printed += String(chunk)
    })
    child.stderr.on('data', (chunk) => {
      printed += String(chunk)
    })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      while (!printed.includes('"msg":"listening"')) {
        if (child.exitCode !== null) throw new Error(`server exited: ${printed}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill('SIGTERM')
      await exited
      const file = path.join(dataDir, 'demo-login.txt')
      expect(statSync(file).mode & 0o777).toBe(0o600)
      const [email, password] = readFileSync(file, 'utf8').trim().split('\n')
      expect(email).toBe('koordinator@demo.bordenden.dk')
      expect(password?.length).toBeGreaterThanOrEqual(12)
      expect(printed).toContain('demo-login.txt')
      expect(printed).not.toContain(password)
    } finally {
      child.kill('SIGKILL')
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
