import { describe, expect, it } from 'vitest'
import { LiveConnections, linkKey, parseKey, sessionKey } from './live-connections.ts'

function socket() {
  const closes: number[] = []
  return { closes, close: (code: number) => closes.push(code) }
}

describe('LiveConnections', () => {
  it('closes a session’s sockets on every course, or on one course only', () => {
    const live = new LiveConnections()
    const [a, b, other] = [socket(), socket(), socket()]
    live.add(sessionKey('s1', 'course-a'), a)
    live.add(sessionKey('s1', 'course-b'), b)
    live.add(sessionKey('s10', 'course-a'), other)
    expect(live.closeAll(sessionKey('s1', 'course-a'), 4001, 'removed')).toBe(1)
    expect([a.closes, b.closes]).toEqual([[4001], []])
    expect(live.closeAll(sessionKey('s1'), 4001, 'signed out')).toBe(1)
    expect([b.closes, other.closes]).toEqual([[4001], []])
    expect(live.keys()).toEqual([sessionKey('s10', 'course-a')])
  })

  it('reads a key back into its parts', () => {
    expect(parseKey(sessionKey('abc', 'course-1'))).toEqual({
      kind: 'session',
      id: 'abc',
      courseId: 'course-1',
    })
    expect(parseKey(sessionKey('abc'))).toEqual({ kind: 'session', id: 'abc', courseId: null })
    expect(parseKey(linkKey('def'))).toEqual({ kind: 'link', id: 'def', courseId: null })
  })
})
