import type { CourseUser } from '@bordenden/client'
import { CourseDoc } from '@bordenden/model'
import {
  atom,
  createTLStore,
  createUserId,
  type TLInstancePresence,
  TLPOINTER_ID,
  type TLStore,
  UserRecordType,
  Vec,
} from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindCanvas } from './canvasBinding.ts'
import { type PresenceChannel, publishPresence } from './publishPresence.ts'
import { showPeers } from './showPeers.ts'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/**
 * One person's board: a store bound to its own document, the awareness it shares with the others, and a
 * pointer standing in for the editor's inputs.
 */
function person(name: string, { publish = true } = {}) {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  const users: CourseUser[] = []
  const pointer = atom('pointer', new Vec(0, 0))
  const currentUser = atom('user', UserRecordType.create({ id: createUserId(name), name, color: '#02B1CC' }))
  const store = createTLStore({ users: { currentUser } })
  const channel: PresenceChannel = { awareness, setUser: (user) => users.push(user) }
  cleanups.push(bindCanvas(store, new CourseDoc(doc)), showPeers(store, awareness), () => awareness.destroy())
  if (publish) cleanups.push(publishPresence(store, channel, { getCurrentPagePoint: () => pointer.get() }))
  return { store, awareness, users, pointer }
}

/** Relays awareness updates both ways, as the server does. */
function link(a: Awareness, b: Awareness): void {
  const relay = (from: Awareness, to: Awareness) => {
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...from.getStates().keys()]), 'relay')
    from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'relay') return
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])]
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'relay')
    })
  }
  relay(a, b)
  relay(b, a)
}

const peers = (store: TLStore): TLInstancePresence[] => store.query.records('instance_presence').get()

describe('publishPresence and showPeers', () => {
  it("shows each person's cursor and name to the other, and removes it when they leave", async () => {
    const anne = person('Anne')
    const bo = person('Bo')
    link(anne.awareness, bo.awareness)

    await vi.waitFor(() => expect(peers(bo.store).map((p) => p.userName)).toEqual(['Anne']))
    await vi.waitFor(() => expect(peers(anne.store).map((p) => p.userName)).toEqual(['Bo']))
    expect(anne.users).toEqual([{ id: 'user:Anne', name: 'Anne', color: '#02B1CC' }])

    // The live pointer, not tldraw's pointer record: that one stands still while tldraw sees no one.
    anne.pointer.set(new Vec(120, 80))
    await vi.waitFor(() => expect(peers(bo.store)[0]?.cursor).toMatchObject({ x: 120, y: 80 }))
    expect(anne.store.get(TLPOINTER_ID)).toMatchObject({ x: 0, y: 0 })

    anne.awareness.setLocalState(null)
    await vi.waitFor(() => expect(peers(bo.store)).toEqual([]))
  })

  it('publishes nothing for a hidden viewer, who still sees the others', async () => {
    const anne = person('Anne')
    const viewer = person('Seer', { publish: false })
    link(anne.awareness, viewer.awareness)

    await vi.waitFor(() => expect(peers(viewer.store).map((p) => p.userName)).toEqual(['Anne']))
    expect(peers(anne.store)).toEqual([])
    expect(viewer.users).toEqual([])
  })

  it('shows no cursor for a peer whose presence is invalid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const bo = person('Bo')
    const stranger = new Awareness(new Y.Doc())
    cleanups.push(() => stranger.destroy())
    stranger.setLocalState({
      user: { id: 'x', name: 'X', color: 'red' },
      presence: { typeName: 'instance_presence', userName: 42 },
    })
    link(stranger, bo.awareness)

    expect(peers(bo.store)).toEqual([])
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
