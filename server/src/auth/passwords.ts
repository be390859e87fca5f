import { hash, verify } from '@node-rs/argon2'

export const MIN_PASSWORD_LENGTH = 10
const MAX_PASSWORD_LENGTH = 256

export class WeakPasswordError extends Error {
  override name = 'WeakPasswordError'
}

/** Argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP minimum). */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new WeakPasswordError(`Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn`)
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw new WeakPasswordError('Adgangskoden er for lang')
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
