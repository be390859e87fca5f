import { formatDate, type Translate, useLocale } from '@bordenden/ui'
import { useCallback } from 'react'
import { useAsync } from '../useAsync.ts'
import { type AuditEntry, api } from './api.ts'
import { homeTexts, useTexts } from './texts.ts'

/** The course's access log, newest first: who opened it or changed its access, when and from where. */
export function AuditLog({ courseId, version }: { courseId: string; version: number }) {
  const t = useTexts()
  const locale = useLocale()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after links change
  const log = useAsync(useCallback(() => api.audit(courseId), [courseId, version]))
  if (log.state === 'loading') return <p>{t('loading')}</p>
  if (log.state === 'failed') return <p role="alert">{t('failed')}</p>
  if (log.value.entries.length === 0) return <p>{t('audit.none')}</p>
  return (
    <table className="home-table audit-log">
      <caption>{t('audit.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.columns.at')}</th>
          <th scope="col">{t('audit.columns.who')}</th>
          <th scope="col">{t('audit.columns.what')}</th>
          <th scope="col">{t('audit.columns.from')}</th>
        </tr>
      </thead>
      <tbody>
        {log.value.entries.map((entry, index) => (
          // entries have no id; the log only grows, and is re-read whole
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <tr key={index}>
            <td>{formatDate(entry.at, 'dateTime', locale)}</td>
            <td>{entry.actorName ?? (entry.actor === 'unknown' ? t('audit.unknownActor') : entry.actor)}</td>
            <td>{describe(entry, t)}</td>
            <td>{entry.ip ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The action in words; an opening says whether it was the board (a socket) or a reading through the API. */
export function describe(entry: AuditEntry, t: Translate<typeof homeTexts>): string {
  const opening = entry.action === 'course.opened'
  const key = `audit.actions.${entry.action}` as const
  const what =
    opening && entry.detail.channel === 'api'
      ? t('audit.readCourse')
      : Object.hasOwn(homeTexts, key)
        ? t(key)
        : entry.action
  return opening && entry.detail.canEdit === false ? `${what} (${t('audit.readOnly')})` : what
}
