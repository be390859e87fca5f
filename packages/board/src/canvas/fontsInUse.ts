import type { Editor } from 'tldraw'

/**
 * Once mounted, tldraw queues all 16 of its font files (1.37 MB) for a background download, so that
 * switching a text's font is instant. The board's own cards use the system font, and tldraw loads the
 * faces of a text, note or label when one is on the page anyway; so the board empties that queue and a
 * font is fetched only when something uses it. The queue is tldraw 5's FontManager `fontsToLoad`,
 * flushed in a microtask after mount, and the editor's `onMount` runs before that.
 */
export function loadOnlyFontsInUse(editor: Editor) {
  const queued = (editor.fonts as unknown as { fontsToLoad?: Set<unknown> }).fontsToLoad
  queued?.clear()
}
