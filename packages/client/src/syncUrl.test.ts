import { describe, expect, it } from 'vitest'
import { syncUrl } from './syncUrl.ts'

describe('syncUrl', () => {
  it('maps http to ws and https to wss, appending /sync', () => {
    expect(syncUrl('http://127.0.0.1:8787')).toBe('ws://127.0.0.1:8787/sync')
    expect(syncUrl('https://bordenden.example.dk/')).toBe('wss://bordenden.example.dk/sync')
  })

  it('keeps a path prefix and drops query and fragment', () => {
    expect(syncUrl('https://kommune.example.dk/bordenden/?x=1#top')).toBe(
      'wss://kommune.example.dk/bordenden/sync',
    )
  })

  it('rejects other schemes', () => {
    expect(() => syncUrl('ftp://example.dk')).toThrow(/http/)
  })
})
