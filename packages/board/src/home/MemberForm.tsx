import { type FormEvent, useState } from 'react'
import { api } from './api.ts'
import { FormError } from './FormError.tsx'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

/** Adds a co-coordinator from the team, by the e-mail they sign in with. */
export function MemberForm(props: { courseId: string; onAdded: (name: string) => void }) {
  const t = useTexts()
  const [email, setEmail] = useState('')
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      const { member } = await api.addMember(props.courseId, email.trim())
      props.onAdded(member.name)
      setEmail('')
    })
  }
  return (
    <form className="stacked-form" onSubmit={submit}>
      <label>
        {t('members.email')}
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {t('members.submit')}
      </button>
    </form>
  )
}
