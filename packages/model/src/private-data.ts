import type * as Y from 'yjs'
import { type EntityStore, MapStore, sameJson } from './entity.ts'
import { DocKeys, MIGRATION_ORIGIN } from './schema.ts'

/**
 * What only the course's coordinators may know lives in a second document beside the shared board
 * document: a person's contact details, consent and the citizen's "skal ikke inddrages", and the whole
 * card of a person the citizen does not want involved. Everyone with a link syncs only the shared
 * document, so none of it can reach them; coordinators sync both, and `CourseDoc` joins them again.
 */

/** The person fields that live in the coordinator-only document. */
export const PrivatePersonFields = ['contact', 'consent', 'excludedByCitizen'] as const
const isPrivateField = (key: string) => (PrivatePersonFields as readonly string[]).includes(key)

/** The private fields of a person nobody has written any for (the schema's defaults). */
const NOTHING_PRIVATE = {
  contact: { phone: '', email: '', other: '' },
  consent: { status: 'notAsked', date: null, note: '' },
  excludedByCitizen: false,
}

/** The layout of the coordinator-only document. */
export const PrivateDocKeys = {
  /**
   * Y.Map<person id, Y.Map<field, JSON value>>: the private fields of every person, and for a person the
   * citizen does not want involved every other field too (they are absent from the shared document).
   */
  people: 'people',
} as const

const PRIVATE_SUFFIX = ':private'

/** The id under which a course's coordinator-only document is stored and synced. */
export const privateDocId = (courseId: string) => `${courseId}${PRIVATE_SUFFIX}`

/** The course a coordinator-only document belongs to, or null for a shared course document's id. */
export function courseOfPrivateDoc(docId: string): string | null {
  return docId.endsWith(PRIVATE_SUFFIX) ? docId.slice(0, -PRIVATE_SUFFIX.length) : null
}

function without(fields: Record<string, unknown>, drop: (key: string) => boolean) {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !drop(key)))
}

/**
 * The network people over both documents. Without the private document (a link holder) only the shared
 * cards are seen and written: private fields read as their defaults and are never written.
 */
export class PeopleStore implements EntityStore {
  private readonly shared: MapStore
  private readonly private: MapStore | null

  constructor(shared: Y.Doc, privateDoc: Y.Doc | null) {
    this.shared = new MapStore(shared.getMap(DocKeys.people))
    this.private = privateDoc ? new MapStore(privateDoc.getMap(PrivateDocKeys.people)) : null
  }

  ids(): Iterable<string> {
    return [...this.shared.ids(), ...(this.private?.ids() ?? [])]
  }

  read(id: string): Record<string, unknown> | undefined {
    const shared = this.shared.read(id)
    const kept = this.private?.read(id)
    if (!shared && !kept) return undefined
    return { ...shared, ...kept }
  }

  write(id: string, next: Record<string, unknown>): void {
    const publicPart = without(next, isPrivateField)
    if (!this.private) {
      this.shared.write(id, publicPart)
      return
    }
    if (next.excludedByCitizen === true) {
      // The whole card moves out of the shared document: nobody with a link learns the person exists.
      this.private.write(id, next)
      this.shared.remove(id)
      return
    }
    this.shared.write(id, publicPart)
    const privatePart = without(next, (key) => !isPrivateField(key))
    // Nothing private, and nothing kept yet: no entry. This also keeps a form opened before the private
    // document arrived from overwriting what it holds with empty fields.
    if (!this.private.read(id) && sameJson(privatePart, NOTHING_PRIVATE)) return
    const clearPublic = Object.fromEntries(Object.keys(publicPart).map((key) => [key, undefined]))
    this.private.write(id, { ...clearPublic, ...privatePart })
  }

  remove(id: string): void {
    this.shared.remove(id)
    this.private?.remove(id)
  }

  observe(listener: () => void): () => void {
    const stops = [this.shared.observe(listener), this.private?.observe(listener)]
    return () => {
      for (const stop of stops) stop?.()
    }
  }

  transact(write: () => void): void {
    const { private: kept } = this
    this.shared.transact(kept ? () => kept.transact(write) : write)
  }
}

/** Whether a shared course document still holds anything that belongs in the private document. */
export function holdsPrivateData(shared: Y.Doc): boolean {
  for (const fields of shared.getMap<Y.Map<unknown>>(DocKeys.people).values()) {
    for (const key of fields.keys()) if (isPrivateField(key)) return true
  }
  return false
}

/**
 * Moves what only coordinators may know out of a shared course document written before the split
 * (schema version 2 and older) into its private document, without loss: private fields of every person,
 * and the whole card of a person the citizen does not want involved. What the private document has
 * already wins (it is newer). Safe to run twice, also concurrently in two processes: it only sets values
 * read from the shared document and deletes them there. Returns how many people it touched.
 */
export function movePrivateData(shared: Y.Doc, privateDoc: Y.Doc): number {
  const sharedPeople = shared.getMap<Y.Map<unknown>>(DocKeys.people)
  const kept = new MapStore(privateDoc.getMap(PrivateDocKeys.people))
  let moved = 0
  shared.transact(() => {
    privateDoc.transact(() => {
      for (const [id, fields] of [...sharedPeople.entries()]) {
        const card = fields.toJSON() as Record<string, unknown>
        if (!Object.keys(card).some(isPrivateField)) continue
        moved += 1
        const already = kept.read(id) ?? {}
        const excluded = (already.excludedByCitizen ?? card.excludedByCitizen) === true
        const wanted = excluded ? card : without(card, (key) => !isPrivateField(key))
        kept.write(
          id,
          without(wanted, (key) => key in already),
        )
        if (excluded) sharedPeople.delete(id)
        else for (const key of PrivatePersonFields) fields.delete(key)
      }
    }, MIGRATION_ORIGIN)
  }, MIGRATION_ORIGIN)
  return moved
}
