import type { AwarenessState } from '@bordenden/client'
import { InstancePresenceRecordType, type TLInstancePresence, type TLRecord, type TLStore } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { acceptRemoteRecord } from './remoteRecords.ts'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Shows everybody else in the course: each peer's awareness `presence` becomes an instance_presence record
 * in the store, which tldraw renders as a cursor with a name tag and as selection outlines, and which goes
 * when the peer's awareness state goes (they left, or this connection dropped).
 */
export function showPeers(store: TLStore, awareness: Awareness): () => void {
  const recordId = (clientId: number) => InstancePresenceRecordType.createId(String(clientId))

  const onChange = ({ added, updated, removed }: AwarenessChanges) => {
    const put: TLRecord[] = []
    const gone = removed.map(recordId)
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const state = awareness.getStates().get(clientId) as Partial<AwarenessState> | undefined
      const presence = state?.presence
      const record =
        typeof presence === 'object' && presence !== null
          ? acceptRemoteRecord(store, { ...presence, id: recordId(clientId) }, 'presence')
          : undefined
      // A peer without a canvas (the side panel) or with an invalid presence shows no cursor.
      if (record) put.push(record)
      else gone.push(recordId(clientId))
    }
    const removedIds = gone.filter((id) => store.has(id))
    if (put.length === 0 && removedIds.length === 0) return
    store.mergeRemoteChanges(() => {
      store.put(put)
      store.remove(removedIds)
    })
  }

  awareness.on('change', onChange)
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    awareness.off('change', onChange)
    const shown = store.query.records('instance_presence').get()
    store.mergeRemoteChanges(() => store.remove(shown.map((record: TLInstancePresence) => record.id)))
  }
}
