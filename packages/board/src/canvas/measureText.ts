/** Measures text (px) in the cards' bold font (see cards.css), or by a rough rule outside a browser. */
const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')

export function measureBold(text: string, px: number): number {
  if (!context) return text.length * px * 0.6
  context.font = `700 ${px}px system-ui, sans-serif`
  return context.measureText(text).width
}
