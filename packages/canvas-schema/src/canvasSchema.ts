import { createTLSchema, defaultShapeSchemas, type SchemaPropsInfo, type TLSchema } from '@tldraw/tlschema'
import { boundShapeProps } from './boundShapeProps.ts'

const boundShapeSchemas: Record<string, SchemaPropsInfo> = Object.fromEntries(
  Object.entries(boundShapeProps).map(([type, props]) => [type, { props }]),
)

/**
 * The board's tldraw store schema: tldraw's default shapes, bindings and assets, plus the board's own
 * shapes. The board's store is built from the same shape utils (tldraw's defaults and the bound shapes,
 * whose props come from boundShapeProps), so a record valid on a board is valid here and back.
 */
export const canvasSchema: TLSchema = createTLSchema({
  shapes: { ...defaultShapeSchemas, ...boundShapeSchemas },
})

/**
 * Whether tldraw's own validator accepts `record` as a record of the shared canvas: a record type of the
 * document scope (shapes, pages, bindings, assets, the document, users; session state such as cameras
 * stays in each browser and is never shared), valid against its type's validator (a shape's props by its
 * shape type). Null when it is; otherwise a short reason that names only the record type, never content.
 * Pure and synchronous: the server runs it on every canvas entry of every edit.
 */
export function checkCanvasRecord(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'record is not an object'
  const typeName = (record as { typeName?: unknown }).typeName
  const type =
    typeof typeName === 'string' && Object.hasOwn(canvasSchema.types, typeName)
      ? canvasSchema.types[typeName as keyof typeof canvasSchema.types]
      : undefined
  if (type?.scope !== 'document') return 'not a canvas record type'
  try {
    type.validate(record)
    return null
  } catch {
    return `${type.typeName} record does not match tldraw's schema`
  }
}
