import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const deploy = path.resolve(import.meta.dirname, '../../deploy')
const hasSystemd = existsSync('/usr/bin/systemd-analyze')

describe('deployment files', () => {
  it.runIf(hasSystemd)('the systemd unit passes systemd-analyze verify', async () => {
    const { stdout, stderr } = await run('systemd-analyze', [
      'verify',
      path.join(deploy, 'bordenden.service'),
    ])
    expect(`${stdout}${stderr}`.trim()).toBe('')
  })

  it.runIf(hasSystemd)('and verify does find a fault in a broken copy (the check can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-unit-'))
    try {
      const broken = path.join(dir, 'bordenden.service')
      const unit = readFileSync(path.join(deploy, 'bordenden.service'), 'utf8')
      writeFileSync(broken, unit.replace('ExecStart=/usr/bin/node', 'ExecStart=/usr/bin/no-such-node'))
      await expect(run('systemd-analyze', ['verify', broken])).rejects.toMatchObject({
        stderr: expect.stringContaining('no-such-node'),
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the unit and the image run node directly, the image as a non-root user; compose has every part', () => {
    const unit = readFileSync(path.join(deploy, 'bordenden.service'), 'utf8')
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node server\/src\/main\.ts$/m)
    const dockerfile = readFileSync(path.join(deploy, 'Dockerfile'), 'utf8')
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toMatch(/^CMD \["node", "server\/src\/main\.ts"\]$/m)
    const compose = readFileSync(path.join(deploy, 'compose.yaml'), 'utf8')
    for (const service of ['bordenden-1:', 'bordenden-2:', 'proxy:', 'db:', 'redis:'])
      expect(compose).toContain(service)
  })
})
