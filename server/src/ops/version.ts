import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The running release, from the server package's own package.json (present in the workspace and in a
 * deployed bundle alike), so /readyz and the start-up line name the same version an operator installed.
 */
export const serverVersion: string = (() => {
  const file = path.resolve(import.meta.dirname, '../../package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
})()
