import type { RecordScope, TLRecord, TLStore } from 'tldraw'

/**
 * A record from another client, if this store may hold it: a known type of the expected scope that is
 * valid against the schema. Whatever arrives over the network was written by some client, and one corrupt
 * or hostile write must not break everybody's board. So invalid records are skipped here rather than
 * thrown from inside a store transaction, and a peer can never overwrite local session state.
 */
export function acceptRemoteRecord(store: TLStore, value: unknown, scope: RecordScope): TLRecord | undefined {
  const typeName =
    typeof value === 'object' && value !== null ? (value as { typeName?: unknown }).typeName : null
  if (typeof typeName !== 'string' || !store.scopedTypes[scope].has(typeName as TLRecord['typeName'])) {
    console.warn(`Bordenden: ignored a remote record that is not a ${scope} record`, value)
    return undefined
  }
  try {
    return store.schema.validateRecord(store, value as TLRecord, 'createRecord', null)
  } catch (error) {
    console.warn('Bordenden: ignored an invalid remote record', error)
    return undefined
  }
}
