import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repoRoot = path.resolve(import.meta.dirname, '../..')

describe('the packed extension', () => {
  it('is a zip for the Web Store and a signed .crx for self-hosting, with the managed-storage schema', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-pack-'))
    try {
      const key = path.join(dir, 'key.pem')
      await run('openssl', ['genrsa', '-out', key, '2048'])
      const { stdout } = await run('bash', ['scripts/pack-extension.sh', '--key', key], { cwd: repoRoot })
      const zipPath = /pack: (\S+\.zip)/.exec(stdout)?.[1]
      const crxPath = /pack: (\S+\.crx)/.exec(stdout)?.[1]
      expect(zipPath).toBeTruthy()
      expect(crxPath).toBeTruthy()

      const files = unzipSync(readFileSync(path.join(repoRoot, zipPath!)))
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
        storage: { managed_schema: string }
        version: string
      }
      // IT presets the server address by policy: the schema Chrome validates the policy against.
      const schema = JSON.parse(strFromU8(files[manifest.storage.managed_schema]!)) as {
        properties: Record<string, { type: string }>
      }
      expect(schema.properties.serverUrl?.type).toBe('string')
      expect(zipPath).toContain(manifest.version)
      // A CRX3 file, as Chrome installs it from an update manifest.
      expect(readFileSync(path.join(repoRoot, crxPath!)).subarray(0, 4).toString('latin1')).toBe('Cr24')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
