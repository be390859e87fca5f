import { describe, expect, it } from 'vitest'
import { type KeyPress, shortcutOf } from './keys.ts'

const press = (key: string, code: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  typing: false,
  ...more,
})

describe("the facilitator's shortcuts", () => {
  it('reads Alt with a letter by where the key is, as Option on a Mac types another character', () => {
    expect(shortcutOf(press('ñ', 'KeyN', { altKey: true }))).toBe('nextItem')
    expect(shortcutOf(press('g', 'KeyG', { altKey: true }))).toBe('nextSpeaker')
    expect(shortcutOf(press('b', 'KeyB', { altKey: true }))).toBe('nextBoard')
    expect(shortcutOf(press('m', 'KeyM', { altKey: true }))).toBe('presentation')
    expect(shortcutOf(press('?', 'Minus'))).toBe('help')
  })

  it("leaves plain letters to tldraw's tools and keys typed into a field alone", () => {
    expect(shortcutOf(press('n', 'KeyN'))).toBeNull()
    expect(shortcutOf(press('n', 'KeyN', { altKey: true, typing: true }))).toBeNull()
    expect(shortcutOf(press('?', 'Minus', { typing: true }))).toBeNull()
    expect(shortcutOf(press('b', 'KeyB', { altKey: true, ctrlKey: true }))).toBeNull()
  })
})
