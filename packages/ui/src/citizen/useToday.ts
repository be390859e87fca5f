import { addDays, type IsoDate, startOfDay } from '@bordenden/model'
import { useEffect, useState } from 'react'
import { todayIso } from '../dates.ts'

/**
 * Today's date (the course's day, Denmark's), turning over at its midnight: a page left open overnight (on a phone, a tablet on the
 * kitchen table) must not go on saying "i morgen" about what is due today. A timer may fire late after a
 * sleep, so the date is also read again whenever the page is shown.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso)
  useEffect(() => {
    const refresh = () => setToday(todayIso())
    let timer: ReturnType<typeof setTimeout>
    const untilMidnight = () => {
      // The next midnight in Denmark (the course's day), a second past it, so a timer that fires a
      // little early still lands on the new day.
      const midnight = startOfDay(addDays(todayIso(), 1))
      timer = setTimeout(
        () => {
          refresh()
          untilMidnight()
        },
        midnight - Date.now() + 1000,
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
