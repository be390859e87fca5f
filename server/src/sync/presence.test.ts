import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { PRESENCE_TIMEOUT_MS, Presence } from './presence.ts'

/** A stock client's awareness, as the y-websocket provider has it. */
function client(state: Record<string, unknown> | null) {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc())
  awareness.setLocalState(state)
  const update = () => awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])
  return { awareness, update, id: awareness.clientID }
}

describe('Presence (the server side of y-protocols awareness)', () => {
  it('keeps what clients send and encodes it so y-protocols reads the same states', () => {
    const presence = new Presence()
    const a = client({ user: { name: 'Lone' }, cursor: { x: 1, y: 2 } })
    const b = client({ user: { name: 'Kim' } })
    expect(presence.apply(a.update())).toEqual({ added: [a.id], updated: [], removed: [] })
    expect(presence.apply(b.update()).added).toEqual([b.id])
    a.awareness.setLocalStateField('cursor', { x: 5, y: 6 })
    expect(presence.apply(a.update())).toEqual({ added: [], updated: [a.id], removed: [] })

    const viewer = new awarenessProtocol.Awareness(new Y.Doc())
    awarenessProtocol.applyAwarenessUpdate(viewer, presence.encode(presence.clients()), null)
    expect(viewer.getStates().get(a.id)).toEqual({ user: { name: 'Lone' }, cursor: { x: 5, y: 6 } })
    expect(viewer.getStates().get(b.id)).toEqual({ user: { name: 'Kim' } })
  })

  it('ignores a state older than the one it has', () => {
    const presence = new Presence()
    const a = client({ n: 1 })
    const old = a.update()
    a.awareness.setLocalState({ n: 2 })
    presence.apply(a.update())
    expect(presence.apply(old)).toEqual({ added: [], updated: [], removed: [] })
  })

  it('removes a state with a newer clock, so clients accept the removal', () => {
    const presence = new Presence()
    const a = client({ n: 1 })
    presence.apply(a.update())
    const viewer = new awarenessProtocol.Awareness(new Y.Doc())
    awarenessProtocol.applyAwarenessUpdate(viewer, presence.encode([a.id]), null)
    expect(presence.remove([a.id])).toEqual([a.id])
    expect(presence.size).toBe(0)
    awarenessProtocol.applyAwarenessUpdate(viewer, presence.encode([a.id]), null)
    expect(viewer.getStates().has(a.id)).toBe(false)
  })

  it('accepts a client saying goodbye (null state)', () => {
    const presence = new Presence()
    const a = client({ n: 1 })
    presence.apply(a.update())
    a.awareness.setLocalState(null)
    expect(presence.apply(a.update())).toEqual({ added: [], updated: [], removed: [a.id] })
  })

  it('refuses malformed updates and invalid JSON without applying any of it', () => {
    const presence = new Presence()
    expect(() => presence.apply(Uint8Array.of(1, 7))).toThrow()
    const text = new TextEncoder().encode('{not json')
    expect(() => presence.apply(Uint8Array.of(1, 7, 1, text.length, ...text))).toThrow()
    expect(presence.size).toBe(0)
  })

  it('reports states not renewed within the timeout', () => {
    const presence = new Presence()
    const a = client({ n: 1 })
    presence.apply(a.update(), 1_000)
    expect(presence.outdated(1_000 + PRESENCE_TIMEOUT_MS - 1)).toEqual([])
    expect(presence.outdated(1_000 + PRESENCE_TIMEOUT_MS)).toEqual([a.id])
  })
})
