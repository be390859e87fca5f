import { describe, expect, it } from 'vitest'
import { goalBoardSvg } from './goal-board-svg.ts'
import { networkMapSvg } from './network-map-svg.ts'
import type { RecordAgreement, RecordContent } from './record-content.ts'
import { recordAgreement, recordContent, recordGoal } from './test-fixtures.ts'

/** The lines of visible text in an SVG, tspans joined, entities decoded (not the title or description). */
const visibleLines = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  )
const visible = (svg: string) => visibleLines(svg).join(' ')

const agreement = (id: string, overrides: Partial<RecordAgreement> = {}): RecordAgreement =>
  recordAgreement({ id, what: `Aftale ${id}`, goal: 'Mit mål', ...overrides })

const content = (parts: Partial<RecordContent> = {}): RecordContent =>
  recordContent({ goals: [{ ...recordGoal, text: 'Mit mål' }], ...parts })

describe('the goal board image', () => {
  it('puts each agreement under its own goal by id, even when two goals read the same', () => {
    const svg = goalBoardSvg(
      content({
        goals: [
          { id: 'g1', text: 'At få ro på', lifeArea: 'Økonomi', status: 'Aktivt' },
          { id: 'g2', text: 'At få ro på', lifeArea: 'Sundhed og helbred', status: 'Aktivt' },
        ],
        agreements: [agreement('a1', { goalId: 'g2', goal: 'At få ro på' })],
      }),
    )
    const lines = visibleLines(svg)
    expect(lines.filter((l) => l === 'Aftale a1')).toHaveLength(1)
    expect(lines.indexOf('Aftale a1')).toBeGreaterThan(lines.indexOf('Sundhed og helbred'))
    expect(lines[lines.indexOf('Økonomi') + 1]).toBe('Ingen aftaler til dette mål endnu')
  })

  it('keeps agreements whose goal the record does not list, and those without a goal', () => {
    const text = visible(
      goalBoardSvg(
        content({
          agreements: [agreement('a1', { goalId: 'g9', goal: 'Et mål på pause' })],
          ongoingAgreements: [agreement('a2', { goalId: null, goal: null })],
          settledAgreements: [agreement('a3', { status: 'Udført' })],
        }),
      ),
    )
    for (const words of ['Et mål på pause', 'Aftale a1', 'Andre aftaler', 'Aftale a2', 'Aftale a3', 'Udført'])
      expect(text).toContain(words)
  })

  it('writes dates in words and says what is missing', () => {
    const text = visible(
      goalBoardSvg(
        content({
          agreements: [
            agreement('a1', { dueDate: '2027-01-08' }),
            agreement('a2', { owner: null, dueDate: null, what: '', missing: ['Hvad', 'Hvem', 'Hvornår'] }),
            agreement('a3', {
              needsManagerDecision: true,
              managerAnswerBy: null,
              missing: ['Svar fra leder senest'],
            }),
          ],
        }),
      ),
    )
    expect(text).toContain('Kim Lauridsen · senest 4. december')
    expect(text).toContain('Kim Lauridsen · senest 8. januar 2027')
    expect(text).toContain('mangler ansvarlig · mangler dato')
    expect(text).toContain('Mangler indhold')
    expect(text).toContain('venter på ledelsens beslutning')
    expect(text).toContain('mangler dato for ledelsens svar')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\?/)
  })

  it('wraps long goals and agreements instead of cutting them off', () => {
    const goal =
      'Jeg vil gerne kunne blive boende i min lejlighed og have styr på regningerne, så jeg kan sove om natten'
    const what =
      'Kim hjælper Jens med at åbne posten hver mandag, betale regningerne og ringe til udlejer, hvis der er noget'
    const svg = goalBoardSvg(
      content({
        goals: [{ id: 'g1', text: goal, lifeArea: 'Bolig', status: 'Aktivt' }],
        agreements: [agreement('a1', { what })],
      }),
    )
    expect(visible(svg)).toContain(goal)
    expect(visible(svg)).toContain(what)
    expect(svg).not.toContain('…')
  })
})

describe('the network map image', () => {
  const person = (name: string, sector: string, ring: string) => ({
    name,
    role: '',
    sector,
    ring,
    excludedByCitizen: false,
  })

  it('names everyone, and the citizen in the centre', () => {
    const network = [person('Lone Madsen', 'family', 'close'), person('Kim Lauridsen', 'municipal', 'middle')]
    const lines = visibleLines(networkMapSvg(content({ network })))
    expect(lines).toContain('Lone Madsen')
    expect(lines).toContain('Kim Lauridsen')
    expect(lines).toContain('Jens') // the citizen's name on two lines, to fit the circle
    expect(lines).toContain('Madsen')
    expect(lines).toContain('Region og')
    expect(lines).toContain('sundhedsvæsen')
  })

  it('numbers the people of a slice whose names do not fit, and names them under the map', () => {
    const network = Array.from({ length: 14 }, (_, i) =>
      person(`Fagperson nummer ${i + 1}`, 'municipal', 'close'),
    )
    const text = visible(networkMapSvg(content({ network })))
    expect(text).toContain('Numrene på kortet: 1 Fagperson nummer 1 · 2 Fagperson nummer 2')
    expect(text).toContain('14 Fagperson nummer 14')
  })
})
