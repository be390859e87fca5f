import { describe, expect, it } from 'vitest'
import { checkCanvasRecord } from './canvasSchema.ts'
import { personCard } from './test-fixtures.ts'

// Records as the board writes them (tldraw writes the document and the pages), each as its JSON in the
// course document's canvas.
const networkPage = { meta: {}, id: 'page:network', name: 'Netværk', index: 'a1', typeName: 'page' }
const document = { gridSize: 10, name: '', meta: {}, id: 'document:document', typeName: 'document' }

describe('checkCanvasRecord', () => {
  it('accepts the records a board writes: a bound card, a page, the document', () => {
    expect(checkCanvasRecord(personCard)).toBeNull()
    expect(checkCanvasRecord(networkPage)).toBeNull()
    expect(checkCanvasRecord(document)).toBeNull()
    expect(checkCanvasRecord({ ...personCard, type: 'bd-goal-adder', props: { w: 320, h: 120 } })).toBeNull()
  })

  it('refuses a prop of the wrong type, an unknown prop and an unknown shape type', () => {
    expect(checkCanvasRecord({ ...personCard, props: { ...personCard.props, w: '180' } })).toBe(
      "shape record does not match tldraw's schema",
    )
    expect(checkCanvasRecord({ ...personCard, props: { ...personCard.props, note: 'x' } })).not.toBeNull()
    expect(checkCanvasRecord({ ...personCard, type: 'bd-secret' })).not.toBeNull()
  })

  it('refuses a record with a missing field', () => {
    const { opacity: _, ...withoutOpacity } = personCard
    expect(checkCanvasRecord(withoutOpacity)).not.toBeNull()
    const { personId: __, ...propsWithoutPerson } = personCard.props
    expect(checkCanvasRecord({ ...personCard, props: propsWithoutPerson })).not.toBeNull()
    expect(checkCanvasRecord({ ...networkPage, name: undefined })).not.toBeNull()
  })

  it('refuses record types that are not shared (session, presence) or unknown, and non-records', () => {
    const camera = { x: 0, y: 0, z: 1, meta: {}, id: 'camera:page:network', typeName: 'camera' }
    expect(checkCanvasRecord(camera)).toBe('not a canvas record type')
    expect(checkCanvasRecord({ ...networkPage, typeName: 'toString' })).toBe('not a canvas record type')
    expect(checkCanvasRecord([networkPage])).toBe('record is not an object')
    expect(checkCanvasRecord(null)).toBe('record is not an object')
  })

  it('names no content of the record in its reason', () => {
    const reason = checkCanvasRecord({ ...networkPage, name: 42, secret: 'Jens Hansens hemmelighed' })
    expect(reason).toBe("page record does not match tldraw's schema")
  })
})
