import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, describe as group, it } from 'vitest'
import { describe } from './AuditLog.tsx'
import type { AuditEntry } from './api.ts'
import { homeTexts } from './texts.ts'

const serverSource = path.resolve(import.meta.dirname, '../../../../server/src')

/** Every action id the server writes to the audit log, read from its source (`'member.removed'` …). */
function serverActions(): Set<string> {
  const actions = new Set<string>()
  for (const file of readdirSync(serverSource, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue
    for (const line of readFileSync(path.join(serverSource, file), 'utf8').split('\n')) {
      // The calls that write an entry: `action: '…'`, `record(…, '…')`, `log(c, '…')`, `answer(c, result, '…')`.
      if (!/\b(action:|record\(|log\(|answer\()/.test(line)) continue
      for (const [, id] of line.matchAll(/'([a-z]+(?:\.[a-z]+)+)'/g)) if (id) actions.add(id)
    }
  }
  return actions
}

const entry = (action: string, detail: AuditEntry['detail'] = {}): AuditEntry => ({
  at: 0,
  actor: 'user:u1',
  actorName: 'Anne',
  action,
  ip: null,
  detail,
})

group('the access log in words', () => {
  it('has a Danish and an English label for every action the server writes', () => {
    const actions = serverActions()
    // The scan finds them (it would pass vacuously otherwise): some from each part of the server.
    for (const known of [
      'course.opened',
      'member.removed',
      'password.changed',
      'record.viewed',
      'user.disabled',
    ])
      expect(actions).toContain(known)
    for (const texts of Object.values(homeTexts)) {
      const unlabelled = [...actions].filter((action) => !texts.audit.actions[action])
      expect(unlabelled).toEqual([])
    }
  })

  it('tells reading the course through the API from opening the board, and says read-only', () => {
    const { audit } = homeTexts.da
    expect(describe(entry('course.opened', { channel: 'socket', canEdit: true }), audit)).toBe(
      'Åbnede tavlen',
    )
    expect(describe(entry('course.opened', { channel: 'api', canEdit: true }), audit)).toBe('Læste forløbet')
    expect(describe(entry('course.opened', { channel: 'socket', canEdit: false }), audit)).toBe(
      'Åbnede tavlen (kun læsning)',
    )
    expect(describe(entry('course.opened', { channel: 'api' }), homeTexts.en.audit)).toBe('Read the course')
    expect(describe(entry('member.removed'), audit)).toBe('Fjernede en medkoordinator')
    // An action a newer server writes and this page does not know yet: its id rather than nothing.
    expect(describe(entry('something.new'), audit)).toBe('something.new')
  })
})
