import { errorText } from '@bordenden/ui/panel'
import { describe, expect, it } from 'vitest'
import { serverOrigin } from './server-origin.ts'

const refusal = (input: string) => {
  try {
    serverOrigin(input)
  } catch (error) {
    return { da: errorText(error, 'da'), en: errorText(error, 'en') }
  }
  throw new Error(`${input} was taken`)
}

describe('the server address', () => {
  it('becomes exactly one origin, so the host permission asked for is that origin only', () => {
    expect(serverOrigin('https://bordenden.kommune.dk/board/abc?x=1#y')).toBe('https://bordenden.kommune.dk')
    expect(serverOrigin('bordenden.kommune.dk')).toBe('https://bordenden.kommune.dk')
    expect(serverOrigin('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787')
  })

  it('refuses what is not a web address, with a message to show in either language', () => {
    expect(refusal('ftp://kommune.dk')).toEqual({
      da: 'Adressen skal begynde med https://',
      en: 'The address must start with https://',
    })
    expect(refusal('http://')).toEqual({
      da: 'Adressen er ikke en gyldig webadresse',
      en: 'The address is not a valid web address',
    })
    expect(refusal('javascript:alert(1)').en).toBe('The address is not a valid web address')
  })
})
