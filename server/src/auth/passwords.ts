import { hash, verify } from '@node-rs/argon2'
import {
  MAX_PASSWORD_LENGTH,
  type PasswordFault,
  passwordFault,
  passwordFaultText,
} from './password-policy.ts'

export class WeakPasswordError extends Error {
  override name = 'WeakPasswordError'
  readonly code: PasswordFault
  /** The same fault in English, for the admin command and API clients. */
  readonly english: string

  constructor(code: PasswordFault) {
    super(passwordFaultText[code].da)
    this.code = code
    this.english = passwordFaultText[code].en
  }
}

/**
 * Argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP minimum), of a password that
 * passes the policy (password-policy.ts). `userInputs`: the user's e-mail and name.
 */
export async function hashPassword(password: string, userInputs: readonly string[] = []): Promise<string> {
  const fault = passwordFault(password, userInputs)
  if (fault) throw new WeakPasswordError(fault)
  return hash(password)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal which emails do. */
export const decoyHash = hash('bordenden-decoy-password')
