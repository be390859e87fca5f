import type { AgreementStatus } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import { statusBefore } from './doneUndo.ts'
import { type Schedule, UNDO_MS, undoOffer } from './undoOffer.ts'

/** A clock the test moves by hand: what is due runs when the test says the time has come. */
function handClock() {
  let now = 0
  const pending: { at: number; run(): void; cancelled: boolean }[] = []
  const schedule: Schedule = (run, ms) => {
    const entry = { at: now + ms, run, cancelled: false }
    pending.push(entry)
    return () => {
      entry.cancelled = true
    }
  }
  const advance = (ms: number) => {
    now += ms
    for (const entry of pending.filter((e) => !e.cancelled && e.at <= now)) {
      entry.cancelled = true
      entry.run()
    }
  }
  const waiting = () => pending.filter((e) => !e.cancelled).length
  return { schedule, advance, waiting }
}

function offerOnHandClock() {
  const clock = handClock()
  const heard: (string | null)[] = []
  const offer = undoOffer<string>(clock.schedule, (current) => heard.push(current))
  return { clock, heard, offer }
}

describe('an offer to undo', () => {
  it('can be taken within the window, once', () => {
    const { clock, heard, offer } = offerOnHandClock()
    offer.offer('done')
    clock.advance(UNDO_MS - 1)
    expect(offer.take()).toBe('done')
    expect(offer.take()).toBeNull()
    expect(heard).toEqual(['done', null])
    // Taking it stopped its clock: nothing more is said when the window would have ended.
    expect(clock.waiting()).toBe(0)
    clock.advance(1)
    expect(heard).toEqual(['done', null])
  })

  it('is withdrawn when the window ends', () => {
    const { clock, heard, offer } = offerOnHandClock()
    offer.offer('done')
    clock.advance(UNDO_MS)
    expect(heard).toEqual(['done', null])
    expect(offer.take()).toBeNull()
  })

  it('is replaced by a newer offer, whose window starts anew', () => {
    const { clock, heard, offer } = offerOnHandClock()
    offer.offer('first')
    clock.advance(UNDO_MS / 2)
    offer.offer('second')
    clock.advance(UNDO_MS / 2)
    // The first offer's window has passed, but its clock was stopped: the second is still offered.
    expect(heard).toEqual(['first', 'second'])
    clock.advance(UNDO_MS / 2)
    expect(heard).toEqual(['first', 'second', null])
  })

  it('says nothing more once stopped', () => {
    const { clock, heard, offer } = offerOnHandClock()
    offer.offer('done')
    offer.stop()
    clock.advance(UNDO_MS)
    expect(heard).toEqual(['done'])
  })
})

describe('putting back an agreement marked done', () => {
  const change = (to: AgreementStatus, note: string) => ({ from: null, to, at: 0, by: 'user:a', note })

  it('gives back its status with the note of the change that gave it', () => {
    const lastChange = change('changed', 'Lægen ser på det')
    expect(statusBefore({ status: 'changed', lastChange })).toEqual({
      to: 'changed',
      note: 'Lægen ser på det',
    })
  })

  it('gives back a status it got when made, without a note', () => {
    expect(statusBefore({ status: 'agreed', lastChange: null })).toEqual({ to: 'agreed', note: '' })
    // An older change's note belongs to another status.
    const lastChange = change('delayed', 'Venter på svar')
    expect(statusBefore({ status: 'inProgress', lastChange })).toEqual({ to: 'inProgress', note: '' })
  })
})
