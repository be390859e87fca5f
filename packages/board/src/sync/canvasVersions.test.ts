import { canvasSchemaVersions } from '@bordenden/canvas-schema'
import { createTLStore, defaultBindingUtils, defaultShapeUtils } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { boundShapeUtils } from '../canvas/shapes/index.ts'

describe("the board's canvas versions", () => {
  it('are the ones the server validates, migrates to and compares at connect (canvas-schema)', () => {
    const store = createTLStore({
      shapeUtils: [...defaultShapeUtils, ...boundShapeUtils],
      bindingUtils: defaultBindingUtils,
    })
    expect(store.schema.serialize()).toEqual(canvasSchemaVersions)
  })
})
