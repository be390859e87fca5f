import { BaseBoxShapeUtil, type TLBaseBoxShape } from 'tldraw'

/**
 * What the bound cards share: their size comes from the layout, not from handles, and they never rotate
 * (a tilted card reads badly across the room). The indicator follows the card's rounded corners.
 */
export abstract class CardShapeUtil<S extends TLBaseBoxShape> extends BaseBoxShapeUtil<S> {
  protected readonly cornerRadius: number = 10

  override canResize() {
    return false
  }

  override hideRotateHandle() {
    return true
  }

  override getIndicatorPath(shape: S) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, this.cornerRadius)
    return path
  }
}
