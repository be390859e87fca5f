import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * What `load` answers, read on mount, whenever `load` changes (pass a memoised one) and on `reload()`.
 * Unlike `useAsync` the last answer stays on screen while the next is on its way, so a list does not
 * blink away (and take the keyboard focus with it) each time an action reloads it. Only the newest
 * answer is kept when several are under way; `error` is the newest failure, cleared by a success.
 */
export function useServerData<T>(load: () => Promise<T>) {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const newest = useRef(0)
  const reload = useCallback(async () => {
    const call = ++newest.current
    try {
      const answer = await load()
      if (call !== newest.current) return
      setValue(answer)
      setError(null)
    } catch (failure) {
      if (call === newest.current) setError(failure ?? new Error('failed'))
    }
  }, [load])
  useEffect(() => {
    void reload()
  }, [reload])
  return { value, error, reload }
}
