import type { AwarenessState, CourseConnection } from '@bordenden/client'
import {
  atom,
  createPresenceStateDerivation,
  type Editor,
  getDefaultUserPresence,
  react,
  type TLStore,
} from 'tldraw'
import { toCourseUser } from '../identity.ts'

/**
 * Cursor, selection and viewport travel through Yjs awareness, not the document: they change at pointer
 * speed and are worthless once someone leaves. At most one awareness update per interval keeps a waving
 * pointer from flooding the server, which relays every update to everyone in the course.
 */
const PUBLISH_INTERVAL_MS = 50

/** The part of a course connection that presence travels through. */
export type PresenceChannel = Pick<CourseConnection, 'awareness' | 'setUser'>

/** Where the pointer is: the editor's inputs, which follow every pointer event. */
export type PointerInputs = Pick<Editor['inputs'], 'getCurrentPagePoint'>

/**
 * Publishes this user's name, colour and presence (cursor, selection, viewport) to the course, as a tldraw
 * instance_presence record in the awareness field `presence`; `showPeers` turns it back into a cursor.
 *
 * tldraw moves its pointer record, and stamps activity, only while it sees collaborators. A hidden viewer
 * such as the meeting room's screen is never seen, yet it is exactly where the cursor must show. So the
 * cursor and the activity time come from the live pointer instead.
 */
export function publishPresence(store: TLStore, channel: PresenceChannel, inputs: PointerInputs): () => void {
  const $user = store.props.users.currentUser

  const $lastActivity = atom('bordenden: last pointer activity', 0)
  const stopActivity = react('bordenden: track pointer activity', () => {
    inputs.getCurrentPagePoint()
    $lastActivity.set(Date.now())
  })

  const $presence = createPresenceStateDerivation($user, {
    getUserPresence(store, user) {
      const presence = getDefaultUserPresence(store, user)
      if (!presence) return null
      const { x, y } = inputs.getCurrentPagePoint()
      return {
        ...presence,
        cursor: { ...presence.cursor, x, y },
        lastActivityTimestamp: Math.max(presence.lastActivityTimestamp, $lastActivity.get()),
      }
    },
  })(store)

  const stopUser = react('bordenden: publish user', () => {
    const user = $user.get()
    if (user) channel.setUser(toCourseUser(user))
  })

  let pending: ReturnType<typeof setTimeout> | undefined
  const stopPresence = react(
    'bordenden: publish presence',
    () => {
      const presence: AwarenessState['presence'] = $presence.get()
      channel.awareness.setLocalStateField('presence', presence)
    },
    {
      // Runs once the interval has passed since the first change, with the presence as it is by then.
      scheduleEffect: (execute) => {
        pending ??= setTimeout(() => {
          pending = undefined
          execute()
        }, PUBLISH_INTERVAL_MS)
      },
    },
  )

  return () => {
    clearTimeout(pending)
    stopPresence()
    stopUser()
    stopActivity()
    channel.awareness.setLocalStateField('presence', null)
  }
}
