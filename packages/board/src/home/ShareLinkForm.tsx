import { todayIso } from '@bordenden/ui'
import { type FormEvent, useCallback, useState } from 'react'
import { useAsync } from '../useAsync.ts'
import { api, type LinkKind, type MeetingSummary, type NewLink } from './api.ts'
import type { NewlyCreated } from './CreatedLink.tsx'
import { FormError } from './FormError.tsx'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

const KINDS: readonly LinkKind[] = ['participant', 'citizen', 'viewer']

/**
 * Makes a share link: a participant for a meeting (editing on the meeting day unless another day is
 * chosen), the citizen's own read-only link, or a viewer, hidden from the others unless chosen.
 */
export function ShareLinkForm(props: { courseId: string; onCreated: (link: NewlyCreated) => void }) {
  const { courseId, onCreated } = props
  const t = useTexts()
  const meetings = useAsync(useCallback(() => api.meetings(courseId), [courseId]))
  const [kind, setKind] = useState<LinkKind>('participant')
  const [label, setLabel] = useState('')
  const [meetingId, setMeetingId] = useState('')
  const [personId, setPersonId] = useState('')
  const [day, setDay] = useState(todayIso)
  const [showPresence, setShowPresence] = useState(false)
  const { busy, error, run } = useAction()

  const known = meetings.state === 'done' ? meetings.value.meetings : []
  const meeting: MeetingSummary | undefined = known.find((m) => m.id === meetingId)

  const chooseMeeting = (id: string) => {
    setMeetingId(id)
    setPersonId('')
    setDay(known.find((m) => m.id === id)?.date ?? todayIso())
  }
  const chooseInvitee = (id: string) => {
    setPersonId(id)
    const name = meeting?.invitees.find((i) => i.personId === id)?.name
    if (name) setLabel(name)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const link: NewLink = { kind, label: label.trim() }
    if (kind === 'participant') {
      link.meetingDate = day
      if (meetingId) link.meetingId = meetingId
      if (personId) link.personId = personId
    }
    if (kind === 'viewer') link.showPresence = showPresence
    return run(async () => {
      const { url, boardUrl, mineUrl } = await api.createLink(courseId, link)
      onCreated({ label: link.label, url, boardUrl, mineUrl })
      setLabel('')
      setPersonId('')
    })
  }

  return (
    <form className="stacked-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('links.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>
              {t(`links.kinds.${k}`)}
              <small>{t(`links.kindHelp.${k}`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'participant' && (
        <>
          <label>
            {t('links.meeting')}
            <select value={meetingId} onChange={(e) => chooseMeeting(e.target.value)}>
              <option value="">{t('links.noMeeting')}</option>
              {known.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({m.date})
                </option>
              ))}
            </select>
          </label>
          {meeting && meeting.invitees.length > 0 && (
            <label>
              {t('links.invitee')}
              <select value={personId} onChange={(e) => chooseInvitee(e.target.value)}>
                <option value="">{t('links.noInvitee')}</option>
                {meeting.invitees.map((i) => (
                  <option key={i.personId} value={i.personId}>
                    {i.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('links.editDay')}
            <input type="date" required value={day} onChange={(e) => setDay(e.target.value)} />
          </label>
        </>
      )}
      <label>
        {t('links.label')}
        <input
          required
          maxLength={200}
          autoComplete="off"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      {kind === 'viewer' && (
        <label className="choice">
          <input type="checkbox" checked={showPresence} onChange={(e) => setShowPresence(e.target.checked)} />
          <span>{t('links.showPresence')}</span>
        </label>
      )}
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {t('links.submit')}
      </button>
    </form>
  )
}
