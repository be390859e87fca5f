import { useEffect, useState } from 'react'

export type AsyncState<T> =
  | { state: 'loading' }
  | { state: 'done'; value: T }
  | { state: 'failed'; error: unknown }

/**
 * The result of `load`, run when the component mounts and again whenever `load` changes; pass a function
 * defined outside the component or memoised. An abandoned load is aborted and its result ignored.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const [result, setResult] = useState<AsyncState<T>>({ state: 'loading' })
  useEffect(() => {
    const abort = new AbortController()
    setResult({ state: 'loading' })
    load(abort.signal).then(
      (value) => {
        if (!abort.signal.aborted) setResult({ state: 'done', value })
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ state: 'failed', error })
      },
    )
    return () => abort.abort()
  }, [load])
  return result
}
