import * as Y from 'yjs'
import { type BoardCardType, CARD_PAGE } from './board-canvas.ts'

/** Deterministic pseudo-random numbers (mulberry32), so every run offers the same workload. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'aftale mål netværk møde borger bolig økonomi ryggen lægen budget husleje kolonihaven tirsdag hjælp støtte arbejde familie venner træning samtale plan næste gang ringe skrive følge op'.split(
    ' ',
  )

export type EditStyle = 'meeting' | 'drag'

/**
 * One participant's side of the canvas: tldraw-style records in a key-value Y.Array (the product's
 * `canvas`, written the way YKeyValue writes: delete the old entry, push the new one), so every edit is
 * a real Yjs update of the shape the product sends. Remote updates are not applied: a load client only
 * produces its own edits and reads stamps from everyone else's.
 */
export class Editor {
  readonly doc = new Y.Doc()
  private readonly canvas = this.doc.getArray<{ key: string; val: unknown }>('canvas')
  private readonly random: () => number
  private readonly prefix: string
  private last: Uint8Array | null = null

  constructor(clientNo: number) {
    this.random = rng(clientNo * 7919 + 17)
    this.prefix = `shape:${clientNo.toString(36)}`
    this.doc.on('update', (update: Uint8Array) => {
      this.last = update
    })
  }

  /** Makes one edit carrying `stamp` and returns its update. */
  edit(style: EditStyle, stamp: string): Uint8Array {
    const r = this.random
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T
    let key: string
    let val: Record<string, unknown>
    if (style === 'drag') {
      // A card being dragged at 60 Hz: only its position changes.
      key = `${this.prefix}d`
      val = boardCard(
        key,
        'bd-person',
        r() * 1920,
        r() * 1080,
        { w: 180, h: 96, personId: 'p1' },
        { s: stamp },
      )
    } else if (r() < 0.6) {
      // Moving or resizing a goal's column: a full record rewrite.
      key = `${this.prefix}g${Math.floor(r() * 4)}`
      const size = { w: 80 + Math.floor(r() * 300), h: 60 + Math.floor(r() * 200) }
      val = boardCard(key, 'bd-goal', r() * 1920, r() * 1080, { ...size, goalId: 'g1' }, { s: stamp })
    } else {
      // Rewriting an agreement's card with a note of a few words in its meta (sizes vary as text does).
      key = `${this.prefix}n${Math.floor(r() * 3)}`
      const words: string[] = []
      const count = 1 + Math.floor(r() * r() * 24)
      for (let i = 0; i < count; i++) words.push(pick(WORDS))
      const props = { w: 240, h: 120, agreementId: 'a1' }
      val = boardCard(key, 'bd-agreement', r() * 1920, r() * 1080, props, { s: stamp, text: words.join(' ') })
    }
    this.doc.transact(() => {
      let i = 0
      for (const entry of this.canvas) {
        if (entry.key === key) {
          this.canvas.delete(i, 1)
          break
        }
        i++
      }
      this.canvas.push([{ key, val }])
    })
    const update = this.last
    this.last = null
    if (!update) throw new Error('the edit produced no update')
    return update
  }
}

/**
 * A tldraw shape record as the board writes it for a card bound to a model entity (see
 * packages/canvas-schema), on the board's page for its kind: the server validates every canvas record
 * with tldraw's schema, so the load is made of records it accepts.
 */
export function boardCard(
  id: string,
  type: BoardCardType,
  x: number,
  y: number,
  props: Record<string, unknown>,
  meta: Record<string, unknown>,
): Record<string, unknown> {
  const at = (v: number) => Math.round(v * 10) / 10
  return {
    x: at(x),
    y: at(y),
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta,
    id,
    type,
    parentId: CARD_PAGE[type],
    index: 'a1',
    props,
    typeName: 'shape',
  }
}

/** A participant's presence: name, colour and cursor, as the stock awareness protocol carries it. */
export function presenceJson(clientNo: number, random: () => number, stamp: string): string {
  return JSON.stringify({
    user: {
      name: `Deltager ${clientNo}`,
      color: `#${(clientNo * 2654435761).toString(16).slice(-6).padStart(6, '0')}`,
    },
    cursor: { x: Math.round(random() * 19200) / 10, y: Math.round(random() * 10800) / 10 },
    s: stamp,
  })
}
