import { refusalText, useLocale } from '@bordenden/ui'
import { useCallback, useState } from 'react'
import { usePageTexts } from '../course/texts.ts'
import { useTexts } from '../home/texts.ts'
import { useAsync } from '../useAsync.ts'
import { fetchPendingSuggestions, settleSuggestion } from './api.ts'

/**
 * The coordinator's side of the citizen's suggestions: each waits here until it is taken onto the next
 * planned meeting (a theme on the agenda, or a topic in the frame not to discuss), in the citizen's own
 * words and name, or declined after talking it over with her.
 */
export function CitizenSuggestions({ courseId }: { courseId: string }) {
  const [version, setVersion] = useState(0)
  return <PendingSuggestions key={version} courseId={courseId} onSettled={() => setVersion((v) => v + 1)} />
}

function PendingSuggestions({ courseId, onSettled }: { courseId: string; onSettled: () => void }) {
  const state = useAsync(
    useCallback((signal: AbortSignal) => fetchPendingSuggestions({ courseId }, signal), [courseId]),
  )
  const [error, setError] = useState<string | null>(null)
  const t = usePageTexts()
  const home = useTexts()
  const locale = useLocale()
  if (state.state !== 'done') return null
  const settle = async (id: string, decision: 'accept' | 'decline') => {
    try {
      await settleSuggestion(courseId, id, decision)
      onSettled()
    } catch (failure) {
      setError(refusalText(failure, locale) ?? home('failed'))
    }
  }
  return (
    <section aria-labelledby="citizen-suggestions-title">
      <h3 id="citizen-suggestions-title">{t('suggestions.title')}</h3>
      {state.value.length === 0 ? (
        <p>{t('suggestions.none')}</p>
      ) : (
        <ul>
          {state.value.map((s) => (
            <li key={s.id} data-suggestion-id={s.id}>
              {s.kind === 'notToDiscuss' ? t('suggestions.notToDiscuss') : t('suggestions.theme')}: “{s.text}”{' '}
              <button type="button" onClick={() => void settle(s.id, 'accept')}>
                {t('suggestions.accept')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => void settle(s.id, 'decline')}>
                {t('suggestions.decline')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  )
}
