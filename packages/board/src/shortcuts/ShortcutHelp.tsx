import { useWords } from '@bordenden/ui'
import { useEffect, useId, useRef } from 'react'
import { useBoardText } from '../texts.ts'
import { shortcuts } from './keys.ts'

/** The shortcuts and what they do, over the board until closed (the button, Escape or `?` again). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const w = useWords()
  const boardText = useBoardText()
  const titleId = useId()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    close.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  return (
    <div className="bd-shortcut-help" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <h2 id={titleId}>{boardText('shortcutHelp')}</h2>
      <dl>
        {shortcuts.map(({ action, keys, word }) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{w(word)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{boardText('shortcutLeave')}</dd>
        </div>
      </dl>
      <button ref={close} type="button" className="bd-leave-help" onClick={onClose}>
        {boardText('close')}
      </button>
    </div>
  )
}
