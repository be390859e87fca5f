import { formatDate, todayIso, useLocale } from '@bordenden/ui'
import { api, type ShareLink } from './api.ts'
import { FormError } from './FormError.tsx'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

const DAY = 24 * 60 * 60 * 1000

/** A course's share links, newest first: what each may do, opening or closing its editing, revoking it. */
export function LinkList(props: {
  courseId: string
  links: ShareLink[]
  onChanged: (announcement: string) => void
}) {
  const { courseId, onChanged } = props
  const t = useTexts()
  const { error, run } = useAction()
  if (props.links.length === 0) return <p>{t('links.none')}</p>
  const act = (change: () => Promise<unknown>, announcement: string) =>
    run(async () => {
      await change()
      onChanged(announcement)
    })
  const revoke = (link: ShareLink) =>
    act(() => api.revokeLink(courseId, link.id), t('links.revokedNow', { label: link.label }))
  const openToday = (link: ShareLink) => {
    const end = new Date()
    end.setHours(24, 0, 0, 0)
    return act(
      () => api.setEditWindow(courseId, link.id, Date.now(), end.getTime()),
      t('links.openedNow', { label: link.label }),
    )
  }
  const close = (link: ShareLink) =>
    act(() => api.setEditWindow(courseId, link.id, null, null), t('links.closedNow', { label: link.label }))
  const now = Date.now()
  return (
    <>
      <FormError error={error} />
      <table className="home-table">
        <thead>
          <tr>
            <th scope="col">{t('links.columns.label')}</th>
            <th scope="col">{t('links.columns.kind')}</th>
            <th scope="col">{t('links.columns.window')}</th>
            <th scope="col">{t('links.columns.status')}</th>
            <th scope="col">{t('links.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {[...props.links].reverse().map((link) => {
            const ended = link.revokedAt !== null || (link.expiresAt !== null && link.expiresAt <= now)
            const editing =
              link.editFrom !== null &&
              link.editUntil !== null &&
              link.editFrom <= now &&
              now < link.editUntil
            return (
              <tr key={link.id} data-link-status={ended ? 'ended' : 'active'}>
                <th scope="row">{link.label}</th>
                <td>{t(`links.kinds.${link.kind}`)}</td>
                <td>
                  <EditWindow link={link} />
                </td>
                <td>
                  {link.revokedAt !== null
                    ? t('links.revoked')
                    : ended
                      ? t('links.expired')
                      : t('links.active')}
                </td>
                <td>
                  {!ended && link.kind !== 'viewer' && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={
                        editing
                          ? t('links.closeLabel', { label: link.label })
                          : t('links.openLabel', { label: link.label })
                      }
                      onClick={() => (editing ? close(link) : openToday(link))}
                    >
                      {editing ? t('links.close') : t('links.open')}
                    </button>
                  )}{' '}
                  {!ended && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('links.revokeLabel', { label: link.label })}
                      onClick={() => revoke(link)}
                    >
                      {t('links.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

/** "tirsdag 24. november" for a meeting day; a span of times for any other window; or read-only. */
function EditWindow({ link }: { link: ShareLink }) {
  const t = useTexts()
  const locale = useLocale()
  if (link.editFrom === null || link.editUntil === null) return <>{t('links.readOnly')}</>
  const start = new Date(link.editFrom)
  const wholeDay =
    link.editUntil - link.editFrom === DAY && start.getHours() === 0 && start.getMinutes() === 0
  if (wholeDay) return <>{formatDate(todayIso(start), 'dayWithWeekday', locale, todayIso())}</>
  return (
    <>
      {formatDate(link.editFrom, 'dateTime', locale)} – {formatDate(link.editUntil, 'dateTime', locale)}
    </>
  )
}
