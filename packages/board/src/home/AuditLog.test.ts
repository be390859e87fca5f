import { AuditActions } from '@bordenden/contract'
import { translator } from '@bordenden/ui'
import { expect, describe as group, it } from 'vitest'
import { describe } from './AuditLog.tsx'
import type { AuditEntry } from './api.ts'
import { homeTexts } from './texts.ts'

const entry = (action: AuditEntry['action'], detail: AuditEntry['detail'] = {}): AuditEntry => ({
  at: 0,
  actor: 'user:u1',
  actorName: 'Anne',
  action,
  courseId: 'c1',
  ip: null,
  detail,
})

group('the access log in words', () => {
  it('has a Danish and an English label for every action the server writes', () => {
    // The server's audit entries are typed with the contract's action ids, so these are all it writes.
    expect(AuditActions.length).toBeGreaterThan(30)
    const unlabelled = AuditActions.filter((action) => !Object.hasOwn(homeTexts, `audit.actions.${action}`))
    expect(unlabelled).toEqual([])
  })

  it('tells reading the course through the API from opening the board, and says read-only', () => {
    const audit = translator(homeTexts, 'da')
    expect(describe(entry('course.opened', { channel: 'socket', canEdit: true }), audit)).toBe(
      'Åbnede tavlen',
    )
    expect(describe(entry('course.opened', { channel: 'api', canEdit: true }), audit)).toBe('Læste forløbet')
    expect(describe(entry('course.opened', { channel: 'socket', canEdit: false }), audit)).toBe(
      'Åbnede tavlen (kun læsning)',
    )
    expect(describe(entry('course.opened', { channel: 'api' }), translator(homeTexts, 'en'))).toBe(
      'Read the course',
    )
    expect(describe(entry('member.removed'), audit)).toBe('Fjernede en medkoordinator')
    // An action a newer server writes and this page does not know yet: its id rather than nothing.
    expect(describe({ ...entry('login'), action: 'something.new' } as unknown as AuditEntry, audit)).toBe(
      'something.new',
    )
  })
})
