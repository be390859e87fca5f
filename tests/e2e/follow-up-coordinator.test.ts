import { addDays, dateIn } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCourseDoc } from '../support/course-editor.ts'
import { waitFor } from '../support/wait.ts'
import { boardUrl, openBoard, panel, showBoard } from './boardPage.ts'
import { type DemoCourse, openDemoCourse } from './coursePage.ts'

// "Opfølgning: hvem" offers the course's coordinator, who is not one of the citizen's network: chosen in
// the board's agreement form (the extension's panel shows the same form), she is named in the follow-up list.

let demo: DemoCourse

beforeAll(async () => {
  demo = await openDemoCourse('follow-up-coordinator')
  await withCourseDoc(demo.server, demo.api, demo.courseId, (course) =>
    course.updateMeta({ coordinator: { name: 'Karen Koordinator', phone: '' } }),
  )
}, 90_000)
afterAll(() => demo?.close())

interface FollowUps {
  courses: { followUpsDue: { what: string; followUp: { who: string | null } }[] }[]
}

describe('the coordinator as the one who follows up', () => {
  it('is offered in the agreement form and named in the follow-up list', async () => {
    const { page, server, api, courseId } = demo
    await openBoard(page, boardUrl(server.url, courseId), 'Karen')
    await showBoard(page, 'Mål og aftaler')
    const form = panel(page).getByRole('form', { name: 'Ny aftale' })
    await form.getByLabel('Hvad er aftalt').fill('Jens ringer til boligselskabet')
    await form.getByLabel('Hvem gør det').selectOption({ label: 'Jens Madsen' })
    await form.getByLabel('Hvornår', { exact: true }).fill(addDays(dateIn(), 30))
    await form.getByLabel('Opfølgning: hvem').selectOption({ label: 'Karen Koordinator (koordinatoren)' })
    await form.getByLabel('Opfølgning: hvornår').fill(addDays(dateIn(), -1))
    await form.getByRole('button', { name: 'Tilføj' }).click()

    const stored = await waitFor('the agreement to reach the server', () =>
      withCourseDoc(server, api, courseId, (course) =>
        course.agreements.list().find((a) => a.what === 'Jens ringer til boligselskabet'),
      ),
    )
    expect(stored?.followUp.who).toEqual({ kind: 'coordinator' })
    const { body } = await api.request<FollowUps>('GET', '/api/follow-ups')
    const due = body.courses[0]?.followUpsDue.find((a) => a.what === 'Jens ringer til boligselskabet')
    expect(due?.followUp.who).toBe('Karen Koordinator')

    await page.goto(`${server.url}/`)
    const line = page.locator('[data-agreement]', { hasText: 'Jens ringer til boligselskabet' })
    await line.waitFor()
    expect(await line.textContent()).toContain('Opfølgning: Karen Koordinator')
  })
})
