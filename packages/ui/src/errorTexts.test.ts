import { ApiError, ErrorCodes } from '@bordenden/contract'
import { Locales } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import { errorTexts, refusalText } from './errorTexts.ts'

describe('the server’s refusals in words', () => {
  it('has a Danish and an English text for every error code, and no text for a code that is gone', () => {
    expect(Object.keys(errorTexts).sort()).toEqual([...ErrorCodes].sort())
    for (const code of ErrorCodes) {
      for (const locale of Locales) expect(errorTexts[code][locale]?.trim(), `${code} ${locale}`).toBeTruthy()
      expect(errorTexts[code].da, code).not.toBe(errorTexts[code].en)
    }
  })

  it('says a coded refusal in the reader’s language, and nothing for other failures', () => {
    const refused = new ApiError(409, 'record_already_sent')
    expect(refusalText(refused, 'da')).toBe('Referatet er allerede sendt.')
    expect(refusalText(refused, 'en')).toBe('The record has already been sent.')
    expect(refusalText(new ApiError(502), 'da')).toBeNull()
    expect(refusalText(new Error('offline'), 'da')).toBeNull()
  })

  it('reads a refusal from an answer, and no code it does not know', async () => {
    const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 409 })
    const known = await ApiError.of(answer({ error: { code: 'link_revoked', details: { at: 1 } } }))
    expect([known.status, known.code, known.details]).toEqual([409, 'link_revoked', { at: 1 }])
    expect((await ApiError.of(answer({ error: { code: 'no_such_code' } }))).code).toBeNull()
    expect((await ApiError.of(new Response('<html>proxy</html>', { status: 502 }))).code).toBeNull()
  })
})
