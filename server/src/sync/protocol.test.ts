import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  decodeMessage,
  encodeAwareness,
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
    // The server only receives this one (a client asking for everyone's presence): type 3, no payload.
    expect(decodeMessage(Uint8Array.of(3))).toEqual({ kind: 'queryAwareness' })
  })

  it('accepts an update with several clients in it, as a reconnecting client sends', () => {
    const other = new Y.Doc()
    Y.applyUpdate(other, update)
    other.getMap('m').set('k2', 'w')
    const both = Y.encodeStateAsUpdate(other)
    expect(decodeMessage(encodeSyncStep2(both))).toEqual({ kind: 'syncStep2', update: both })
  })

  /** A frame as y-websocket writes it: the message type, then what y-protocols' `write` puts after it. */
  const theirs = (type: number, write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type)
    write(encoder)
    return encoding.toUint8Array(encoder)
  }

  it('encodes every outbound message byte for byte as y-protocols does', () => {
    const awareness = new awarenessProtocol.Awareness(doc)
    awareness.setLocalState({ user: { name: 'Anne' } })
    const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
    expect(encodeSyncStep1(stateVector)).toEqual(theirs(0, (e) => syncProtocol.writeSyncStep1(e, doc)))
    expect(encodeSyncStep2(update)).toEqual(theirs(0, (e) => syncProtocol.writeSyncStep2(e, doc)))
    expect(encodeUpdate(update)).toEqual(theirs(0, (e) => syncProtocol.writeUpdate(e, update)))
    expect(encodeAwareness(awarenessUpdate)).toEqual(
      theirs(1, (e) => encoding.writeVarUint8Array(e, awarenessUpdate)),
    )
    awareness.destroy()
  })

  it('decodes what y-protocols writes, as y-protocols reads it back', () => {
    // A client's sync step 1 for a fresh doc, written by y-protocols itself.
    const client = new Y.Doc()
    const step1 = theirs(0, (e) => syncProtocol.writeSyncStep1(e, client))
    expect(decodeMessage(step1)).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(client) })

    // The server's answer applied by y-protocols' reader brings the client to the server's state.
    const answer = decoding.createDecoder(encodeSyncStep2(update))
    expect(decoding.readVarUint(answer)).toBe(0)
    syncProtocol.readSyncMessage(answer, encoding.createEncoder(), client, 'server')
    expect(client.getMap('m').get('k')).toBe('v')
  })

  it.each([
    ['empty frame', new Uint8Array()],
    ['unknown type', Uint8Array.of(42)],
    ['unknown sync step', Uint8Array.of(0, 7, 0)],
    ['length beyond the frame', Uint8Array.of(0, 2, 100, 1)],
    ['trailing bytes', Uint8Array.of(3, 3)],
    // 18 bytes that claim 43 clients and 14 million structs (found by tests/integration/fuzz.test.ts)
    [
      'an update claiming more structs than bytes',
      encodeUpdate(Uint8Array.of(43, 0xc1, 0xe3, 0xf2, 6, 9, 0xcd, 0x4c)),
    ],
    [
      'a one-client update claiming millions of structs',
      encodeSyncStep2(Uint8Array.of(1, 0xc1, 0xe3, 0xf2, 6, 9, 0, 0)),
    ],
  ])('rejects %s with a ProtocolError', (_name, frame) => {
    expect(() => decodeMessage(frame)).toThrow(ProtocolError)
  })
})
