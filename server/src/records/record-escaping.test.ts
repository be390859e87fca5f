import { describe, expect, it } from 'vitest'
import type { AgreementRecord } from '../storage/records.ts'
import { goalBoardSvg } from './goal-board-svg.ts'
import { networkMapSvg } from './network-map-svg.ts'
import { recordHtml } from './render-html.ts'
import { recordAgreement, recordContent } from './test-fixtures.ts'

// Whatever people write on the board reaches the printed record: markup in it must stay text, in the
// page and in the boards' images alike, in element content and in attribute values.

const EVIL = `'"<>&`
/** A field's text with every character that means something in markup, named so a miss says where. */
const evil = (field: string) => `${field}${EVIL}<script>alert(1)</script><img src=x onerror='x'>`

function evilRecord(): AgreementRecord {
  const agreement = (id: string) =>
    recordAgreement({
      id,
      what: evil(`${id}.what`),
      owner: evil(`${id}.owner`),
      goal: evil(`${id}.goal`),
      goalId: 'g1',
      followUp: { who: evil(`${id}.followUp.who`), when: null, how: evil(`${id}.followUp.how`) },
      status: evil(`${id}.status`),
      missing: [evil(`${id}.missing`)],
    })
  const content = recordContent({
    municipality: evil('municipality'),
    course: { id: 'c1', title: evil('course.title'), citizenName: evil('citizenName') },
    meeting: {
      id: 'm1',
      title: evil('meeting.title'),
      date: '2026-11-27',
      startTime: evil('startTime'),
      place: evil('place'),
      overallGoal: evil('overallGoal'),
      themes: [evil('theme')],
      attendance: [
        {
          name: evil('attendee'),
          role: evil('role'),
          present: true,
          attendance: evil('attendance'),
          chosenByCitizen: true,
        },
      ],
    },
    network: [
      {
        name: evil('person'),
        role: evil('person.role'),
        ring: 'close',
        sector: 'family',
        excludedByCitizen: false,
      },
    ],
    goals: [{ id: 'g1', text: evil('goal'), lifeArea: evil('lifeArea'), status: evil('goal.status') }],
    agreements: [agreement('new')],
    ongoingAgreements: [agreement('ongoing')],
    settledAgreements: [agreement('settled')],
    parkedTopics: [{ text: evil('parked'), status: evil('parked.status') }],
  })
  return {
    id: evil('record.id'),
    courseId: 'c1',
    meetingId: 'm1',
    version: 2,
    status: 'draft',
    content,
    canvas: [],
    images: { network: networkMapSvg(content), goals: goalBoardSvg(content) },
    hash: 'a'.repeat(64),
    changes: [{ kind: 'added', what: 'agreement', text: evil('change') }],
    createdAt: 0,
    createdBy: 'user:u1',
    approvedAt: null,
    approvedBy: null,
    approvalMethod: null,
    sentAt: null,
    sentBy: null,
    sentTo: [],
  }
}

/** Markup an attacker could have slipped in: any of it in the output means a field was not escaped. */
const injected = [EVIL, '<script>alert', '<img', "onerror='x'"]

describe('the printed record', () => {
  it('keeps `\'"<>&` and markup in every field as text, in the page and in both boards', () => {
    const record = evilRecord()
    const outputs = {
      page: recordHtml(record, 'n0nce'),
      network: record.images.network,
      goals: record.images.goals,
    }
    for (const [name, output] of Object.entries(outputs)) {
      for (const markup of injected) expect(output, `${name} has ${markup} unescaped`).not.toContain(markup)
    }
    // The page has one script, its own; and every field is there, escaped.
    expect(outputs.page.match(/<script/g)).toHaveLength(1)
    for (const field of [
      'municipality',
      'citizenName',
      'meeting.title',
      'place',
      'overallGoal',
      'theme',
      'attendee',
      'goal',
      'new.what',
      'ongoing.owner',
      'settled.followUp.how',
      'parked',
      'change',
      'record.id',
    ])
      expect(outputs.page).toContain(`${field}&#39;&quot;&lt;&gt;&amp;`)
    expect(outputs.network).toContain('person&#39;&quot;&lt;&gt;&amp;')
    expect(outputs.goals).toContain('&lt;script&gt;')
  })
})
