import { useWords } from '@bordenden/ui'
import { useEffect, useId, useRef } from 'react'
import { shortcuts } from './keys.ts'

/** The shortcuts and what they do, over the board until closed (the button, Escape or `?` again). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const w = useWords()
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
      <h2 id={titleId}>{w('shortcutHelp')}</h2>
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
          <dd>{w('shortcutLeave')}</dd>
        </div>
      </dl>
      <button ref={close} type="button" className="bd-leave-help" onClick={onClose}>
        {w('close')}
      </button>
    </div>
  )
}
