import { refreshBadge } from './lib/badge.ts'
import { onStoredChange, readSettings, writePendingCapture } from './lib/settings.ts'

const MENU_ID = 'bordenden-capture'
const ALARM = 'bordenden-badge'

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

void chrome.alarms.create(ALARM, { periodInMinutes: 15, delayInMinutes: 0 })
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) void refreshBadge()
})
onStoredChange(() => {
  void chooseToolbarAction()
  void refreshBadge()
})
void chooseToolbarAction()

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
  await writePendingCapture({ text: text.slice(0, 2000), at: Date.now() })
  await opening?.catch(() => undefined)
}

chrome.contextMenus.onClicked.addListener((info, tab) => void captureSelection(info, tab))

// The e2e test calls the same handler Chrome calls (a context menu cannot be clicked from automation).
Object.assign(globalThis, { bordendenCaptureSelection: captureSelection })
