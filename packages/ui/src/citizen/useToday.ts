import type { IsoDate } from '@bordenden/model'
import { useEffect, useState } from 'react'
import { todayIso } from '../dates.ts'

/**
 * Today's date, turning over at midnight: a page left open overnight (on a phone, a tablet on the
 * kitchen table) must not go on saying "i morgen" about what is due today. A timer may fire late after a
 * sleep, so the date is also read again whenever the page is shown.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso)
  useEffect(() => {
    const refresh = () => setToday(todayIso())
    let timer: ReturnType<typeof setTimeout>
    const untilMidnight = () => {
      const now = new Date()
      const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)
      // A second past midnight, so a timer that fires a little early still lands on the new day.
      timer = setTimeout(
        () => {
          refresh()
          untilMidnight()
        },
        midnight.getTime() - now.getTime() + 1000,
      )
    }
    untilMidnight()
    document.addEventListener('visibilitychange', refresh)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [])
  return today
}
