import { describe, expect, it } from 'vitest'
import { appRoute, boardRoute, coursePageUrl } from './route.ts'

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

describe('appRoute', () => {
  it('names the sign-in page with where to go next, home and the board', () => {
    expect(appRoute({ pathname: '/login', search: '?next=%2Fboard%2Fx' })).toEqual({
      page: 'login',
      next: '/board/x',
    })
    expect(appRoute({ pathname: '/login', search: '' })).toEqual({ page: 'login', next: null })
    expect(appRoute({ pathname: '/', search: '' })).toEqual({ page: 'home' })
    expect(appRoute({ pathname: '/board/abc', search: '?token=t' })).toEqual({
      page: 'board',
      board: { courseId: 'abc', token: 't' },
    })
    expect(appRoute({ pathname: '/elsewhere', search: '' })).toEqual({ page: 'not-found' })
  })

  it('names a course page by its address, and refuses an id the server would refuse', () => {
    expect(appRoute({ pathname: '/', search: coursePageUrl('forloeb-42').slice(1) })).toEqual({
      page: 'course',
      courseId: 'forloeb-42',
    })
    expect(appRoute({ pathname: '/', search: '?course=%2e%2e' })).toEqual({ page: 'not-found' })
    expect(appRoute({ pathname: '/', search: '?course=' })).toEqual({ page: 'not-found' })
  })
})
