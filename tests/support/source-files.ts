import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

// The product's source as the text scans read it (the glossary, the server's Danish sentences).

export const repo = path.resolve(import.meta.dirname, '../..')

/** The .ts/.tsx files under `roots` (relative to the repo), without tests and test fixtures. */
export function sourceFiles(roots: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|test-fixtures/.test(name)) files.push(full)
    }
  }
  for (const root of roots) walk(path.join(repo, root))
  return files
}

/** The string literals of a source file: what it can show people. */
export function literals(source: string): string[] {
  return [...source.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0])
}
