import { useId, useState } from 'react'
import { useTexts } from './texts.ts'

export interface NewlyCreated {
  label: string
  /** The page the link is for: the citizen's own page for the citizen, otherwise the board. */
  url: string
  /** The same token on the board; differs from `url` only for the citizen, who edits there in meetings. */
  boardUrl: string
  /** The same token on "Mine aftaler", for a participant given to a network person; otherwise null. */
  mineUrl: string | null
}

/** A link just made: shown this once (only its hash is kept), with a copy button. */
export function CreatedLink({ link }: { link: NewlyCreated }) {
  const t = useTexts()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copyLink = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }
  return (
    <div className="created-link">
      <p>{t('links.shownOnce')}</p>
      <LinkField label={t('links.linkFor', { label: link.label })} url={link.url} onCopy={copyLink} />
      {link.boardUrl !== link.url && (
        <LinkField label={t('links.boardFor', { label: link.label })} url={link.boardUrl} onCopy={copyLink} />
      )}
      {link.mineUrl && (
        <LinkField label={t('links.mineFor', { label: link.label })} url={link.mineUrl} onCopy={copyLink} />
      )}
      <p role="status">
        {copy === 'copied' ? t('links.copied') : copy === 'failed' ? t('links.copyFailed') : ''}
      </p>
    </div>
  )
}

function LinkField(props: { label: string; url: string; onCopy: (url: string) => void }) {
  const t = useTexts()
  const inputId = useId()
  return (
    <>
      <label htmlFor={inputId}>{props.label}</label>
      <div className="created-link-row">
        <input
          id={inputId}
          readOnly
          value={props.url}
          className="created-link-url"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => props.onCopy(props.url)}>
          {t('links.copy')}
        </button>
      </div>
    </>
  )
}
