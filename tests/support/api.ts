/** A minimal HTTP client for the server's JSON API that keeps the session cookie like a browser does. */
export class ApiClient {
  readonly baseUrl: string
  cookie: string | null = null

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? ''
      this.cookie = pair.endsWith('=') ? null : pair
    }
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers }
  }

  async login(email: string, password: string) {
    const result = await this.request('POST', '/api/auth/login', { email, password })
    if (result.status !== 200)
      throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`)
    return result
  }
}
