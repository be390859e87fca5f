import * as Y from 'yjs'
import type { UpdateStructure } from './change-structure.ts'
import type { DocShape } from './validate-change.ts'

/**
 * Whether every map the update touches still holds its required keys after it: an entity the update
 * creates must bring them all, and a field or meta key it deletes must be one its schema can do without
 * (or be set again by the same update). Looking only at what an update inserts would let a deletion
 * leave a person without a name or a meeting without its date, which every reader then trips over.
 * Entities the update removes whole are not checked; neither are old entities it leaves alone.
 */
export function missingRequired(structure: UpdateStructure, shape: DocShape): string | null {
  const touched = new Map<
    string,
    { root: string; created: boolean; removed: Set<string>; set: Set<string> }
  >()
  const entry = (ref: string, root: string) => {
    let found = touched.get(ref)
    if (!found) {
      found = { root, created: false, removed: new Set(), set: new Set() }
      touched.set(ref, found)
    }
    return found
  }
  const removedEntities = new Set<string>()

  for (const { item, parent, key } of structure.placed) {
    const root = requiredOf(shape, parent.root)
    if (!root || key === null) continue
    const live = !(item.content instanceof Y.ContentDeleted) && !structure.deletes(item.id)
    if (root.kind === 'entities' && parent.depth === 0) {
      if (live && item.content instanceof Y.ContentType) entry(refOf(item), parent.root).created = true
    } else if (live && parent.depth === (root.kind === 'entities' ? 1 : 0)) {
      entry(parent.ref, parent.root).set.add(key)
    }
  }
  for (const item of structure.deletedValues) {
    const place = placeOf(item)
    if (!place) continue
    const root = requiredOf(shape, place.root)
    if (!root) continue
    if (place.entityRef === null && root.kind === 'entities') removedEntities.add(refOf(item))
    else if (place.entityRef !== null || root.kind === 'values') {
      entry(place.entityRef ?? place.root, place.root).removed.add(item.parentSub as string)
    }
  }

  for (const [ref, { root, created, removed, set }] of touched) {
    if (removedEntities.has(ref)) continue
    const required = requiredOf(shape, root)?.required as ReadonlySet<string>
    for (const key of required) {
      if (!set.has(key) && (created || removed.has(key))) return `${root}: a required field is missing`
    }
  }
  return null
}

function requiredOf(shape: DocShape, root: string) {
  const found = Object.hasOwn(shape.roots, root) ? shape.roots[root] : undefined
  return found && found.kind !== 'list' && found.required ? found : null
}

const refOf = (item: Y.Item) => `${item.id.client}:${item.id.clock}`

/**
 * Where a document item sits: directly in a root map (`entityRef` null), or in a map stored in a root
 * (an entity, named by its ref); null anywhere else or when its entity is already deleted.
 */
function placeOf(item: Y.Item): { root: string; entityRef: string | null } | null {
  const parent = item.parent
  if (!(parent instanceof Y.AbstractType)) return null
  if (parent._item === null) return { root: Y.findRootTypeKey(parent), entityRef: null }
  const entity = parent._item
  const grandparent = entity.parent
  if (entity.deleted || !(grandparent instanceof Y.AbstractType) || grandparent._item !== null) return null
  return { root: Y.findRootTypeKey(grandparent), entityRef: refOf(entity) }
}
