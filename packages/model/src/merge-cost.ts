import * as Y from 'yjs'
import type { TypeRef } from './change-structure.ts'

/**
 * What merging an update may cost Yjs, bounded from above without merging it (see change-structure.ts):
 * deleted ranges by the items they visit and cut, inserted items by the items they may have to walk.
 */

/**
 * What applying one deleted range costs Yjs: a step per item it covers (deleted or not: Yjs visits them
 * all, so overlapping ranges cost again), plus the length of a live item it cuts at either end (splitting
 * an item copies its content: deleting every other entry of one long item is quadratic).
 */
export function deletionCost(doc: Y.Doc, client: number, clock: number, length: number): number {
  const structs = doc.store.clients.get(client)
  const have = Y.getState(doc.store, client)
  if (!structs || clock >= have) return 1
  const end = Math.min(clock + length, have)
  const first = Y.findIndexSS(structs, clock)
  const last = Y.findIndexSS(structs, end - 1)
  let cost = last - first + 1
  const head = structs[first]
  const tail = structs[last]
  if (head instanceof Y.Item && !head.deleted && head.id.clock < clock) cost += head.length
  if (tail instanceof Y.Item && !tail.deleted && end < tail.id.clock + tail.length) cost += tail.length
  return cost
}

/**
 * The merge-cost bound per sequence (one list, or one map key's history). An item that follows the
 * sequence's clean tail costs nothing; any other may have to walk every item after its origin: the
 * document's, plus all this update added to the sequence before it.
 */
export class MergeCosts {
  private readonly sequences = new Map<string, { added: number; tail: Y.Item | null }>()
  /** Per sequence: position of each document item, and the sequence's length. */
  private readonly docOrder = new Map<string, { position: Map<Y.Item, number>; length: number }>()
  /** Per update item: how many document items may follow it. */
  private readonly docAfter = new Map<Y.Item, number>()

  charge(
    item: Y.Item,
    parent: TypeRef,
    key: string | null,
    find: (id: Y.ID) => Y.Item | Y.GC | undefined,
  ): number {
    const name = `${parent.ref}\u0000${key ?? ''}`
    const sequence = this.sequences.get(name) ?? { added: 0, tail: null }
    this.sequences.set(name, sequence)
    const order = this.order(name, parent, key)
    const origin = item.origin ? (find(item.origin) ?? null) : null
    let after: number
    let clean: boolean
    if (origin instanceof Y.Item && this.docAfter.has(origin)) {
      after = this.docAfter.get(origin) as number
      clean = origin === sequence.tail
    } else if (item.origin) {
      const struct = origin ? null : this.docItem(item.origin, parent)
      const position = struct ? order.position.get(struct) : undefined
      after = position === undefined ? order.length : order.length - position - 1
      clean = after === 0 && sequence.added === 0
    } else {
      after = order.length
      clean = order.length === 0 && sequence.added === 0
    }
    this.docAfter.set(item, after)
    sequence.added += 1
    sequence.tail = clean ? item : null
    return clean ? 0 : after + sequence.added
  }

  private docItem(id: Y.ID, parent: TypeRef): Y.Item | null {
    const type = parent.type
    if (!type?.doc) return null
    const struct = Y.getItem(type.doc.store, id)
    return struct instanceof Y.Item ? struct : null
  }

  /** Walks the document's items of one sequence once per update. */
  private order(name: string, parent: TypeRef, key: string | null) {
    const known = this.docOrder.get(name)
    if (known) return known
    const position = new Map<Y.Item, number>()
    const type = parent.type
    const items: Y.Item[] = []
    if (type && key !== null) {
      for (let at = type._map.get(key) ?? null; at !== null; at = at.left) items.push(at)
      items.reverse()
    } else if (type) {
      for (let at = type._start; at !== null; at = at.right) items.push(at)
    }
    for (const [i, item] of items.entries()) position.set(item, i)
    const order = { position, length: items.length }
    this.docOrder.set(name, order)
    return order
  }
}
