import { describe, expect, it } from 'vitest'
import { type ConnectionEvent, type ConnectionStatus, nextStatus } from './connectionStatus.ts'

function run(events: ConnectionEvent[], from: ConnectionStatus = 'connecting'): ConnectionStatus {
  return events.reduce(nextStatus, from)
}

describe('nextStatus', () => {
  it('is connected once the first sync completes', () => {
    expect(run(['synced'])).toBe('connected')
  })

  it('keeps connecting while sockets fail before the first sync', () => {
    expect(run(['socket-closed', 'socket-closed'])).toBe('connecting')
  })

  it('reconnects after losing a synced server and is connected again after the next sync', () => {
    expect(run(['synced', 'socket-closed'])).toBe('reconnecting')
    expect(run(['synced', 'socket-closed', 'socket-closed'])).toBe('reconnecting')
    expect(run(['synced', 'socket-closed', 'synced'])).toBe('connected')
  })

  it('is disconnected for good when refused or destroyed', () => {
    expect(run(['synced', 'refused'])).toBe('disconnected')
    expect(run(['synced', 'destroyed', 'socket-closed'])).toBe('disconnected')
  })

  it('stays outdated, asking for a reload, once the server speaks another schema version', () => {
    expect(run(['outdated'])).toBe('outdated')
    expect(run(['synced', 'outdated', 'socket-closed', 'synced'])).toBe('outdated')
  })
})
