import { describe, expect, it } from 'vitest'
import { AgendaSections } from './agenda.ts'
import { AgreementStatuses } from './agreements.ts'
import { CoursePhases } from './course.ts'
import { DialoguePhases } from './dialogue.ts'
import { GoalStatuses, LifeAreas } from './goals.ts'
import { type LabelGroup, Locales, label, labelOptions } from './labels.ts'
import { AttendanceStatuses, MeetingRoles, MeetingStatuses } from './meeting.ts'
import { ConsentStatuses, Rings, Sectors } from './network.ts'
import { ParkedTopicStatuses } from './parking.ts'

const enums: [LabelGroup, readonly string[]][] = [
  ['coursePhase', CoursePhases],
  ['sector', Sectors],
  ['ring', Rings],
  ['consent', ConsentStatuses],
  ['lifeArea', LifeAreas],
  ['goalStatus', GoalStatuses],
  ['agreementStatus', AgreementStatuses],
  ['agreementField', ['what', 'owner', 'dueDate', 'managerAnswerBy']],
  ['dialoguePhase', DialoguePhases],
  ['attendance', AttendanceStatuses],
  ['meetingStatus', MeetingStatuses],
  ['meetingRole', MeetingRoles],
  ['agendaSection', AgendaSections],
  ['parkedTopicStatus', ParkedTopicStatuses],
]

describe('labels', () => {
  it.each(enums)('names every %s id, in order, with distinct Danish and English text', (group, ids) => {
    for (const locale of Locales) {
      const options = labelOptions(group, locale)
      expect(options.map((o) => o.id)).toEqual([...ids])
      expect(options.every((o) => o.label.trim() !== '' && o.label !== o.id)).toBe(true)
      expect(new Set(options.map((o) => o.label)).size).toBe(ids.length)
    }
  })

  it('shows Danish by default', () => {
    expect(label('agreementStatus', 'inProgress')).toBe('I gang')
    expect(label('agreementStatus', 'inProgress', 'en')).toBe('In progress')
    expect(label('lifeArea', 'employment')).toBe('Beskæftigelse og aktivitet')
    expect(label('dialoguePhase', 'citizenResponds')).toBe('Borgeren svarer')
    expect(label('attendance', 'sentWord')).toBe('Meldt afbud')
  })
})
