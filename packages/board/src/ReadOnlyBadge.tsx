import { useEditor, useValue } from 'tldraw'
import { useBoardText } from './texts.ts'

/**
 * "Kun læsning" while the board is read-only (the server's answer for this link, or the connection is
 * gone for good), so nobody wonders why nothing they do sticks. tldraw hides its editing tools then.
 */
export function ReadOnlyBadge() {
  const editor = useEditor()
  const t = useBoardText()
  const readonly = useValue('read-only', () => editor.getIsReadonly(), [editor])
  return readonly ? <output className="read-only-badge">{t('readOnly')}</output> : null
}
