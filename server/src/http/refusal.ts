import type { ErrorCode, ErrorDetails } from '@bordenden/contract'
import type { Context } from 'hono'
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status'

/**
 * The one shape of every refusal: a code from @bordenden/contract and what the client needs to say it
 * (`{ error: { code, details } }`). The words are the client's, in its reader's language.
 */
export const refuse = <S extends ClientErrorStatusCode | ServerErrorStatusCode>(
  c: Context,
  status: S,
  code: ErrorCode,
  details?: ErrorDetails,
) => c.json({ error: details === undefined ? { code } : { code, details } }, status)
