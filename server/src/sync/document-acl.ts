import { courseOfPrivateDoc, PrivatePersonFields } from '@bordenden/model'
import * as Y from 'yjs'

const privateFields = new Set<string>(PrivatePersonFields)

/**
 * Why an update may not go into this document, or null when it may. A course's shared document is
 * synced by every link holder, so what only coordinators may know (a person's contact details,
 * consent, "skal ikke inddrages"; see the model's private-data.ts) must never be written into it: a
 * client that tries (an old build, or an offline copy written by one) is refused before anything is
 * applied, stored or shown. The coordinator-only document is reached only by coordinators (route.ts).
 * Throws if the bytes are not a Yjs update.
 */
export function refuseUpdate(docId: string, doc: Y.Doc, update: Uint8Array): string | null {
  if (courseOfPrivateDoc(docId) !== null) return null
  const keys = new MapKeys(doc, Y.decodeUpdate(update).structs)
  for (const struct of keys.structs) {
    if (!(struct instanceof Y.Item)) continue
    // An item whose origin is nowhere yet waits in Yjs's pending structs and joins the key of that
    // origin once it arrives; the origin's own update is checked then, and refused if the key is private.
    const key = keys.of(struct)
    if (key && privateFields.has(key)) return 'private data in the shared document'
  }
  return null
}

/**
 * The map key each item of an update is written under. Yjs encodes the key (parentSub) only for an
 * item without neighbours; a value that replaces an earlier one under the same key carries just its
 * origin, so the key is found by following origins, into the update or into the document.
 */
class MapKeys {
  readonly structs: (Y.Item | Y.GC | Y.AbstractStruct)[]
  private readonly doc: Y.Doc
  private readonly byClient = new Map<number, Y.AbstractStruct[]>()
  private readonly known = new Map<Y.Item, string | null | undefined>()

  constructor(doc: Y.Doc, structs: Y.AbstractStruct[]) {
    this.doc = doc
    this.structs = structs
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client) ?? []
      list.push(struct)
      this.byClient.set(struct.id.client, list)
    }
  }

  /** The key; null for an item that is not a map value; undefined when its origin is nowhere (yet). */
  of(item: Y.Item): string | null | undefined {
    const chain: Y.Item[] = []
    let current: Y.Item = item
    let key: string | null | undefined
    for (;;) {
      if (this.known.has(current)) {
        key = this.known.get(current)
        break
      }
      chain.push(current)
      if (current.parentSub !== null) key = current.parentSub
      else if (current.parent !== null) key = null
      else {
        const origin = current.origin ?? current.rightOrigin
        const next = origin ? this.find(origin) : null
        // Content under a deleted parent (a GC struct) is integrated as deleted: it shows nowhere.
        if (next instanceof Y.Item) {
          current = next
          continue
        }
        key = next === undefined ? undefined : null
      }
      break
    }
    for (const visited of chain) this.known.set(visited, key)
    return key
  }

  /** The struct holding `id`: from this update, else from the document; undefined if neither has it. */
  private find(id: Y.ID): Y.AbstractStruct | undefined {
    const list = this.byClient.get(id.client)
    if (list) {
      let low = 0
      let high = list.length - 1
      while (low <= high) {
        const mid = (low + high) >> 1
        const struct = list[mid] as Y.AbstractStruct
        if (id.clock < struct.id.clock) high = mid - 1
        else if (id.clock >= struct.id.clock + struct.length) low = mid + 1
        else return struct
      }
    }
    try {
      return Y.getItem(this.doc.store, id) ?? undefined
    } catch {
      return undefined
    }
  }
}
