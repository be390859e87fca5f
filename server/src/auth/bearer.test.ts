import { describe, expect, it } from 'vitest'
import { bearerFromHeader, bearerFromSubprotocols } from './bearer.ts'

const token = 'abcdefghijklmnopqrstuvwxyz234567'

describe('bearer tokens', () => {
  it('reads the token of an Authorization header, and nothing else', () => {
    expect(bearerFromHeader(`Bearer ${token}`)).toBe(token)
    expect(bearerFromHeader(`bearer  ${token} `)).toBe(token)
    expect(bearerFromHeader(undefined)).toBeNull()
    expect(bearerFromHeader(`Basic ${token}`)).toBeNull()
    expect(bearerFromHeader('Bearer')).toBeNull()
    expect(bearerFromHeader(`Bearer ${token} extra`)).toBeNull()
  })

  it('reads the token offered as a websocket subprotocol after the plain one', () => {
    expect(bearerFromSubprotocols(`bordenden, bearer.${token}`)).toBe(token)
    expect(bearerFromSubprotocols('bordenden')).toBeNull()
    expect(bearerFromSubprotocols(undefined)).toBeNull()
  })
})
