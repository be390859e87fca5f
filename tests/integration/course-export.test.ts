import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CourseDoc } from '@bordenden/model'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

let server: ServerProcess
let api: ApiClient
let courseId: string
let records: { id: string; hash: string }[]

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  const { body } = await api.request<{ meetings: { id: string }[] }>(
    'GET',
    `/api/courses/${courseId}/meetings`,
  )
  for (const meeting of body.meetings)
    await api.request('POST', `/api/records/${courseId}`, { meetingId: meeting.id })
  records = (
    await api.request<{ records: { id: string; hash: string }[] }>('GET', `/api/records/${courseId}`)
  ).body.records
})
afterAll(() => server?.stop())

/** What a ZIP holds, as text per file name. */
const contents = (zip: Uint8Array) =>
  new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]))

function expectCitizenCopy(files: Map<string, string>, goals: string[]) {
  expect(files.get('LAES-MIG.txt')).toContain('art. 15 og 20')
  const plan = files.get('plan.txt') ?? ''
  expect(plan).toContain('Borger: Jens Madsen')
  for (const goal of goals) expect(plan).toContain(goal)
  expect(JSON.parse(files.get('forloeb.json') ?? '{}')).toEqual(expect.any(Object))
  // Every record version in three forms, the JSON with the hash the API shows.
  const recordJson = [...files.keys()].filter(
    (name) => name.startsWith('referater/') && name.endsWith('.json'),
  )
  expect(recordJson).toHaveLength(records.length)
  const hashes = recordJson.map((name) => (JSON.parse(files.get(name) ?? '{}') as { hash: string }).hash)
  expect(hashes.sort()).toEqual(records.map((r) => r.hash).sort())
  for (const name of recordJson) {
    expect(files.get(name.replace(/\.json$/, '.pdf'))?.startsWith('%PDF-')).toBe(true)
    expect(files.get(name.replace(/\.json$/, '.txt'))).toContain('AFTALEREFERAT')
  }
}

describe("the citizen's copy of a course", () => {
  it('is a ZIP with the plan, the whole course and every record, for the course coordinators only', async () => {
    expect(records.length).toBeGreaterThan(0)
    const goals = await withCourseDoc(server, api, courseId, (course: CourseDoc) =>
      course.goals.list().map((g) => g.text),
    )
    expect(goals.length).toBeGreaterThan(0)

    const response = await fetch(`${server.url}/api/courses/${courseId}/export`, {
      headers: { cookie: api.cookie ?? '' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    expectCitizenCopy(contents(new Uint8Array(await response.arrayBuffer())), goals)

    const audit = await api.request<{ entries: { action: string }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    expect(audit.body.entries.map((e) => e.action)).toContain('course.exported')

    const citizen = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'citizen',
      label: 'borgeren',
    })
    const refused = await fetch(`${server.url}/api/courses/${courseId}/export?token=${citizen.body.token}`)
    expect(refused.status).toBe(401) // a link, even the citizen's, is not a signed-in coordinator
    expect((await fetch(`${server.url}/api/courses/${courseId}/export`)).status).toBe(401)
  })

  it('is the same from the admin command', async () => {
    const goals = await withCourseDoc(server, api, courseId, (course: CourseDoc) =>
      course.goals.list().map((g) => g.text),
    )
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-export-'))
    try {
      const file = path.join(dir, 'forloeb.zip')
      expect(await server.cli('export-course', '--course', courseId, '--to', file)).toContain('exported')
      expectCitizenCopy(contents(readFileSync(file)), goals)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
