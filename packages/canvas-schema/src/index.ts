export { type BoundShapeType, boundShapeProps } from './boundShapeProps.ts'
export {
  type CanvasMigration,
  type CanvasSchemaVersions,
  canvasSchemaTag,
  canvasSchemaVersions,
  isCurrentCanvasSchema,
  migrateCanvasRecords,
} from './canvasMigration.ts'
export { canvasSchema, checkCanvasRecord } from './canvasSchema.ts'
