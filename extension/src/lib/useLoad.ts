import { useCallback, useEffect, useState } from 'react'

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: Error }

/** Runs `load` now and whenever `key` changes; `reload` runs it again (after a change was saved). */
export function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' })
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads
  useEffect(() => {
    let live = true
    load().then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (error: Error) => live && setLoaded({ state: 'failed', error }),
    )
    return () => {
      live = false
    }
  }, [key, round])
  return [loaded, useCallback(() => setRound((r) => r + 1), [])]
}
