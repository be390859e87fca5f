import { type Agreement, type CourseDoc, label, partyName } from '@bordenden/model'

/** An agreement as the follow-up list shows it: names resolved, nothing else from the document. */
export function agreementSummary(course: CourseDoc, a: Agreement) {
  return {
    id: a.id,
    what: a.what,
    owner: a.owner ? partyName(course, a.owner) : null,
    dueDate: a.dueDate,
    status: a.status,
    statusLabel: label('agreementStatus', a.status),
    followUp: {
      who: a.followUp.who ? partyName(course, a.followUp.who) : null,
      when: a.followUp.when,
      how: a.followUp.how,
    },
    managerAnswerBy: a.managerAnswerBy,
    lastChange: a.history.at(-1) ?? null,
  }
}
