export { type BoundShapeType, boundShapeProps } from './boundShapeProps.ts'
export { canvasSchema, checkCanvasRecord } from './canvasSchema.ts'
