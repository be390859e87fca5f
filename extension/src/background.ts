import { refreshBadge } from './lib/badge.ts'
import { followLiveBadge } from './lib/live-badge.ts'
import { onStoredChange, readSettings, writePendingCapture } from './lib/settings.ts'

const MENU_ID = 'bordenden-capture'
const ALARM = 'bordenden-badge'
const DAY_ALARM = 'bordenden-day'
/** What session storage keeps of a selection; the confirmation form says when it holds less. */
const KEPT_CHARACTERS = 2000

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({
    id: MENU_ID,
    // The browser's language: Danish by default (see locales/), English in an English browser.
    title: chrome.i18n.getMessage('captureSelection'),
    contexts: ['selection'],
  })
})

/**
 * Signed in, the toolbar button opens the side panel; signed out, it shows the small popup that says
 * what Bordenden is and opens the panel to sign in.
 */
async function chooseToolbarAction(): Promise<void> {
  const { token } = await readSettings()
  await chrome.action.setPopup({ popup: token ? '' : 'popup.html' })
  await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true })
}

/**
 * The badge's alarm, created only when it is missing (first install, or a browser that dropped it):
 * creating it again would restart its period, and this runs on every wake-up of the worker.
 */
async function ensureBadgeAlarm(): Promise<void> {
  if (await chrome.alarms.get(ALARM)) return
  await chrome.alarms.create(ALARM, { periodInMinutes: 15, delayInMinutes: 0 })
}

/**
 * A one-time alarm just after the next midnight: agreements become overdue when the day changes, with
 * no edit for the live feed to report. Fired, it is gone, and the next one is set.
 */
async function ensureDayAlarm(): Promise<void> {
  if (await chrome.alarms.get(DAY_ALARM)) return
  const next = new Date()
  next.setHours(24, 1, 0, 0)
  await chrome.alarms.create(DAY_ALARM, { when: next.getTime() })
}

/** What the worker does each time Chrome starts it. */
async function wakeUp(): Promise<void> {
  await ensureBadgeAlarm()
  await ensureDayAlarm()
  await chooseToolbarAction()
  await followLiveBadge()
}

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM || alarm.name === DAY_ALARM) void refreshBadge()
  if (alarm.name === DAY_ALARM) void ensureDayAlarm()
})
// A new browser session starts with an empty badge; the alarm may be up to 15 minutes away.
chrome.runtime.onStartup.addListener(() => void refreshBadge())
onStoredChange(() => {
  void chooseToolbarAction()
  void refreshBadge()
  void followLiveBadge()
})
void wakeUp()

/**
 * The context menu's handler. Chrome hands over only the selected text (activeTab, no content script);
 * it waits in session storage until the person confirms course and kind in the panel: nothing is sent
 * from here.
 */
async function captureSelection(
  info: Pick<chrome.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab?: chrome.tabs.Tab,
): Promise<void> {
  const text = info.selectionText?.trim()
  if (info.menuItemId !== MENU_ID || !text) return
  // Open first: the panel may only be opened while the click's user gesture lasts.
  const opening = tab?.windowId !== undefined ? chrome.sidePanel.open({ windowId: tab.windowId }) : null
  await writePendingCapture({ text: text.slice(0, KEPT_CHARACTERS), length: text.length, at: Date.now() })
  await opening?.catch(() => undefined)
}

chrome.contextMenus.onClicked.addListener((info, tab) => void captureSelection(info, tab))

// The e2e test calls the same functions Chrome calls: the context menu's handler (a context menu cannot
// be clicked from automation) and the wake-up (a worker cannot be restarted from it).
Object.assign(globalThis, { bordendenCaptureSelection: captureSelection, bordendenWakeUp: wakeUp })
