import { describe, expect, it } from 'vitest'

// Every client calls the server through the typed client of @bordenden/contract/api (`hc<AppType>`), so a
// changed answer is a compile error at each caller. A hand-written `fetch` (or a URL under /api/ typed
// out) is invisible to the compiler: this finds them in the browser-side sources. None is allowed today;
// a fetch that is not the API (a static asset) would be named here with its reason.

const sources = import.meta.glob<string>(
  [
    './**/*.{ts,tsx}',
    '../../ui/src/**/*.{ts,tsx}',
    '../../client/src/**/*.{ts,tsx}',
    '../../../extension/src/**/*.{ts,tsx}',
    '!**/*.test.{ts,tsx}',
  ],
  { query: '?raw', import: 'default', eager: true },
)

/** The code without its comments, which may name routes and `fetch` freely. */
const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')

/** Where `code` calls the API by hand: a `fetch(` call, or an API path written out in a string. */
function handWrittenCalls(code: string): string[] {
  const lines = withoutComments(code).split('\n')
  return lines.filter((line) => /\bfetch\(/.test(line) || /\/api\//.test(line)).map((line) => line.trim())
}

describe('calls to the API', () => {
  it('reads the clients’ sources (board, ui, client, extension)', () => {
    const files = Object.keys(sources)
    expect(files.filter((file) => file.includes('/extension/src/')).length).toBeGreaterThan(5)
    expect(files.filter((file) => file.includes('/ui/src/')).length).toBeGreaterThan(5)
    expect(files).toContain('../../client/src/courseAccess.ts')
    expect(files).toContain('./evaluation/api.ts')
  })

  it('finds a hand-written call and passes comments and the typed client', () => {
    const handWritten = 'const r = await fetch(measuresUrl)\nconst u = `/api/measures/` + id'
    expect(handWrittenCalls(handWritten)).toHaveLength(2)
    const typed = '// GET /api/config, not fetch()\n/** `/api/x` */\nanswer(client.api.config.$get())'
    expect(handWrittenCalls(typed)).toEqual([])
  })

  it('go through the typed client everywhere', () => {
    const found = Object.entries(sources).flatMap(([file, code]) =>
      handWrittenCalls(code).map((line) => `${file}: ${line}`),
    )
    expect(found).toEqual([])
  })
})
