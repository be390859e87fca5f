import * as Y from 'yjs'
import { deletionCost, MergeCosts } from './merge-cost.ts'
import { countUpdate } from './update-counts.ts'

/**
 * Reads an untrusted Yjs update against the document it is meant for, without applying it: where each
 * inserted item would go, whether everything it refers to exists (so nothing is ever left "pending" in
 * the document), and an upper bound on what merging it costs. Y.decodeUpdate is linear in the update's
 * size; everything here is linear in the update plus the lengths of the lists and map keys it touches.
 *
 * The merge cost: Yjs places an item that was inserted concurrently with others (its left neighbour is
 * no longer followed by its right one) by walking the items after its left neighbour, so N concurrent
 * items at one place cost N walks of up to N items. The bound charges each item the items that may lie
 * after its origin when it is merged: those of the document, plus those this update adds before it.
 */

// biome-ignore lint/suspicious/noExplicitAny: Yjs itself types a shared type's events as any
type SharedType = Y.AbstractType<any>

/** A shared type as the shape rules see it. */
export interface TypeRef {
  /** The root key of the document it lives under. */
  root: string
  /** 0 for a root type, 1 for a type stored in a root, and so on. */
  depth: number
  /** The key it is stored under in its parent; null for a root or a type in a list. */
  key: string | null
  /** What Yjs type it is; a root's kind comes from the document's shape, so it is 'root'. */
  kind: 'root' | 'map' | 'array' | 'text' | 'other'
  /** Identity, to group the items of one list or map key: the root key or `client:clock`. */
  ref: string
  /** The type in the document, or null when the update creates it. */
  type: SharedType | null
}

/** Where one item of the update goes: into `parent`, under `key` (a map) or into its list (null). */
export interface Placed {
  item: Y.Item
  parent: TypeRef
  key: string | null
  /** Upper bound on the items Yjs walks to place it (0 when it simply follows its origin). */
  cost: number
}

export interface UpdateStructure {
  placed: Placed[]
  /** The document's current map values (a field, an entity, a meta key) that the update deletes. */
  deletedValues: Y.Item[]
  /** Whether the update's own delete set removes this id (an item it adds may be deleted at once). */
  deletes(id: Y.ID): boolean
  /** Items Yjs will turn into garbage (their parent was deleted): kept nowhere, checked no further. */
  dropped: number
  structs: number
  deleteRanges: number
  /** Sum of the items' costs. */
  cost: number
}

export class StructureError extends Error {
  override name = 'StructureError'
}

const MAX_TYPE_DEPTH = 16
const DROPPED = Symbol('dropped')
type Resolved = { parent: TypeRef; key: string | null } | typeof DROPPED

export function readUpdateStructure(
  doc: Y.Doc,
  update: Uint8Array,
  limits: { maxStructs: number; maxDeleteRanges: number; maxCost: number },
): UpdateStructure {
  const counts = countUpdate(update, limits.maxStructs, limits.maxDeleteRanges)
  if (counts === null) throw new StructureError('update does not decode')
  if ('over' in counts) {
    throw new StructureError(
      counts.over === 'structs' ? 'too many items in one update' : 'too many deletions in one update',
    )
  }
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    throw new StructureError('update does not decode')
  }
  const { structs, ds } = decoded

  const index = new UpdateIndex(doc, structs)
  // Deletions of what neither the document nor the update holds would wait in the document forever.
  let cost = 0
  for (const [client, ranges] of ds.clients) {
    const known = Math.max(Y.getState(doc.store, client), index.end(client))
    for (const range of ranges) {
      if (range.clock + range.len > known) throw new StructureError('deletes content that does not exist')
      cost += deletionCost(doc, client, range.clock, range.len)
    }
    if (cost > limits.maxCost) throw new StructureError('deleting would cost too much')
  }
  const deletedValues = liveMapValuesIn(doc, ds)
  const places = new Places(doc, index)
  const costs = new MergeCosts()
  const placed: Placed[] = []
  let dropped = 0
  // Charged in the order their dependencies allow (as Yjs merges them), not client by client.
  for (const struct of index.items()) places.resolve(struct)
  for (const [struct, where] of places.inOrder()) {
    if (where === DROPPED) {
      dropped += 1
      continue
    }
    const itemCost = costs.charge(struct, where.parent, where.key, (id) => index.find(id))
    cost += itemCost
    if (cost > limits.maxCost) throw new StructureError('merging the update would cost too much')
    placed.push({ item: struct, parent: where.parent, key: where.key, cost: itemCost })
  }
  return {
    placed,
    deletedValues,
    deletes: deleteSetLookup(ds),
    dropped,
    structs: counts.structs,
    deleteRanges: counts.deleteRanges,
    cost,
  }
}

/**
 * A lookup in an untrusted delete set, whose ranges may come in any order and overlap: sorted and merged
 * per client on first use, then found by binary search.
 */
function deleteSetLookup(ds: ReturnType<typeof Y.decodeUpdate>['ds']): (id: Y.ID) => boolean {
  const merged = new Map<number, { from: number; to: number }[]>()
  const rangesOf = (client: number) => {
    let ranges = merged.get(client)
    if (ranges) return ranges
    ranges = []
    const sorted = [...(ds.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock)
    for (const { clock, len } of sorted) {
      const last = ranges[ranges.length - 1]
      if (last && clock <= last.to) last.to = Math.max(last.to, clock + len)
      else ranges.push({ from: clock, to: clock + len })
    }
    merged.set(client, ranges)
    return ranges
  }
  return (id) => {
    const ranges = rangesOf(id.client)
    let low = 0
    let high = ranges.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const range = ranges[mid] as { from: number; to: number }
      if (id.clock < range.from) high = mid - 1
      else if (id.clock >= range.to) low = mid + 1
      else return true
    }
    return false
  }
}

/**
 * The items of the document the delete set removes that are a map key's current value. Walks the items
 * the ranges cover, which the deletion cost above has already bounded.
 */
function liveMapValuesIn(doc: Y.Doc, ds: ReturnType<typeof Y.decodeUpdate>['ds']): Y.Item[] {
  const values: Y.Item[] = []
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client)
    const have = Y.getState(doc.store, client)
    if (!structs) continue
    for (const range of ranges) {
      if (range.clock >= have) continue
      const end = Math.min(range.clock + range.len, have)
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC
        if (struct.id.clock >= end) break
        if (!(struct instanceof Y.Item) || struct.deleted || struct.parentSub === null) continue
        const parent = struct.parent
        if (parent instanceof Y.AbstractType && parent._map.get(struct.parentSub) === struct)
          values.push(struct)
      }
    }
  }
  return values
}

/** The update's structs by client, and the rule that each client's structs continue the document's. */
class UpdateIndex {
  private readonly byClient = new Map<number, (Y.Item | Y.GC)[]>()
  private readonly doc: Y.Doc

  constructor(doc: Y.Doc, structs: (Y.Item | Y.GC | Y.Skip)[]) {
    this.doc = doc
    for (const struct of structs) {
      if (struct instanceof Y.Skip) throw new StructureError('update has gaps')
      const list = this.byClient.get(struct.id.client) ?? []
      this.byClient.set(struct.id.client, list)
      list.push(struct)
    }
    for (const [client, list] of this.byClient) {
      const first = list[0] as Y.Item | Y.GC
      if (first.id.clock > Y.getState(doc.store, client)) throw new StructureError('update has gaps')
    }
  }

  /** The items Yjs does not hold yet. */
  *items(): Generator<Y.Item> {
    for (const [client, list] of this.byClient) {
      const have = Y.getState(this.doc.store, client)
      for (const struct of list)
        if (struct instanceof Y.Item && struct.id.clock + struct.length > have) yield struct
    }
  }

  end(client: number): number {
    const list = this.byClient.get(client)
    const last = list?.[list.length - 1]
    return last ? last.id.clock + last.length : 0
  }

  /** The struct of this update that holds `id`, if any. */
  find(id: Y.ID): Y.Item | Y.GC | undefined {
    const list = this.byClient.get(id.client)
    if (!list) return undefined
    let low = 0
    let high = list.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const struct = list[mid] as Y.Item | Y.GC
      if (id.clock < struct.id.clock) high = mid - 1
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1
      else return struct
    }
    return undefined
  }
}

/** Finds the parent type and map key of each item, from the document or from earlier items of the update. */
class Places {
  private readonly doc: Y.Doc
  private readonly index: UpdateIndex
  private readonly resolved = new Map<Y.Item, Resolved>()
  private readonly docTypes = new Map<SharedType, TypeRef>()

  constructor(doc: Y.Doc, index: UpdateIndex) {
    this.doc = doc
    this.index = index
  }

  /** The items resolved so far, each after the items it depends on. */
  inOrder(): IterableIterator<[Y.Item, Resolved]> {
    return this.resolved.entries()
  }

  /** Iterative, not recursive: an update may chain thousands of items through their origins. */
  resolve(start: Y.Item): Resolved {
    const known = this.resolved.get(start)
    if (known) return known
    const first = this.dependencyOf(start)
    if (!first || this.resolved.has(first)) {
      // The common case (its dependency is in the document or already placed): no stack needed.
      const where = this.place(start)
      this.resolved.set(start, where)
      return where
    }
    const stack: Y.Item[] = [start]
    const onStack = new Set<Y.Item>([start])
    while (stack.length > 0) {
      const item = stack[stack.length - 1] as Y.Item
      const dependency = this.dependencyOf(item)
      if (dependency instanceof Y.Item && !this.resolved.has(dependency)) {
        if (onStack.has(dependency)) throw new StructureError('items refer to each other in a cycle')
        stack.push(dependency)
        onStack.add(dependency)
        continue
      }
      this.resolved.set(item, this.place(item))
      stack.pop()
      onStack.delete(item)
    }
    return this.resolved.get(start) as Resolved
  }

  /** The item of this update that must be placed first, if any. */
  private dependencyOf(item: Y.Item): Y.Item | null {
    const parent = item.parent as unknown
    const ref = parent instanceof Y.ID ? parent : parent === null ? (item.origin ?? item.rightOrigin) : null
    if (!ref || this.inDoc(ref)) return null
    const found = this.index.find(ref)
    return found instanceof Y.Item ? found : null
  }

  private place(item: Y.Item): Resolved {
    const parent = item.parent as unknown
    if (typeof parent === 'string') return { parent: this.root(parent), key: item.parentSub }
    if (parent instanceof Y.ID) {
      const type = this.typeCreatedBy(parent)
      return type === DROPPED ? DROPPED : { parent: type, key: item.parentSub }
    }
    const ref = item.origin ?? item.rightOrigin
    if (!ref) throw new StructureError('item has neither a parent nor neighbours')
    const neighbour = this.lookup(ref)
    if (neighbour === DROPPED) return DROPPED
    if (neighbour.inDoc) {
      const docParent = neighbour.item.parent
      if (!(docParent instanceof Y.AbstractType)) return DROPPED
      return { parent: this.docType(docParent), key: neighbour.item.parentSub }
    }
    return this.resolved.get(neighbour.item) ?? DROPPED
  }

  private typeCreatedBy(id: Y.ID): TypeRef | typeof DROPPED {
    const found = this.lookup(id)
    if (found === DROPPED) return DROPPED
    const content = found.item.content
    if (!(content instanceof Y.ContentType)) {
      if (content instanceof Y.ContentDeleted) return DROPPED
      throw new StructureError('parent is not a shared type')
    }
    if (found.inDoc) return this.docType(content.type)
    const where = this.resolved.get(found.item)
    if (!where || where === DROPPED) return DROPPED
    const depth = where.parent.depth + 1
    if (depth > MAX_TYPE_DEPTH) throw new StructureError('shared types nested too deep')
    return {
      root: where.parent.root,
      depth,
      key: where.key,
      kind: kindOf(content.type),
      ref: `${id.client}:${found.item.id.clock}`,
      type: null,
    }
  }

  /** A root type, with the document's type when it exists, so lists already there are counted. */
  private root(name: string): TypeRef {
    return {
      root: name,
      depth: 0,
      key: null,
      kind: 'root',
      ref: name,
      type: this.doc.share.get(name) ?? null,
    }
  }

  private inDoc(id: Y.ID): boolean {
    return id.clock < Y.getState(this.doc.store, id.client)
  }

  private lookup(id: Y.ID): { item: Y.Item; inDoc: boolean } | typeof DROPPED {
    if (this.inDoc(id)) {
      const struct = Y.getItem(this.doc.store, id)
      return struct instanceof Y.Item ? { item: struct, inDoc: true } : DROPPED
    }
    const struct = this.index.find(id)
    if (!struct) throw new StructureError('refers to content that does not exist')
    return struct instanceof Y.Item ? { item: struct, inDoc: false } : DROPPED
  }

  /** The TypeRef of a type in the document, found by walking up to its root (bounded). */
  private docType(type: SharedType): TypeRef {
    const known = this.docTypes.get(type)
    if (known) return known
    const chain: SharedType[] = []
    let at: SharedType | null = type
    while (at?._item) {
      chain.push(at)
      if (chain.length > MAX_TYPE_DEPTH) throw new StructureError('shared types nested too deep')
      const up: unknown = at._item.parent
      at = up instanceof Y.AbstractType ? up : null
    }
    if (!at) throw new StructureError('parent type is not in the document')
    let ref = this.root(Y.findRootTypeKey(at))
    for (const nested of chain.reverse()) {
      const id = (nested._item as Y.Item).id
      ref = {
        root: ref.root,
        depth: ref.depth + 1,
        key: (nested._item as Y.Item).parentSub,
        kind: kindOf(nested),
        ref: `${id.client}:${id.clock}`,
        type: nested,
      }
    }
    this.docTypes.set(type, ref)
    return ref
  }
}

function kindOf(type: SharedType): TypeRef['kind'] {
  if (type instanceof Y.Map) return 'map'
  if (type instanceof Y.Array) return 'array'
  if (type instanceof Y.Text) return 'text'
  return 'other'
}
