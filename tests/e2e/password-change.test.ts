import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'

// Issue 14, fault 7: a new password is checked, and the home page says why one was refused, in Danish
// or in English.

let server: ServerProcess
let browser: TestBrowser
let page: Page
let anne: { email: string; password: string }

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  anne = await server.createUser('anne.kode@kommune.dk', 'Anne Kode')
  page = await browser.newPage('password')
  await page.goto(`${server.url}/login`)
  await page.getByLabel('E-mail').fill(anne.email)
  await page.getByLabel('Adgangskode').fill(anne.password)
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Mine forløb' }).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function change(current: string, next: string) {
  await page.getByLabel('Nuværende adgangskode').fill(current)
  await page.getByLabel('Ny adgangskode').fill(next)
  await page.getByRole('button', { name: 'Skift adgangskode' }).click()
}

describe('changing the password on the home page', () => {
  it('refuses a common one, saying why in Danish, and in English after the switch', async () => {
    await change(anne.password, 'aaaaaaaaaaaa')
    await page.getByRole('alert').filter({ hasText: 'Adgangskoden er for let at gætte' }).waitFor()
    await browser.screenshot(page, 'password-common')
    await change(anne.password, 'kort kode')
    await page.getByRole('alert').filter({ hasText: 'Adgangskoden skal være mindst 12 tegn.' }).waitFor()

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByLabel('Current password').fill(anne.password)
    await page.getByLabel('New password').fill('Sommerhus2024!')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByRole('alert').filter({ hasText: 'The password is too easy to guess' }).waitFor()
    await page.getByRole('button', { name: 'Dansk' }).click()
  })

  it('says when the current password is wrong', async () => {
    await change('ikke min kode', 'hestekræfter i en blå kuffert')
    await page.getByRole('alert').filter({ hasText: 'Den nuværende adgangskode er forkert.' }).waitFor()
  })

  it('changes it to a good one, and the new one signs in', async () => {
    await change(anne.password, 'hestekræfter i en blå kuffert')
    await page.getByRole('status').filter({ hasText: 'Din adgangskode er skiftet.' }).waitFor()
    expect(await page.getByLabel('Ny adgangskode').inputValue()).toBe('')
    expect((await new ApiClient(server.url).login(anne.email, 'hestekræfter i en blå kuffert')).status).toBe(
      200,
    )
  })
})
