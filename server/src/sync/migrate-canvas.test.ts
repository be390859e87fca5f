import { canvasSchemaVersions } from '@bordenden/canvas-schema'
import { beforeRichText, oldRectangle } from '@bordenden/canvas-schema/test-fixtures'
import { CourseDoc } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { migrateCanvas } from './migrate-canvas.ts'

/** A course document as a build on `versions` left it, holding the old rectangle. */
function storedUnder(versions: unknown): Y.Doc {
  const doc = new Y.Doc()
  if (versions !== undefined) doc.getMap('meta').set('canvasSchema', versions)
  new CourseDoc(doc).canvasRecords().set(oldRectangle.id, oldRectangle)
  return doc
}

const rectangleIn = (doc: Y.Doc) =>
  new CourseDoc(doc).canvasRecords<typeof oldRectangle>().get(oldRectangle.id) as {
    props: Record<string, unknown>
  }

describe('migrateCanvas', () => {
  it('migrates records of older versions once, and notes the versions in meta', () => {
    const doc = storedUnder(beforeRichText)
    expect(migrateCanvas(doc)).toEqual({ kind: 'migrated', records: 1, removed: 0 })
    expect(rectangleIn(doc).props.flipX).toBe(false)
    expect(doc.getMap('meta').get('canvasSchema')).toEqual(canvasSchemaVersions)
    const stateAfter = Y.encodeStateVector(doc)
    expect(migrateCanvas(doc)).toEqual({ kind: 'current' })
    expect(Y.encodeStateVector(doc)).toEqual(stateAfter) // nothing written the second time
  })

  it('only notes the versions of a document that names none, and leaves newer versions alone', () => {
    const unnamed = storedUnder(undefined)
    expect(migrateCanvas(unnamed)).toEqual({ kind: 'noted' })
    expect(rectangleIn(unnamed).props.text).toBe('Mødested')
    const newerVersions = {
      ...canvasSchemaVersions,
      sequences: { ...canvasSchemaVersions.sequences, 'com.tldraw.shape.geo': 99 },
    }
    const newer = storedUnder(newerVersions)
    expect(migrateCanvas(newer)).toMatchObject({ kind: 'failed' })
    expect(newer.getMap('meta').get('canvasSchema')).toEqual(newerVersions)
    expect(rectangleIn(newer).props.text).toBe('Mødested')
  })
})
