import type { ComponentType } from 'react'
import {
  ArrowShapeUtil,
  DrawShapeUtil,
  GeoShapeUtil,
  type TLShapeUtilCanvasSvgDef,
  useEditor,
  useValue,
} from 'tldraw'

/**
 * tldraw's geo, draw and arrow shapes put a pattern-fill definition on the canvas, which draws and encodes
 * the pattern's tile images for every zoom level as the board opens (0.6 s of a slow machine's start). The
 * board's own cards have no fill, so here the definition renders only while a shape on the page is filled
 * with the pattern; the rest of those shapes is tldraw's own.
 */
const wrapped = new WeakMap<ComponentType, ComponentType>()

function onlyWhenPatternUsed(Definition: ComponentType): ComponentType {
  let component = wrapped.get(Definition)
  if (!component) {
    component = function PatternFillWhenUsed() {
      const editor = useEditor()
      const used = useValue(
        'pattern fill in use',
        () =>
          editor
            .getCurrentPageShapes()
            .some((shape) => 'fill' in shape.props && shape.props.fill === 'pattern'),
        [editor],
      )
      return used ? <Definition /> : null
    }
    wrapped.set(Definition, component)
  }
  return component
}

const lazyDefs = (defs: TLShapeUtilCanvasSvgDef[]) =>
  defs.map((def) => ({ key: def.key, component: onlyWhenPatternUsed(def.component) }))

class BoardGeoShapeUtil extends GeoShapeUtil {
  override getCanvasSvgDefs() {
    return lazyDefs(super.getCanvasSvgDefs())
  }
}

class BoardDrawShapeUtil extends DrawShapeUtil {
  override getCanvasSvgDefs() {
    return lazyDefs(super.getCanvasSvgDefs())
  }
}

class BoardArrowShapeUtil extends ArrowShapeUtil {
  override getCanvasSvgDefs() {
    return lazyDefs(super.getCanvasSvgDefs())
  }
}

/** Replace tldraw's defaults of the same type (Tldraw merges shape utils by type). */
export const patternFillWhenUsedShapeUtils = [BoardGeoShapeUtil, BoardDrawShapeUtil, BoardArrowShapeUtil]
