import { describe, expect, it } from 'vitest'
import {
  canvasSchemaTag,
  canvasSchemaVersions,
  isCurrentCanvasSchema,
  migrateCanvasRecords,
} from './canvasMigration.ts'
import { checkCanvasRecord } from './canvasSchema.ts'
import { beforeRichText, oldRectangle } from './test-fixtures.ts'

const page = { meta: {}, id: 'page:network', name: 'Netværk', index: 'a1', typeName: 'page' }

describe('migrateCanvasRecords', () => {
  it("migrates a shape stored under an older version with tldraw's own migrations, to a record it accepts", () => {
    expect(checkCanvasRecord(oldRectangle)).not.toBeNull()
    const records = new Map<string, unknown>([
      [oldRectangle.id, oldRectangle],
      [page.id, page],
    ])
    const result = migrateCanvasRecords(records, beforeRichText)
    if (!result.ok) throw new Error(result.reason)
    expect([...result.changed.keys()]).toEqual([oldRectangle.id])
    expect(result.removed).toEqual([])
    const migrated = result.changed.get(oldRectangle.id) as unknown as { props: Record<string, unknown> }
    expect(migrated.props.text).toBeUndefined()
    expect(JSON.stringify(migrated.props.richText)).toContain('Mødested')
    expect(migrated.props.flipX).toBe(false)
    expect(checkCanvasRecord(migrated)).toBeNull()
    expect(records.get(oldRectangle.id)).toBe(oldRectangle) // the input is left alone
  })

  it('changes nothing for records stored under the current versions', () => {
    const result = migrateCanvasRecords(new Map([[page.id, page]]), canvasSchemaVersions)
    expect(result).toEqual({ ok: true, changed: new Map(), removed: [] })
  })

  it('refuses stored versions newer than this build, or that are no schema', () => {
    const newer = {
      ...canvasSchemaVersions,
      sequences: { ...canvasSchemaVersions.sequences, 'com.tldraw.shape.geo': 99 },
    }
    expect(migrateCanvasRecords(new Map([[page.id, page]]), newer).ok).toBe(false)
    expect(migrateCanvasRecords(new Map(), { schemaVersion: 2, sequences: { x: 'one' } }).ok).toBe(false)
    expect(migrateCanvasRecords(new Map(), null).ok).toBe(false)
  })
})

describe('the canvas schema a board and the server share', () => {
  it('has a short tag that changes with any version', () => {
    expect(canvasSchemaTag).toMatch(/^[0-9a-f]{8}$/)
    expect(isCurrentCanvasSchema(JSON.parse(JSON.stringify(canvasSchemaVersions)))).toBe(true)
    expect(isCurrentCanvasSchema(beforeRichText)).toBe(false)
  })
})
