import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  decodeMessage,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
} from './protocol.ts'

describe('y-websocket protocol encoding', () => {
  const doc = new Y.Doc()
  doc.getMap('m').set('k', 'v')
  const update = Y.encodeStateAsUpdate(doc)
  const stateVector = Y.encodeStateVector(doc)

  it('round-trips every message kind', () => {
    expect(decodeMessage(encodeSyncStep1(stateVector))).toEqual({ kind: 'syncStep1', stateVector })
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ kind: 'syncStep2', update })
    expect(decodeMessage(encodeUpdate(update))).toEqual({ kind: 'update', update })
    expect(decodeMessage(encodeAwareness(Uint8Array.of(1, 2)))).toEqual({
      kind: 'awareness',
      update: Uint8Array.of(1, 2),
    })
    expect(decodeMessage(encodeQueryAwareness())).toEqual({ kind: 'queryAwareness' })
  })

  it('encodes exactly as y-protocols does (type 0, step, length-prefixed payload)', () => {
    expect([...encodeUpdate(Uint8Array.of(7, 8))]).toEqual([0, 2, 2, 7, 8])
    expect([...encodeSyncStep1(Uint8Array.of(0))]).toEqual([0, 0, 1, 0])
  })

  it.each([
    ['empty frame', new Uint8Array()],
    ['unknown type', Uint8Array.of(42)],
    ['unknown sync step', Uint8Array.of(0, 7, 0)],
    ['length beyond the frame', Uint8Array.of(0, 2, 100, 1)],
    ['trailing bytes', Uint8Array.of(3, 3)],
  ])('rejects %s with a ProtocolError', (_name, frame) => {
    expect(() => decodeMessage(frame)).toThrow(ProtocolError)
  })
})
