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
export function refuseUpdate(docId: string, update: Uint8Array): string | null {
  if (courseOfPrivateDoc(docId) !== null) return null
  for (const struct of Y.decodeUpdate(update).structs) {
    // A field of an entity is an item whose parentSub is the field's name.
    if (struct instanceof Y.Item && struct.parentSub !== null && privateFields.has(struct.parentSub)) {
      return 'private data in the shared document'
    }
  }
  return null
}
