import type { IsoDate } from '@bordenden/model'
import { useEffect, useState } from 'react'
import { todayIso } from '../dates.ts'

/** The current time, refreshed every `everyMs`: for timers that show elapsed time from stored start times. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/**
 * Today's calendar date, moving on to the next day while the page stays open (a board left open
 * overnight must not count deadlines from yesterday). Re-renders only when the day changes.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso())
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return today
}

/** Elapsed time as "m:ss" (or "h:mm:ss"). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const s = String(total % 60).padStart(2, '0')
  const m = Math.floor(total / 60) % 60
  const h = Math.floor(total / 3600)
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
