import { describe, expect, it } from 'vitest'
import { serverOrigin } from './server-origin.ts'

describe('the server address', () => {
  it('becomes exactly one origin, so the host permission asked for is that origin only', () => {
    expect(serverOrigin('https://bordenden.kommune.dk/board/abc?x=1#y')).toBe('https://bordenden.kommune.dk')
    expect(serverOrigin('bordenden.kommune.dk')).toBe('https://bordenden.kommune.dk')
    expect(serverOrigin('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787')
  })

  it('refuses what is not a web address, with a message to show', () => {
    expect(() => serverOrigin('ftp://kommune.dk')).toThrow('https://')
    expect(() => serverOrigin('http://')).toThrow('gyldig')
    expect(() => serverOrigin('javascript:alert(1)')).toThrow()
  })
})
