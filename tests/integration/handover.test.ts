import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'

interface Courses {
  courses: { courseId: string; role: string }[]
}

let server: ServerProcess
let owner: ApiClient
let colleague: ApiClient
let courseId: string
let linkToken: string

async function signIn(email: string, name: string): Promise<ApiClient> {
  const { password } = await server.createUser(email, name)
  const client = new ApiClient(server.url)
  await client.login(email, password)
  return client
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '0' } })
  owner = await signIn('anne@example.dk', 'Anne Holm')
  colleague = await signIn('bo@example.dk', 'Bo Berg')
  const created = await owner.request<{ course: { id: string } }>('POST', '/api/courses', {
    title: 'Forløb',
    citizenName: 'Jens',
  })
  courseId = created.body.course.id
  const link = await owner.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'citizen',
    label: 'Jens',
  })
  linkToken = link.body.token
})
afterAll(() => server.stop())

const roleIn = async (client: ApiClient) =>
  (await client.request<Courses>('GET', '/api/courses')).body.courses.find((c) => c.courseId === courseId)
    ?.role

describe('coordinator handover', () => {
  it('is refused to anyone but the owner, and to someone who is not a coordinator', async () => {
    expect(
      (await colleague.request('POST', `/api/handover/${courseId}`, { email: 'bo@example.dk' })).status,
    ).toBe(403)
    const nobody = await owner.request('POST', `/api/handover/${courseId}`, { email: 'ingen@example.dk' })
    expect(nobody.status).toBe(404)
    expect(await roleIn(owner)).toBe('owner')
  })

  it('makes the other coordinator the owner; the former owner stays on; links and the log carry on', async () => {
    const { status } = await owner.request('POST', `/api/handover/${courseId}`, { email: 'bo@example.dk' })
    expect(status).toBe(200)
    expect(await roleIn(colleague)).toBe('owner')
    expect(await roleIn(owner)).toBe('coordinator')

    // The citizen's link still opens the course.
    const access = await new ApiClient(server.url).request<{ role: string }>(
      'GET',
      `/api/access/${courseId}?token=${linkToken}`,
    )
    expect(access.body.role).toBe('citizen')

    // Both are told, by name; the audit log has the handover and everything before it.
    for (const client of [owner, colleague]) {
      const told = await client.request<{ handover: { from: { name: string }; to: { name: string } } }>(
        'GET',
        `/api/handover/${courseId}`,
      )
      expect(told.body.handover).toMatchObject({ from: { name: 'Anne Holm' }, to: { name: 'Bo Berg' } })
    }
    const audit = await colleague.request<{ entries: { action: string }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const actions = audit.body.entries.map((e) => e.action)
    expect(actions).toContain('course.handedOver')
    expect(actions).toContain('course.created')

    // The new owner may hand it on; the former owner may not any more.
    expect(
      (await owner.request('POST', `/api/handover/${courseId}`, { email: 'anne@example.dk' })).status,
    ).toBe(403)
  })
})
