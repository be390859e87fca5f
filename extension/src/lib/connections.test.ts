import { errorText } from '@bordenden/ui/panel'
import { afterEach, describe, expect, it } from 'vitest'
import { closeAllConnections, courseConnection, whenSyncedWithin } from './connections.ts'

afterEach(() => closeAllConnections())

describe('a capture waiting for its course to sync', () => {
  it('gives up after the timeout with a message in either language, while the socket still tries', async () => {
    const settings = {
      // Port 1 on this machine: nothing listens there (a privileged port), so the socket keeps retrying.
      serverUrl: 'http://127.0.0.1:1',
      token: 'token',
      user: null,
      locale: 'da' as const,
    }
    const connection = courseConnection(settings, 'course-1')
    const started = Date.now()
    const error = await whenSyncedWithin(connection, 300).then(
      () => null,
      (reason: unknown) => reason,
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(errorText(error, 'da')).toBe(
      'Kunne ikke nå forløbet på Bordenden. Teksten er ikke sendt; prøv igen om lidt.',
    )
    expect(errorText(error, 'en')).toBe(
      'Could not reach the course on Bordenden. The text was not sent; try again shortly.',
    )
    expect(['connecting', 'reconnecting']).toContain(connection.status)
  })
})
