import type { Locale } from '@bordenden/model'
import { refusalText, translator } from '@bordenden/ui'
import { type FormEvent, useCallback, useId, useState } from 'react'
import type { CitizenRoute } from '../citizen/route.ts'
import { betweenMeetingsTexts } from '../mine/texts.ts'
import '../mine/mine.css'
import { useAsync } from '../useAsync.ts'
import { fetchPendingSuggestions, type SuggestionKind, suggestTopic } from './api.ts'

/**
 * The citizen suggests topics for the next meeting, to talk about or not to discuss. They wait, seen only
 * by her and the coordinator, until the coordinator takes them onto the agenda with her.
 */
export function SuggestTopics({ route, locale = 'da' }: { route: CitizenRoute; locale?: Locale }) {
  const t = translator(betweenMeetingsTexts, locale)
  const id = useId()
  const [kind, setKind] = useState<SuggestionKind>('theme')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') return setError(t('suggestionEmpty'))
    setError(null)
    try {
      await suggestTopic(route, kind, text.trim())
      setText('')
      setVersion((v) => v + 1)
    } catch (failure) {
      setError(refusalText(failure, locale) ?? t('notSaved'))
    }
  }
  return (
    <section className="citizen-section no-print my-suggestions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('suggestionsTitle')}</h2>
      <p className="intro">{t('suggestionsIntro')}</p>
      <form onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
        <fieldset>
          <legend>{t('suggestionKind')}</legend>
          {(['theme', 'notToDiscuss'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {option === 'theme' ? t('suggestTheme') : t('suggestNotToDiscuss')}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-text`}>{t('suggestionText')}</label>
        <input
          id={`${id}-text`}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('suggestionSend')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
      <PendingList key={version} route={route} locale={locale} />
    </section>
  )
}

function PendingList({ route, locale }: { route: CitizenRoute; locale: Locale }) {
  const t = translator(betweenMeetingsTexts, locale)
  const state = useAsync(
    useCallback((signal: AbortSignal) => fetchPendingSuggestions(route, signal), [route]),
  )
  if (state.state !== 'done' || state.value.length === 0) return null
  return (
    <>
      <h3>{t('suggestionsWaiting')}</h3>
      <ul>
        {state.value.map((s) => (
          <li key={s.id}>
            {s.kind === 'notToDiscuss' ? `${t('suggestNotToDiscuss')}: ` : ''}
            {s.text}
          </li>
        ))}
      </ul>
    </>
  )
}
