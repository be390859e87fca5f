import { useCallback, useEffect, useRef, useState } from 'react'

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: Error }

/**
 * Runs `load` now and whenever `key` changes. `reload` runs it again (after a change was saved) and
 * resolves once the page shows the fresh value (or the failure), so "saved" is never said beside the
 * old state. While reloading, the old value stays on screen.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): [Loaded<T>, () => Promise<void>] {
  const [shown, setShown] = useState<{ round: number; loaded: Loaded<T> }>({
    round: 0,
    loaded: { state: 'loading' },
  })
  const [round, setRound] = useState(0)
  const lastRound = useRef(0)
  const waiting = useRef<{ round: number; done(): void }[]>([])
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads
  useEffect(() => {
    let live = true
    load().then(
      (value) => live && setShown({ round, loaded: { state: 'ready', value } }),
      (error: Error) => live && setShown({ round, loaded: { state: 'failed', error } }),
    )
    return () => {
      live = false
    }
  }, [key, round])
  // After the commit that put a round's result on the page: the reloads waiting for it are done.
  useEffect(() => {
    if (shown.loaded.state === 'loading') return
    const [done, still] = partition(waiting.current, (w) => w.round <= shown.round)
    waiting.current = still
    for (const w of done) w.done()
  }, [shown])
  const reload = useCallback(
    () =>
      new Promise<void>((done) => {
        lastRound.current += 1
        waiting.current.push({ round: lastRound.current, done })
        setRound(lastRound.current)
      }),
    [],
  )
  return [shown.loaded, reload]
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))]
}
