import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { type PresenceRoom, PresenceRules } from './presence-rules.ts'

function update(entries: [client: number, clock: number, state: unknown][]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, entries.length)
  for (const [client, clock, state] of entries) {
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, clock)
    encoding.writeVarString(e, JSON.stringify(state))
  }
  return encoding.toUint8Array(e)
}

/** The client ids an update carries. */
function clientsOf(bytes: Uint8Array | null): number[] {
  if (!bytes) return []
  const d = decoding.createDecoder(bytes)
  const out: number[] = []
  for (let i = decoding.readVarUint(d); i > 0; i--) {
    out.push(decoding.readVarUint(d))
    decoding.readVarUint(d)
    decoding.readVarUint8Array(d)
  }
  return out
}

const room = (taken: number[] = [], states = 0): PresenceRoom => ({
  ownedByAnother: (client) => taken.includes(client),
  hasState: (client) => taken.includes(client),
  stateCount: () => states,
})

const published = (rules: PresenceRules, bytes: Uint8Array, at = room()) => {
  const verdict = rules.filter(bytes, at)
  if (verdict.kind !== 'publish') throw new Error(verdict.reason)
  return clientsOf(verdict.update)
}

describe('PresenceRules', () => {
  it('publishes nothing for a connection whose link does not show it', () => {
    expect(published(new PresenceRules(false), update([[1, 1, { name: 'a' }]]))).toEqual([])
  })

  it('keeps a connection to the first client id it names', () => {
    const rules = new PresenceRules(true)
    expect(published(rules, update([[1, 1, { name: 'a' }]]))).toEqual([1])
    expect(
      published(
        rules,
        update([
          [2, 1, { name: 'b' }],
          [1, 2, { name: 'a' }],
        ]),
      ),
    ).toEqual([1])
    expect(published(rules, update([[1, 3, null]]))).toEqual([1])
  })

  it('does not let a connection claim an id another holds, or name one by removing it', () => {
    const rules = new PresenceRules(true)
    expect(published(rules, update([[7, 1, null]]))).toEqual([])
    expect(published(rules, update([[5, 9, { name: 'x' }]]), room([5]))).toEqual([])
    expect(published(rules, update([[6, 1, { name: 'y' }]]), room([5]))).toEqual([6])
  })

  it('claims nothing in a full room', () => {
    expect(published(new PresenceRules(true), update([[1, 1, {}]]), room([], 500))).toEqual([])
  })

  it('closes a connection over its size or rate limit', () => {
    const limits = { maxStateBytes: 100, messages: { burst: 2, perSecond: 0 }, maxRoomStates: 10 }
    expect(
      new PresenceRules(true, limits).filter(update([[1, 1, { n: 'x'.repeat(200) }]]), room()).kind,
    ).toBe('close')
    const rules = new PresenceRules(true, limits)
    expect(rules.filter(update([[1, 1, {}]]), room()).kind).toBe('publish')
    expect(rules.filter(update([[1, 2, {}]]), room()).kind).toBe('publish')
    expect(rules.filter(update([[1, 3, {}]]), room()).kind).toBe('close')
  })
})
