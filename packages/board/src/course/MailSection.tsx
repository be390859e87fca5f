import { answer } from '@bordenden/contract/api'
import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { client } from '../home/api.ts'
import { FormError } from '../home/FormError.tsx'
import { useAction } from '../home/useAction.ts'
import { useMailTexts } from './mail-texts.ts'
import { useServerData } from './useServerData.ts'

interface MailSettings {
  reminders: boolean
  daysBefore: number
  citizenEmail: string
}

interface MailState {
  /** Whether the server has SMTP at all. */
  configured: boolean
  settings: MailSettings
  waiting: number
  /** Mails the SMTP server refused for good (an unknown address). */
  givenUp: number
}

const mailRoute = client.api.mail[':courseId']

/** The course's mail state from `GET /api/mail/:courseId`. */
export function useMailState(courseId: string) {
  return useServerData(
    useCallback((): Promise<MailState> => answer(mailRoute.$get({ param: { courseId } })), [courseId]),
  )
}

/** One line in the records section: whether approved records go out by e-mail, or nothing is sent. */
export function MailNotice({ courseId }: { courseId: string }) {
  const t = useMailTexts()
  const state = useMailState(courseId).value
  if (!state) return null
  return <p className="hint mail-notice">{state.configured ? t('recordsByMail') : t('notConfigured')}</p>
}

/** The course's e-mail settings: the reminder switch, the lead time, the citizen's address. */
export function MailSection({ courseId, announce }: { courseId: string; announce: (text: string) => void }) {
  const t = useMailTexts()
  const mail = useMailState(courseId)
  const [draft, setDraft] = useState<MailSettings | null>(null)
  const { busy, error, run } = useAction()
  const loaded = mail.value?.settings
  useEffect(() => {
    if (loaded) setDraft(loaded)
  }, [loaded])
  if (!mail.value || !draft) return null
  if (!mail.value.configured) return <p>{t('notConfigured')}</p>
  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await answer(
        mailRoute.$put({ param: { courseId }, json: { ...draft, citizenEmail: draft.citizenEmail.trim() } }),
      )
      await mail.reload()
      announce(t('saved'))
    })
  }
  return (
    <form className="stacked-form" onSubmit={submit}>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.reminders}
          onChange={(e) => setDraft({ ...draft, reminders: e.target.checked })}
        />
        {t('reminders')}
      </label>
      <p className="hint">{t('remindersHint')}</p>
      <label>
        {t('daysBefore')}
        <input
          type="number"
          min={1}
          max={14}
          required
          value={draft.daysBefore}
          onChange={(e) => setDraft({ ...draft, daysBefore: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('citizenEmail')}
        <input
          type="email"
          maxLength={254}
          value={draft.citizenEmail}
          onChange={(e) => setDraft({ ...draft, citizenEmail: e.target.value })}
        />
      </label>
      {mail.value.waiting > 0 && <p role="status">{t('waiting', { count: mail.value.waiting })}</p>}
      {mail.value.givenUp > 0 && <p>{t('givenUp', { count: mail.value.givenUp })}</p>}
      <FormError error={error} fallback={t('failed')} />
      <button type="submit" disabled={busy}>
        {t('save')}
      </button>
    </form>
  )
}
