import { useCallback, useState } from 'react'
import { useAsync } from '../useAsync.ts'
import { AuditLog } from './AuditLog.tsx'
import { api } from './api.ts'
import { CreatedLink, type NewlyCreated } from './CreatedLink.tsx'
import { LinkList } from './LinkList.tsx'
import { MemberForm } from './MemberForm.tsx'
import { MemberList } from './MemberList.tsx'
import { ShareLinkForm } from './ShareLinkForm.tsx'
import { useTexts } from './texts.ts'

/**
 * One course's share links (make, list, open or close for editing, revoke), its coordinators (add, and for
 * the owner remove) and its access log.
 */
export function CoursePanel(props: { id: string; courseId: string; announce: (text: string) => void }) {
  const { courseId, announce } = props
  const t = useTexts()
  const [version, setVersion] = useState(0)
  const [created, setCreated] = useState<NewlyCreated | null>(null)
  const [showAudit, setShowAudit] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger
  const links = useAsync(useCallback(() => api.links(courseId), [courseId, version]))
  const reload = () => setVersion((v) => v + 1)

  return (
    <div id={props.id} className="course-panel">
      <section aria-label={t('links.newTitle')}>
        <h3>{t('links.newTitle')}</h3>
        <ShareLinkForm
          courseId={courseId}
          onCreated={(link) => {
            setCreated(link)
            reload()
          }}
        />
        {created && <CreatedLink key={created.url} link={created} />}
      </section>
      <section aria-label={t('links.title')}>
        <h3>{t('links.title')}</h3>
        {links.state === 'loading' && <p>{t('loading')}</p>}
        {links.state === 'failed' && <p role="alert">{t('failed')}</p>}
        {links.state === 'done' && (
          <LinkList
            courseId={courseId}
            links={links.value.links}
            onChanged={(announcement) => {
              announce(announcement)
              reload()
            }}
          />
        )}
      </section>
      <section aria-label={t('members.title')}>
        <MemberList
          courseId={courseId}
          version={version}
          onRemoved={(name) => {
            announce(t('members.removed', { name }))
            reload()
          }}
        />
        <MemberForm
          courseId={courseId}
          onAdded={(name) => {
            announce(t('members.added', { name }))
            reload()
          }}
        />
      </section>
      <section aria-label={t('audit.title')}>
        <button
          type="button"
          className="secondary"
          aria-expanded={showAudit}
          onClick={() => setShowAudit(!showAudit)}
        >
          {showAudit ? t('audit.hide') : t('audit.show')}
        </button>
        {showAudit && <AuditLog courseId={courseId} version={version} />}
      </section>
    </div>
  )
}
