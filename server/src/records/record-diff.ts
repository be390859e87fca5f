import { label } from '@bordenden/model'
import { localeTag } from '@bordenden/text'
import { shortDanishDate } from './dates.ts'
import type { RecordAgreement, RecordContent } from './record-content.ts'
import { recordText as t } from './texts.ts'

export interface RecordChange {
  /** `completed`: an agreement done or a goal reached since the version before. */
  kind: 'added' | 'changed' | 'completed' | 'removed'
  what: 'goal' | 'agreement'
  /** A plain Danish sentence for the record view. */
  text: string
}

type Goal = RecordContent['goals'][number]
type ChangedField = 'status' | 'owner' | 'date' | 'goal' | 'followUp' | 'managerAnswerBy'

/** "ansvarlig ændret fra Kim til Lone", "dato sat til 4. december", "mål fjernet (var “…”)". */
function fieldChange(name: ChangedField, before: string | null, after: string | null): string {
  const field = t(`change.field.${name}`)
  if (before === null) return t('change.set', { field, after: after ?? '' })
  if (after === null) return t('change.removed', { field, before })
  return t('change.changed', { field, before, after })
}

const lower = (text: string) => text.toLocaleLowerCase(localeTag('da'))

/**
 * What changed from one version of a record to the next, in words a citizen can read: what is new,
 * what was done or reached, each changed field from its old to its new value, and what was removed.
 */
export function diffRecords(before: RecordContent, after: RecordContent): RecordChange[] {
  const day = (iso: string | null) => (iso ? shortDanishDate(iso, after.meeting.date) : null)
  const quoted = (text: string | null) => (text ? `“${text}”` : null)
  const followUp = (a: RecordAgreement) =>
    [a.followUp.who, day(a.followUp.when), a.followUp.how].filter(Boolean).join(', ') || null

  const goalChanges = (old: Goal, goal: Goal): RecordChange[] => {
    const changes: RecordChange[] = []
    if (old.text !== goal.text) {
      changes.push({
        kind: 'changed',
        what: 'goal',
        text: t('change.goalReworded', { before: old.text, after: goal.text }),
      })
    }
    if (old.status !== goal.status) {
      const reached = goal.status === label('goalStatus', 'achieved')
      changes.push({
        kind: reached ? 'completed' : 'changed',
        what: 'goal',
        text: reached
          ? t('change.goalReached', { goal: goal.text })
          : t('change.goalFields', {
              goal: goal.text,
              change: fieldChange('status', lower(old.status), lower(goal.status)),
            }),
      })
    }
    return changes
  }

  const agreementChanges = (old: RecordAgreement, a: RecordAgreement): RecordChange[] => {
    const name = t('change.agreementName', { what: old.what || a.what })
    const changes: RecordChange[] = []
    const fields: string[] = []
    if (old.what !== a.what) fields.push(t('change.whatChanged', { what: a.what }))
    if (old.owner !== a.owner) fields.push(fieldChange('owner', old.owner, a.owner))
    if (old.dueDate !== a.dueDate) fields.push(fieldChange('date', day(old.dueDate), day(a.dueDate)))
    if (old.goal !== a.goal) fields.push(fieldChange('goal', quoted(old.goal), quoted(a.goal)))
    if (followUp(old) !== followUp(a)) fields.push(fieldChange('followUp', followUp(old), followUp(a)))
    if (old.needsManagerDecision !== a.needsManagerDecision) {
      fields.push(a.needsManagerDecision ? t('change.needsManager') : t('change.noManager'))
    }
    if (old.managerAnswerBy !== a.managerAnswerBy) {
      fields.push(fieldChange('managerAnswerBy', day(old.managerAnswerBy), day(a.managerAnswerBy)))
    }
    if (old.status !== a.status) {
      if (a.status === label('agreementStatus', 'done')) {
        changes.push({ kind: 'completed', what: 'agreement', text: t('change.done', { name }) })
      } else if (a.status === label('agreementStatus', 'abandoned')) {
        changes.push({ kind: 'changed', what: 'agreement', text: t('change.abandoned', { name }) })
      } else {
        fields.push(fieldChange('status', lower(old.status), lower(a.status)))
      }
    }
    if (fields.length > 0)
      changes.push({
        kind: 'changed',
        what: 'agreement',
        text: t('change.fields', { name, changes: fields.join('; ') }),
      })
    return changes
  }

  const changes: RecordChange[] = []
  const beforeGoals = new Map(before.goals.map((g) => [g.id, g]))
  const afterGoals = new Set(after.goals.map((g) => g.id))
  for (const goal of after.goals) {
    const old = beforeGoals.get(goal.id)
    if (old) changes.push(...goalChanges(old, goal))
    else changes.push({ kind: 'added', what: 'goal', text: t('change.goalAdded', { goal: goal.text }) })
  }
  for (const goal of before.goals) {
    if (!afterGoals.has(goal.id))
      changes.push({ kind: 'removed', what: 'goal', text: t('change.goalRemoved', { goal: goal.text }) })
  }

  const all = (c: RecordContent) => [...c.agreements, ...c.ongoingAgreements, ...(c.settledAgreements ?? [])]
  const beforeAgreements = new Map(all(before).map((a) => [a.id, a]))
  const afterAgreements = new Set(all(after).map((a) => a.id))
  for (const agreement of all(after)) {
    const old = beforeAgreements.get(agreement.id)
    if (old) changes.push(...agreementChanges(old, agreement))
    else {
      const who = agreement.owner ?? t('goalBoard.ownerMissing')
      const when = agreement.dueDate
        ? t('agreement.by', { date: day(agreement.dueDate) ?? '' })
        : t('goalBoard.dateMissing')
      changes.push({
        kind: 'added',
        what: 'agreement',
        text: t('change.agreementAdded', { what: agreement.what || t('change.notFilledIn'), who, when }),
      })
    }
  }
  for (const [id, agreement] of beforeAgreements) {
    if (!afterAgreements.has(id))
      changes.push({
        kind: 'removed',
        what: 'agreement',
        text: t('change.agreementRemoved', { what: agreement.what }),
      })
  }
  return changes
}
