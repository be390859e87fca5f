import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { encoding } from 'lib0'
import * as Y from 'yjs'
import { canvasEntry } from './yjs-client.ts'

/**
 * Updates an attacker with one editing link could send: each is a well-formed Yjs update, built the way
 * the probes built them (see the README's Security section for what each one did to main).
 */

/** Fault 1 as reported: `count` one-letter inserts at position 0 of one Y.Text, all from `client`. */
export function prependedLetters(client: number, count: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  const text = doc.getText('notes')
  for (let i = 0; i < count; i++) text.insert(0, 'x')
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Fault 1 in a place the model uses (the canvas list): `count` entries appended one after another, each
 * its own item, alternating between `clients` so that Yjs cannot merge them. Cheap to merge on its own.
 */
export function interleavedChain(clients: number[], count: number): Uint8Array {
  const items = Array.from({ length: count }, (_, i) => ({
    client: clients[i % clients.length] as number,
    clock: Math.floor(i / clients.length),
    origin:
      i === 0
        ? null
        : {
            client: clients[(i - 1) % clients.length] as number,
            clock: Math.floor((i - 1) / clients.length),
          },
    id: `c${i}`,
  }))
  return encodeListItems(items)
}

/**
 * Then `count` entries from `client`, each inserted at the head of what it claims is an empty list: Yjs
 * places each of them by walking every item already there, so the second message costs count × list.
 */
export function headInserts(client: number, count: number): Uint8Array {
  const items = Array.from({ length: count }, (_, i) => ({
    client,
    clock: i,
    origin: null,
    id: `h${client}-${i}`,
  }))
  return encodeListItems(items)
}

interface ListItem {
  client: number
  clock: number
  origin: { client: number; clock: number } | null
  id: string
}

/** Encodes items of the canvas list (v1 update format), each holding one canvas entry, by client. */
function encodeListItems(items: ListItem[]): Uint8Array {
  const byClient = new Map<number, ListItem[]>()
  for (const item of items) byClient.set(item.client, [...(byClient.get(item.client) ?? []), item])
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, byClient.size)
  for (const [client, own] of byClient) {
    encoding.writeVarUint(e, own.length)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, (own[0] as ListItem).clock)
    for (const { origin, id } of own) {
      const contentAny = 8
      if (origin === null) {
        // Neither neighbour: the parent is named (1 = a root key).
        encoding.writeUint8(e, contentAny)
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, 'canvas')
      } else {
        encoding.writeUint8(e, 0x80 | contentAny)
        encoding.writeVarUint(e, origin.client)
        encoding.writeVarUint(e, origin.clock)
      }
      encoding.writeVarUint(e, 1)
      encoding.writeAny(e, canvasEntry(id))
    }
  }
  encoding.writeVarUint(e, 0) // no deletions
  return encoding.toUint8Array(e)
}

/**
 * One update deleting `count` one-clock ranges of `client`, every other clock. Of a client that does not
 * exist, it is fault 2; of one long item, every range splits it (copying the rest each time).
 */
export function everyOtherDeleted(client: number, count: number): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0) // no structs
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(e, i * 2)
    encoding.writeVarUint(e, 1)
  }
  return encoding.toUint8Array(e)
}

/** `count` canvas entries appended by `client` in one go: one item, as a real client merges them. */
export function oneLongItem(client: number, count: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  doc.getArray('canvas').push(Array.from({ length: count }, (_, i) => canvasEntry(`l${client}-${i}`)))
  return Y.encodeStateAsUpdate(doc)
}

/** Fault 3: maps nested `depth` levels deep under one key of the course metadata. */
export function nestedMaps(client: number, depth: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  doc.transact(() => {
    let map = doc.getMap('meta')
    for (let i = 0; i < depth; i++) {
      const inner = new Y.Map<unknown>()
      map.set('x', inner)
      map = inner
    }
  })
  return Y.encodeStateAsUpdate(doc)
}

/** Every Yjs client id that wrote (or deleted) anything stored for `courseId` in a SQLite data folder. */
export function storedClients(dataDir: string, courseId: string): Set<number> {
  const db = new DatabaseSync(path.join(dataDir, 'bordenden.sqlite'), { readOnly: true })
  try {
    const updates = db.prepare('SELECT data FROM doc_updates WHERE doc_id = ?').all(courseId)
    const snapshots = db.prepare('SELECT state AS data FROM doc_snapshots WHERE doc_id = ?').all(courseId)
    const clients = new Set<number>()
    for (const row of [...updates, ...snapshots] as { data: Uint8Array }[]) {
      const { structs, ds } = Y.decodeUpdate(row.data)
      for (const struct of structs) clients.add(struct.id.client)
      for (const client of ds.clients.keys()) clients.add(client)
    }
    return clients
  } finally {
    db.close()
  }
}

/** An awareness frame with one state per entry (`null` removes the state), as y-protocols frames it. */
export function awarenessFrame(entries: { client: number; clock: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(update, client)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}
