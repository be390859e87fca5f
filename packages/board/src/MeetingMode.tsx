import { MeetingScreen, useMeetingInFocus, useWords } from '@bordenden/ui'
import { useEffect, useRef } from 'react'

/**
 * Meeting mode for the shared screen: the visual agenda filling the screen in large type, the current
 * item and whose turn it is readable from across the room. Escape or the button goes back to the board.
 */
export function MeetingMode({ onLeave }: { onLeave: () => void }) {
  const w = useWords()
  const meeting = useMeetingInFocus()
  const leave = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    leave.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onLeave])
  return (
    <div className="bd-meeting-mode-screen" role="dialog" aria-modal="true" aria-label={w('meetingMode')}>
      <button ref={leave} type="button" className="bd-leave" onClick={onLeave}>
        {w('leaveMeetingMode')}
      </button>
      {meeting ? <MeetingScreen meetingId={meeting.id} /> : <p>{w('noMeeting')}</p>}
    </div>
  )
}
