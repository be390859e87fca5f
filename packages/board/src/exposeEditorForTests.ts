import type { Editor } from 'tldraw'

declare global {
  interface Window {
    __bordendenEditor?: Editor
  }
}

/**
 * End-to-end tests inspect and drive the editor directly when the address carries `?e2e`. It grants
 * nothing the browser's developer tools would not, and stays off otherwise.
 */
export function exposeEditorForTests(editor: Editor): (() => void) | undefined {
  if (!new URLSearchParams(window.location.search).has('e2e')) return undefined
  window.__bordendenEditor = editor
  return () => {
    delete window.__bordendenEditor
  }
}
