import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Every surface (the server's records and e-mails too) formats dates through formatDate and tags locales through localeTag (both in this folder):
// any other date formatting or `da-DK` mapping in the UI is a second style, and fails here.

const repo = path.resolve(import.meta.dirname, '../..')
// The model formats no text but the leader table's figures, which take their locale tag from the caller.
const surfaces = [
  'packages/ui/src',
  'packages/board/src',
  'extension/src',
  'server/src',
  'packages/model/src/leader-table.ts',
]
const home = path.join(repo, 'packages/text')

function sourceFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir]
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : []
  })
}

const otherStyles: [string, RegExp][] = [
  ['toLocale…String', /\.toLocale(Date|Time)?String\(/],
  ['Intl formatter', /new Intl\.(DateTimeFormat|RelativeTimeFormat|NumberFormat)\(/],
  ['hand-built date', /get(UTC)?(Date|Month|FullYear)\(\)|\$\{[^}]+\}\.\$\{[^}]+\}\./],
  ['locale tag', /['"](da-DK|en-GB)['"]/],
]

describe('one date style per purpose, one locale tag', () => {
  it('has no date formatting or locale tag outside the text module', () => {
    const found: string[] = []
    for (const root of surfaces)
      for (const file of sourceFiles(path.join(repo, root))) {
        if (file.startsWith(home)) continue
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, at) => {
            for (const [what, pattern] of otherStyles)
              if (pattern.test(line))
                found.push(`${path.relative(repo, file)}:${at + 1}: ${what}: ${line.trim()}`)
          })
      }
    expect(found).toEqual([])
  })
})
