// @vitest-environment happy-dom
import type { AgreementStatus } from '@bordenden/model'
import { act, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { todayIso } from '../dates.ts'
import { statusBefore } from './doneUndo.ts'
import { FollowUpList } from './FollowUpList.tsx'
import type { CourseFollowUps, FollowUpAgreement } from './types.ts'
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

// The list as the extension's follow-up tab has it, rendered with React (the web app's renderer; the
// extension's Preact is covered by tests/e2e/extension-desk.test.ts), over a server kept in memory that
// takes status changes the way the real one does: a done agreement leaves the list.
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const note = 'Lægen ser på det i stedet for Anne'
const agreement: FollowUpAgreement = {
  id: 'a1',
  what: 'Ring til lægen',
  owner: 'Anne',
  dueDate: null,
  status: 'changed',
  statusLabel: 'Ændret',
  followUp: { who: null, when: null, how: '' },
  managerAnswerBy: null,
  lastChange: change('changed', note),
}

/** A status history entry. */
function change(to: AgreementStatus, changeNote: string) {
  return { from: null, to, at: 0, by: 'user:a', note: changeNote }
}

function followUps(status: AgreementStatus): CourseFollowUps {
  const listed = status === 'done' ? [] : [{ ...agreement, status }]
  return {
    courseId: 'c1',
    title: 'Forløbet',
    phase: null,
    measurementDue: null,
    overdue: listed,
    dueSoon: [],
    followUpsDue: [],
    awaitingManager: [],
    changedSinceLastMeeting: [],
    changedSinceSeen: [],
  }
}

/** The list over a server kept in memory: each change is noted in `changes`, and the list shows it. */
function Harness({ schedule, changes }: { schedule: Schedule; changes: [AgreementStatus, string][] }) {
  const [status, setStatus] = useState<AgreementStatus>(agreement.status)
  return (
    <FollowUpList
      courses={[followUps(status)]}
      today={todayIso()}
      schedule={schedule}
      onChangeStatus={async (_courseId, _agreementId, to, changeNote) => {
        changes.push([to, changeNote])
        setStatus(to)
      }}
    />
  )
}

let unmount = () => {}
afterEach(() => unmount())

async function renderList() {
  const clock = handClock()
  const changes: [AgreementStatus, string][] = []
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(<Harness schedule={clock.schedule} changes={changes} />))
  unmount = () => {
    act(() => root.unmount())
    container.remove()
  }
  const button = (name: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === name) ?? null
  const click = async (name: string) => {
    await act(async () => {
      button(name)?.click()
      // The change's promise settles after the click returns.
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
  const advance = (ms: number) => act(() => clock.advance(ms))
  const status = () => container.querySelector('[role="status"]')
  const shown = () => container.querySelector('[data-agreement] [data-status]')?.getAttribute('data-status')
  return { changes, button, click, advance, status, shown }
}

describe('"Fortryd" in the follow-up list', () => {
  it('puts back the status and its note within the window, as a second change', async () => {
    const list = await renderList()
    await list.click('Markér som udført')
    expect(list.shown()).toBeUndefined()
    expect(list.status()?.textContent).toBe('Gemt: Ring til lægen · Udført')
    await list.advance(UNDO_MS - 1)
    await list.click('Fortryd')
    expect(list.changes).toEqual([
      ['done', ''],
      ['changed', note],
    ])
    expect(list.status()?.textContent).toBe('Fortrudt: Ring til lægen · Ændret')
    expect(list.shown()).toBe('changed')
    expect(list.button('Fortryd')).toBeNull()
    expect(document.activeElement).toBe(list.status())
  })

  it('goes when its time is up, and the focus it had goes to what was saved', async () => {
    const list = await renderList()
    await list.click('Markér som udført')
    list.button('Fortryd')?.focus()
    expect(document.activeElement?.textContent).toBe('Fortryd')
    await list.advance(UNDO_MS)
    expect(list.button('Fortryd')).toBeNull()
    expect(document.activeElement).toBe(list.status())
    expect(list.changes).toEqual([['done', '']])
  })
})
