import { type Editor, type TLShape, type TLShapeId, useValue } from 'tldraw'

/** The one selected shape, if it is of `type`: the card whose form the panel shows. */
export function useSelectedShape<K extends TLShape['type']>(
  editor: Editor,
  type: K,
): Extract<TLShape, { type: K }> | undefined {
  return useValue('selected bound shape', () => {
    const shape = editor.getOnlySelectedShape()
    return shape?.type === type ? (shape as Extract<TLShape, { type: K }>) : undefined
  }, [editor, type])
}

/** Selects a card (and shows it), as clicking it would. */
export function selectCard(editor: Editor, id: TLShapeId) {
  if (!editor.getShape(id)) return
  editor.select(id)
  editor.zoomToSelectionIfOffscreen(80)
}
