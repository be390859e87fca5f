import type { CourseDoc } from '@bordenden/model'
import type { TLRecord, TLStore } from 'tldraw'
import type { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import { acceptRemoteRecord } from './remoteRecords.ts'

/** The change events of a YKeyValue (y-utility types them only as `Function`). */
type KeyValueChanges<T> = Map<
  string,
  | { action: 'add'; newValue: T }
  | { action: 'update'; oldValue: T; newValue: T }
  | { action: 'delete'; oldValue: T }
>

/**
 * Mirrors the tldraw store's document records (shapes, pages, bindings, assets, the document, users) and
 * the course document's canvas records into each other, both ways:
 * - local edits go into the YKeyValue, one Yjs transaction per store history batch, marked with an origin
 *   of this binding so they are not applied back;
 * - everybody else's changes (peers, and later offline caches or undo managers) are merged into the store
 *   as remote changes, so they stay out of the local undo history and are not sent again.
 * Session records (camera, selection, the current page) stay in this browser; presence has its own channel.
 *
 * Call it once the document has synced. The store then starts from the server's canvas, and the integrity
 * check that tldraw runs after every remote merge adds the default document and page only to a canvas that
 * has none. Two browsers opening a new course at once both write those same fixed ids ('document:document',
 * 'page:page') with the same content, so YKeyValue keeps one of each and neither has to give way.
 */
export function bindCanvas(store: TLStore, course: CourseDoc): () => void {
  const records = canvasRecords(course)
  const origin = { binding: 'bordenden:canvas' }
  const documentTypes = store.scopedTypes.document

  const stopListening = store.listen(
    ({ changes }) => {
      records.doc.transact(() => {
        for (const record of Object.values(changes.added)) records.set(record.id, record)
        for (const [, record] of Object.values(changes.updated)) records.set(record.id, record)
        for (const id of Object.keys(changes.removed)) records.delete(id)
      }, origin)
    },
    { source: 'user', scope: 'document' },
  )

  const mergeRemote = (entries: Iterable<[key: string, value: TLRecord | undefined]>) => {
    const put: TLRecord[] = []
    const removed: TLRecord['id'][] = []
    for (const [key, value] of entries) {
      if (value === undefined) {
        const existing = store.get(key as TLRecord['id'])
        if (existing && documentTypes.has(existing.typeName)) removed.push(existing.id)
        continue
      }
      const record = acceptRemoteRecord(store, value, 'document')
      // The key is what YKeyValue de-duplicates on; a record filed under another id would be a second copy.
      if (record?.id === key) put.push(record)
    }
    store.mergeRemoteChanges(() => {
      if (put.length > 0) store.put(put)
      if (removed.length > 0) store.remove(removed)
    })
  }

  const onRemoteChange = (changes: KeyValueChanges<TLRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return
    mergeRemote(
      Array.from(changes, ([key, change]) => [key, change.action === 'delete' ? undefined : change.newValue]),
    )
  }
  records.on('change', onRemoteChange)

  mergeRemote(Array.from(records.map, ([key, entry]) => [key, entry.val]))

  return () => {
    stopListening()
    records.off('change', onRemoteChange)
  }
}

const recordsByDoc = new WeakMap<Y.Doc, YKeyValue<TLRecord>>()

/**
 * One YKeyValue per document, for the document's lifetime: it observes its Y.Array with no way to detach,
 * and a second instance on the same array would repeat every de-duplication write.
 */
function canvasRecords(course: CourseDoc): YKeyValue<TLRecord> {
  let records = recordsByDoc.get(course.doc)
  if (!records) {
    records = course.canvasRecords<TLRecord>()
    recordsByDoc.set(course.doc, records)
  }
  return records
}
