import { useEditor, useValue } from 'tldraw'
import { texts } from './texts.ts'

/**
 * "Kun læsning" while the board is read-only (the server's answer for this link, or the connection is
 * gone for good), so nobody wonders why nothing they do sticks. tldraw hides its editing tools then.
 */
export function ReadOnlyBadge() {
  const editor = useEditor()
  const readonly = useValue('read-only', () => editor.getIsReadonly(), [editor])
  return readonly ? <output className="read-only-badge">{texts.readOnly}</output> : null
}
