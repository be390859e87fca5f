import type { Context } from 'hono'
import { refuse } from '../http/refusal.ts'

/** zValidator hook: a 400 that says which field is wrong, in a form the UI can show. */
export function invalidBody(
  result: {
    success: boolean
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }
  },
  c: Context,
) {
  if (result.success) return
  const issues = (result.error?.issues ?? []).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }))
  return refuse(c, 400, 'invalid_body', { issues })
}
