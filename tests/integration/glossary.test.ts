import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { literals, repo, sourceFiles } from '../support/source-files.ts'

// The product's Danish words (docs/ordliste.md): every surface says one idea with one word. The table's
// last column lists the words not to use; this reads every text the product shows people and fails on
// any of them.

interface Term {
  term: string
  avoid: string[]
}

/** The glossary's rows: the Danish term and the words not to use (comma- or semicolon-separated). */
function glossary(): Term[] {
  const rows = readFileSync(path.join(repo, 'docs/ordliste.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Dansk'))
  return rows.map((row) => {
    const cells = row.split('|').map((cell) => cell.trim())
    const avoid = (cells[4] ?? '')
      .split(';')
      .map((word) => word.replace(/\(.*\)/, '').trim())
      .filter(Boolean)
    return { term: cells[1] ?? '', avoid }
  })
}

/** The source files of every surface (web app, board, citizen page, extension, records, e-mail), no tests. */
const surfaceFiles = () =>
  sourceFiles(['packages/board/src', 'packages/ui/src', 'packages/model/src', 'extension/src', 'server/src'])

describe('the glossary (docs/ordliste.md)', () => {
  const terms = glossary()

  it('has its terms and the words each replaces', () => {
    expect(terms.length).toBeGreaterThan(20)
    expect(terms.find((t) => t.term === 'over fristen')?.avoid).toContain('skulle være sket')
  })

  it('reads every catalog of the one text system (packages/text), plural forms included', () => {
    const catalogs = surfaceFiles()
      .filter((file) => readFileSync(file, 'utf8').includes('defineCatalog({'))
      .map((file) => path.relative(repo, file))
    expect(catalogs).toEqual(
      expect.arrayContaining([
        'packages/ui/src/words.ts',
        'packages/ui/src/panel/texts.ts',
        'packages/board/src/texts.ts',
        'server/src/records/texts.ts',
        'server/src/mail/texts.ts',
        'server/src/lifecycle/texts.ts',
      ]),
    )
    const plural = literals(readFileSync(path.join(repo, 'packages/board/src/course/mail-texts.ts'), 'utf8'))
    expect(plural).toContain("'{count} mails venter på at blive sendt.'")
  })

  it('is followed by every text the product shows', () => {
    const found: string[] = []
    for (const file of surfaceFiles()) {
      const texts = literals(readFileSync(file, 'utf8'))
      for (const { term, avoid } of terms) {
        for (const word of avoid) {
          const pattern = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu')
          for (const text of texts.filter((t) => pattern.test(t)))
            found.push(`${path.relative(repo, file)}: ${text} (use "${term}")`)
        }
      }
    }
    expect(found).toEqual([])
  })
})
