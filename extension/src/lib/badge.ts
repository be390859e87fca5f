import { BordendenApi } from './api.ts'
import { badgeCounts } from './badge-count.ts'
import { readSettings } from './settings.ts'

/**
 * The toolbar badge: how many open agreements are overdue across my courses, plus the courses whose
 * citizen has an outcome questionnaire due. Empty when signed out or when the server cannot be reached
 * (a stale number would mislead).
 */
export async function refreshBadge(): Promise<number | null> {
  const { serverUrl, token } = await readSettings()
  let counts: ReturnType<typeof badgeCounts> | null = null
  if (serverUrl && token) {
    try {
      const { courses } = await new BordendenApi(serverUrl, token).overview()
      counts = badgeCounts(courses)
    } catch {
      counts = null
    }
  }
  const titles = [
    counts?.overdue ? chrome.i18n.getMessage('overdueBadgeTitle', String(counts.overdue)) : '',
    counts?.measurementsDue
      ? chrome.i18n.getMessage('measurementsDueBadgeTitle', String(counts.measurementsDue))
      : '',
  ].filter(Boolean)
  await chrome.action.setBadgeBackgroundColor({ color: '#a3262a' })
  await chrome.action.setBadgeText({ text: counts?.total ? String(counts.total) : '' })
  await chrome.action.setTitle({ title: titles.length > 0 ? titles.join(' · ') : 'Bordenden' })
  return counts?.total ?? null
}
