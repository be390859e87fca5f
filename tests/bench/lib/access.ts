import type { BenchServer } from './servers.ts'

/**
 * Where the clients of one room connect (one address each: on Bordenden each has a link of its own, as
 * each person at a meeting has, so each draws on its own update budget), and the document name it speaks
 * of in the protocol.
 */
export interface RoomAccess {
  urls: string[]
  docName: string
}

/**
 * The one place where the benchmark builds sync URLs and obtains the right to connect.
 * Bordenden: a coordinator is created with the admin CLI and signs in; each room is a course created
 * through the API, opened with an editing share link (`?token=`), as a meeting participant would.
 * Hocuspocus: one URL, the document named inside every message. y-websocket: the room is the path.
 */
export async function prepareRooms(
  server: BenchServer,
  rooms: readonly string[],
  clientsPerRoom = 1,
): Promise<Map<string, RoomAccess>> {
  const same = (url: string) => Array.from({ length: clientsPerRoom }, () => url)
  const base = `127.0.0.1:${server.port}`
  const out = new Map<string, RoomAccess>()
  if (server.spec.id === 'hocuspocus') {
    for (const room of rooms) out.set(room, { urls: same(`ws://${base}/`), docName: room })
    return out
  }
  if (server.spec.id !== 'bordenden') {
    for (const room of rooms) out.set(room, { urls: same(`ws://${base}/${room}`), docName: room })
    return out
  }
  const { api } = await coordinatorSession(server)
  let next = 0
  const worker = async () => {
    while (next < rooms.length) {
      const room = rooms[next++] as string
      const created = await api<{ course: { id: string } }>('POST', '/api/courses', {
        title: `Bench ${room}`,
        citizenName: 'Bench Borger',
      })
      const courseId = created.course.id
      const urls: string[] = []
      for (let i = 0; i < clientsPerRoom; i++) {
        const now = Date.now()
        const link = await api<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
          kind: 'participant',
          label: `bench ${i + 1}`,
          editFrom: now - 60_000,
          editUntil: now + 24 * 3600_000,
        })
        urls.push(`ws://${base}/sync/${courseId}?token=${encodeURIComponent(link.token)}`)
      }
      out.set(room, { urls, docName: courseId })
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return out
}

export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>

/** One signed-in browser, as far as the API sees it: requests carry its session cookie. */
export interface Session {
  api: Api
  cookie: () => string
}

function session(server: BenchServer): Session {
  let cookie = ''
  const api: Api = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) cookie = setCookie.split(';')[0] ?? ''
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
    return JSON.parse(text) as T
  }
  return { api, cookie: () => cookie }
}

/** A coordinator created with the admin CLI and signed in; `signIn` opens another session of theirs. */
export async function coordinatorSession(
  server: BenchServer,
): Promise<{ api: Api; signIn: () => Promise<Session> }> {
  const email = 'bench-koordinator@example.dk'
  const output = server.cli(['create-user', '--email', email, '--name', 'Bench Koordinator'])
  const password = /password: (\S+)/.exec(output)?.[1]
  if (!password) throw new Error(`create-user printed no password: ${output}`)
  const signIn = async () => {
    const signedIn = session(server)
    await signedIn.api('POST', '/api/auth/login', { email, password })
    return signedIn
  }
  return { api: (await signIn()).api, signIn }
}
