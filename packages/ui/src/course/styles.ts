import type { CSSProperties } from 'react'

/**
 * Big, plain and high-contrast: these views are read by the citizen next to the coordinator, often on
 * a laptop turned towards them. Native inputs keep the browser's own focus ring and keyboard handling.
 */
export const big = {
  fontSize: '1.25rem',
  lineHeight: 1.5,
  color: '#111',
  maxWidth: '48rem',
} satisfies CSSProperties
export const heading = { fontSize: '1.6rem', margin: '1.5rem 0 0.75rem' } satisfies CSSProperties
export const fieldset = {
  border: '2px solid #444',
  borderRadius: 8,
  padding: '0.75rem 1rem',
  margin: '0 0 1rem',
} satisfies CSSProperties
export const legend = { fontWeight: 700, padding: '0 0.25rem' } satisfies CSSProperties
export const choice = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '0.4rem',
  minHeight: 44,
  minWidth: 44,
  marginRight: '1rem',
  cursor: 'pointer',
} satisfies CSSProperties
export const box = { width: 28, height: 28, flex: 'none', accentColor: '#0b5' } satisfies CSSProperties
export const input = {
  font: 'inherit',
  padding: '0.4rem 0.6rem',
  border: '2px solid #444',
  borderRadius: 6,
  width: '100%',
  boxSizing: 'border-box',
} satisfies CSSProperties
export const button = {
  font: 'inherit',
  fontWeight: 700,
  minHeight: 48,
  padding: '0.5rem 1.25rem',
  border: '2px solid #111',
  borderRadius: 8,
  background: '#111',
  color: '#fff',
  cursor: 'pointer',
} satisfies CSSProperties
export const secondaryButton = { ...button, background: '#fff', color: '#111' } satisfies CSSProperties
export const error = { color: '#a00', fontWeight: 700 } satisfies CSSProperties
export const muted = { color: '#444' } satisfies CSSProperties
