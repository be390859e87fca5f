import { describe, expect, it } from 'vitest'
import { boardRoute } from './route.ts'

const at = (pathname: string, search = '') => boardRoute({ pathname, search })

describe('boardRoute', () => {
  it('reads the course id from /board/:courseId', () => {
    expect(at('/board/forloeb-42')).toEqual({ courseId: 'forloeb-42' })
    expect(at('/board/forloeb-42/')).toEqual({ courseId: 'forloeb-42' })
  })

  it('reads the share link token', () => {
    expect(at('/board/forloeb-42', '?token=abc&e2e')).toEqual({ courseId: 'forloeb-42', token: 'abc' })
    expect(at('/board/forloeb-42', '?token=')).toEqual({ courseId: 'forloeb-42' })
  })

  it('rejects other paths and ids the server would refuse', () => {
    expect(at('/')).toBeUndefined()
    expect(at('/board/')).toBeUndefined()
    expect(at('/board/a/b')).toBeUndefined()
    expect(at('/board/%2e%2e')).toBeUndefined()
    expect(at(`/board/${'x'.repeat(65)}`)).toBeUndefined()
  })
})
