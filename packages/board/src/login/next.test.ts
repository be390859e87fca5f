import { describe, expect, it } from 'vitest'
import { loginUrl, safeNext } from './next.ts'

describe('safeNext', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNext('/board/abc?e2e')).toBe('/board/abc?e2e')
    expect(safeNext('/')).toBe('/')
  })

  it('sends everything else home', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ])
      expect(safeNext(next)).toBe('/')
  })

  it('round-trips through the sign-in address', () => {
    const url = new URL(loginUrl({ pathname: '/board/abc', search: '?x=1' }), 'http://h')
    expect(url.pathname).toBe('/login')
    expect(safeNext(url.searchParams.get('next'))).toBe('/board/abc?x=1')
  })
})
