import { useId, useState } from 'react'
import { useTexts } from './texts.ts'

export interface NewlyCreated {
  label: string
  url: string
}

/** A link just made: shown this once (only its hash is kept), with a copy button. */
export function CreatedLink({ link }: { link: NewlyCreated }) {
  const t = useTexts()
  const inputId = useId()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link.url)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }
  return (
    <div className="created-link">
      <p>{t.links.shownOnce}</p>
      <label htmlFor={inputId}>{t.links.linkFor(link.label)}</label>
      <div className="created-link-row">
        <input
          id={inputId}
          readOnly
          value={link.url}
          className="created-link-url"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={copyLink}>
          {t.links.copy}
        </button>
      </div>
      <p role="status">{copy === 'copied' ? t.links.copied : copy === 'failed' ? t.links.copyFailed : ''}</p>
    </div>
  )
}
