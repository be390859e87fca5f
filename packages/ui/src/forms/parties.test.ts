import { CourseDoc } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { followUpOptions, followUpPartyFromKey, keyOfParty, partyOptions } from './parties.ts'

function course() {
  const doc = new CourseDoc(new Y.Doc(), new Y.Doc())
  doc.initialise({ courseId: 'c1', title: 'Forløb', citizenName: 'Jens Madsen', createdAt: 0 })
  return doc
}

describe('who follows up', () => {
  it('offers the coordinator after the people at the table, by her name when the course has one', () => {
    const doc = course()
    const labels = () => followUpOptions(doc, 'da', 'Ingen').map((o) => o.label)
    expect(labels()).toEqual(['Ingen', 'Jens Madsen', 'Koordinatoren'])
    doc.updateMeta({ coordinator: { name: 'Karen Koordinator', phone: '' } })
    expect(labels().at(-1)).toBe('Karen Koordinator (koordinatoren)')
    // An owner is someone at the table: the coordinator is not offered there.
    expect(partyOptions(doc, 'da', 'Ingen').map((o) => o.id)).not.toContain('coordinator')
  })

  it('turns the choice into the party the model stores, and back', () => {
    expect(followUpPartyFromKey('coordinator')).toEqual({ kind: 'coordinator' })
    expect(keyOfParty({ kind: 'coordinator' })).toBe('coordinator')
    expect(followUpPartyFromKey('citizen')).toEqual({ kind: 'citizen' })
    expect(followUpPartyFromKey('')).toBeNull()
  })
})
