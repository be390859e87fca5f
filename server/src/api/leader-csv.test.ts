import { type CourseFacts, leaderOverview } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import { leaderCsv } from './leader-csv.ts'

const course = (teamId: string): CourseFacts => ({
  teamId,
  phase: 'networkMeetings',
  meetings: [
    {
      registrations: {
        agendaWithCitizen: 'yes',
        inviteesChosenByCitizen: 'partly',
        agreementsAtMeeting: 'no',
        followUpBeforeNextMeeting: null,
      },
      participants: 3,
    },
  ],
  evaluations: [],
  outcomes: { who5: null, inspireO: null },
  closed: null,
})

describe('the leader CSV', () => {
  const overview = leaderOverview(
    [...Array.from({ length: 7 }, () => course('t1')), ...Array.from({ length: 2 }, () => course('t2'))],
    [
      { id: 't1', name: '=Team "Nord"' },
      { id: 't2', name: 'Syd; Øst' },
    ],
  )
  const csv = leaderCsv(overview)
  const lines = csv.split('\r\n')

  it('is UTF-8 with a byte order mark, semicolons and CRLF, for Danish Excel', () => {
    expect(csv.startsWith('\uFEFFAfsnit;Tal;Kommunen;')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).not.toContain('\n\n')
  })

  it('quotes fields with separators, and keeps a team name from being read as a formula', () => {
    expect(lines[0]).toBe(`\uFEFFAfsnit;Tal;Kommunen;"'=Team ""Nord""";"Syd; Øst";Evalueringen (80 borgere)`)
  })

  it('writes figures with a decimal comma, suppressed cells in words, and the evaluation beside', () => {
    // Team Syd has 2 courses: hidden, and Team Nord with it (9 − 7 would tell); the municipality shows.
    expect(lines).toContain('Forløb efter fase;Forløb i alt;9;færre end 5;færre end 5;')
    expect(lines).toContain('Netværksmøder;Deltagere pr. møde;3,0;færre end 5;færre end 5;4,0')
    expect(lines).toContain(
      'Registreringer pr. møde;Dagsorden skrevet med borgeren: ja;100 %;færre end 5;færre end 5;80 %',
    )
    expect(lines).toContain(
      'Registreringer pr. møde;Opfølgning før næste møde: ja;færre end 5;færre end 5;færre end 5;75 %',
    )
  })
})
