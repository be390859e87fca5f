import { BordendenApi } from './api.ts'
import { readSettings } from './settings.ts'

/**
 * The toolbar badge: how many open agreements are overdue across my courses. Empty when signed out or
 * when the server cannot be reached (a stale number would mislead).
 */
export async function refreshBadge(): Promise<number | null> {
  const { serverUrl, token } = await readSettings()
  let overdue: number | null = null
  if (serverUrl && token) {
    try {
      const { courses } = await new BordendenApi(serverUrl, token).overview()
      overdue = courses.reduce((sum, c) => sum + c.overdue, 0)
    } catch {
      overdue = null
    }
  }
  await chrome.action.setBadgeBackgroundColor({ color: '#a3262a' })
  await chrome.action.setBadgeText({ text: overdue ? String(overdue) : '' })
  await chrome.action.setTitle({
    title: overdue ? chrome.i18n.getMessage('overdueBadgeTitle', String(overdue)) : 'Bordenden',
  })
  return overdue
}
