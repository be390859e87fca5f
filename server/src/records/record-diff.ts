import type { RecordAgreement, RecordContent } from './record-content.ts'

export interface RecordChange {
  kind: 'added' | 'changed' | 'removed'
  what: 'goal' | 'agreement'
  /** A plain Danish sentence for the record view. */
  text: string
}

const agreementFields: [keyof RecordAgreement, string][] = [
  ['what', 'indhold'],
  ['owner', 'ansvarlig'],
  ['dueDate', 'dato'],
  ['status', 'status'],
  ['goal', 'mål'],
]

/** What changed from one version of a record to the next, in words a citizen can read. */
export function diffRecords(before: RecordContent, after: RecordContent): RecordChange[] {
  const changes: RecordChange[] = []
  const beforeGoals = new Map(before.goals.map((g) => [g.id, g]))
  const afterGoals = new Map(after.goals.map((g) => [g.id, g]))
  for (const goal of after.goals) {
    const old = beforeGoals.get(goal.id)
    if (!old) changes.push({ kind: 'added', what: 'goal', text: `Nyt mål: “${goal.text}”` })
    else if (old.text !== goal.text || old.status !== goal.status) {
      changes.push({
        kind: 'changed',
        what: 'goal',
        text: `Målet “${old.text}” er ændret til “${goal.text}” (${goal.status})`,
      })
    }
  }
  for (const goal of before.goals) {
    if (!afterGoals.has(goal.id))
      changes.push({ kind: 'removed', what: 'goal', text: `Målet “${goal.text}” er fjernet` })
  }
  const all = (c: RecordContent) => [...c.agreements, ...c.ongoingAgreements]
  const beforeAgreements = new Map(all(before).map((a) => [a.id, a]))
  const afterIds = new Set(all(after).map((a) => a.id))
  for (const agreement of all(after)) {
    const old = beforeAgreements.get(agreement.id)
    if (!old) {
      changes.push({ kind: 'added', what: 'agreement', text: `Ny aftale: “${agreement.what}”` })
      continue
    }
    const changed = agreementFields.filter(([key]) => old[key] !== agreement[key]).map(([, name]) => name)
    if (changed.length > 0) {
      changes.push({
        kind: 'changed',
        what: 'agreement',
        text: `Aftalen “${agreement.what}”: ændret ${changed.join(', ')}`,
      })
    }
  }
  for (const [id, agreement] of beforeAgreements) {
    if (!afterIds.has(id))
      changes.push({ kind: 'removed', what: 'agreement', text: `Aftalen “${agreement.what}” er fjernet` })
  }
  return changes
}
