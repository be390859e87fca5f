import { type AgreementStatus, changeAgreementStatus, createAgreement, labelOptions } from '@bordenden/model'
import { useState } from 'react'
import { StatusHistory } from '../goals/StatusHistory.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { CheckboxField, DateField, EntityForm, SelectField, TextField } from './fields.tsx'
import { followUpOptions, followUpPartyFromKey, keyOfParty, partyFromKey, partyOptions } from './parties.ts'

/**
 * Makes an agreement (no `agreementId`) or edits one: what, who, by when, the goal it serves, the
 * follow-up, a manager's decision, and its status with a note, below the history of its statuses.
 */
export function AgreementForm(props: {
  agreementId?: string | undefined
  /** The goal a new agreement serves. */
  goalId?: string | null
  /** The meeting a new agreement is made at; by default the one going on, if any. */
  meetingId?: string | undefined
  onDone?: () => void
}) {
  const { course, actor } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const existing = props.agreementId ? course.agreements.get(props.agreementId) : undefined
  const [what, setWhat] = useState(existing?.what ?? '')
  const [owner, setOwner] = useState(keyOfParty(existing?.owner ?? null))
  const [dueDate, setDueDate] = useState(existing?.dueDate ?? null)
  const [goalId, setGoalId] = useState(existing?.goalId ?? props.goalId ?? '')
  const [followWho, setFollowWho] = useState(keyOfParty(existing?.followUp.who ?? null))
  const [followWhen, setFollowWhen] = useState(existing?.followUp.when ?? null)
  const [followHow, setFollowHow] = useState(existing?.followUp.how ?? '')
  const [manager, setManager] = useState(existing?.needsManagerDecision ?? false)
  const [managerBy, setManagerBy] = useState(existing?.managerAnswerBy ?? null)
  const [status, setStatus] = useState<AgreementStatus>(existing?.status ?? 'agreed')
  const [note, setNote] = useState('')
  const write = useWrite()
  const parties = partyOptions(course, locale, w('noOwner'))
  const goals = [
    { id: '', label: w('none') },
    ...course.goals.list().map((g) => ({ id: g.id, label: g.text })),
  ]

  const submit = () => {
    const fields = {
      what,
      owner: partyFromKey(owner),
      dueDate,
      goalId: goalId === '' ? null : goalId,
      followUp: { who: followUpPartyFromKey(followWho), when: followWhen, how: followHow },
      needsManagerDecision: manager,
      managerAnswerBy: manager ? managerBy : null,
    }
    const saved = write.run(() => {
      if (!existing) createAgreement(course, { ...fields, meetingId: props.meetingId }, actor)
      else if (status !== existing.status) {
        changeAgreementStatus(course, existing.id, { to: status, note, changes: fields }, actor)
      } else course.agreements.update(existing.id, fields, actor)
    })
    if (!saved) return
    setNote('')
    if (!existing) setWhat('')
    props.onDone?.()
  }

  return (
    <EntityForm
      title={existing ? w('editAgreement') : w('newAgreement')}
      submitLabel={existing ? w('save') : w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={submit}
      onCancel={props.onDone}
    >
      <TextField label={w('what')} name="what" value={what} onChange={setWhat} multiline />
      <SelectField label={w('owner')} name="owner" value={owner} onChange={setOwner} options={parties} />
      <DateField label={w('due')} name="dueDate" value={dueDate} onChange={setDueDate} />
      <SelectField label={w('goal')} name="goal" value={goalId} onChange={setGoalId} options={goals} />
      <SelectField
        label={w('followUpWho')}
        name="followUpWho"
        value={followWho}
        onChange={setFollowWho}
        options={followUpOptions(course, locale, w('noOwner'))}
      />
      <DateField label={w('followUpWhen')} name="followUpWhen" value={followWhen} onChange={setFollowWhen} />
      <TextField label={w('followUpHow')} name="followUpHow" value={followHow} onChange={setFollowHow} />
      <CheckboxField label={w('managerDecision')} name="manager" checked={manager} onChange={setManager} />
      {manager && (
        <DateField
          label={w('managerAnswerBy')}
          name="managerAnswerBy"
          value={managerBy}
          onChange={setManagerBy}
        />
      )}
      {existing && (
        <>
          <SelectField
            label={w('status')}
            name="status"
            value={status}
            onChange={setStatus}
            options={labelOptions('agreementStatus', locale)}
          />
          {status !== existing.status && (
            <TextField label={w('statusNote')} name="statusNote" value={note} onChange={setNote} />
          )}
          <StatusHistory agreement={existing} />
        </>
      )}
    </EntityForm>
  )
}
