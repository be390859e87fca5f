import { dateIn } from '@bordenden/model'
import { formatDate, useLocale } from '@bordenden/ui'
import { type FormEvent, useCallback, useState } from 'react'
import { FormError } from '../home/FormError.tsx'
import { useAction } from '../home/useAction.ts'
import { courseApi } from './api.ts'
import { usePageTexts } from './texts.ts'
import { useServerData } from './useServerData.ts'

/**
 * Handing the course to another coordinator: the latest handover, shown to both of them (and any
 * co-coordinator), and for the owner a form to hand it on by the new owner's e-mail.
 */
export function HandoverSection(props: {
  courseId: string
  isOwner: boolean
  onHandedOver: () => Promise<void>
}) {
  const t = usePageTexts()
  const locale = useLocale()
  const latest = useServerData(useCallback(() => courseApi.handover(props.courseId), [props.courseId]))
  const [email, setEmail] = useState('')
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await courseApi.handOver(props.courseId, email.trim())
      setEmail('')
      await Promise.all([latest.reload(), props.onHandedOver()])
    })
  }
  const handover = latest.value?.handover
  return (
    <>
      {handover && (
        <p role="status" className="handover-notice">
          {t('handover.done', {
            from: handover.from.name ?? '?',
            to: handover.to.name ?? '?',
            day: formatDate(dateIn(handover.at), 'dayWithWeekday', locale),
          })}
        </p>
      )}
      {props.isOwner ? (
        <form className="stacked-form" onSubmit={submit}>
          <p>{t('handover.intro')}</p>
          <label>
            {t('handover.email')}
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            {t('handover.submit')}
          </button>
        </form>
      ) : (
        !handover && <p>{t('handover.ownerOnly')}</p>
      )}
    </>
  )
}
