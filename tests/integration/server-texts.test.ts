import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { literals, repo, sourceFiles } from '../support/source-files.ts'

// One voice (issue 17): the server's sentences for people live in catalogs of the one text system
// (packages/text), like the web's. This reads every server source file outside the catalogs and fails on
// a string literal that looks like a Danish sentence.

/** Server files allowed to hold Danish literals, each with its reason. */
const allowed: Record<string, string> = {
  'server/src/demo.ts': 'demo data: the demo course is a Danish course, its names and notes are content',
  'server/src/auth/danish-words.ts': 'a word list the password check refuses, not texts to show',
  'server/src/auth/password-policy.ts':
    'its refusals are already in Danish and English per fault (for the API)',
  'server/src/main.ts': 'console lines for the operator who starts the server, not for people using it',
}

/** Whole Danish words that English and code do not use ("for", "er", "en" do: they are left out). */
const danishWord =
  /(^|[^\p{L}])(og|ikke|til|med|af|det|den|du|har|som|skal|kan|ingen|eller|fra|ved|hvad|mangler|senest|aftale|aftaler|borger|referat)([^\p{L}]|$)/iu

/** A literal that reads as Danish text: æ, ø or å, or two words or more with a Danish one among them. */
const looksDanish = (literal: string) => {
  const text = literal.replace(/\$\{[^}]*\}/g, ' ')
  return /[æøå]/i.test(text) || (/\p{L}+\s+\p{L}+/u.test(text) && danishWord.test(text))
}

/** The code without its comments (a comment may quote Danish: "ring først" is not an address). */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/\s.*$/gm, '$1')

describe('the server speaks through its catalogs', () => {
  it('tells a Danish sentence from code', () => {
    expect(looksDanish("'Linket virker ikke'")).toBe(true)
    expect(looksDanish('`Påmindelse: {subject}`')).toBe(true)
    expect(looksDanish("'Venlig hilsen til dig'")).toBe(true)
    expect(looksDanish("'content-type'")).toBe(false)
    expect(looksDanish("'SELECT id FROM users WHERE locale = ?'")).toBe(false)
    expect(looksDanish("'en'")).toBe(false)
  })

  it('has no Danish sentence outside the catalogs and the allowlist', () => {
    const found: string[] = []
    for (const file of sourceFiles(['server/src'])) {
      const name = path.relative(repo, file)
      const source = readFileSync(file, 'utf8')
      if (name in allowed || source.includes('defineCatalog({')) continue
      for (const text of literals(withoutComments(source)).filter(looksDanish)) found.push(`${name}: ${text}`)
    }
    expect(found).toEqual([])
  })

  it('allows only files that exist and still need it', () => {
    for (const name of Object.keys(allowed)) {
      const texts = literals(withoutComments(readFileSync(path.join(repo, name), 'utf8')))
      expect(texts.some(looksDanish), name).toBe(true)
    }
  })
})
