/**
 * Puts a text that is still on its way from the server on the clipboard. Safari allows a clipboard
 * write only within the click itself, so where the browser takes a pending value (`ClipboardItem`) the
 * write starts at once and the text follows; elsewhere the text is written when it has arrived.
 */
export async function copyPendingText(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }))
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })])
    return
  }
  await navigator.clipboard.writeText(await text)
}
