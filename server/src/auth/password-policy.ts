import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import { danishWords } from './danish-words.ts'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256
/**
 * zxcvbn's score 3 means about 10^8 guesses: "safely unguessable" online, where the sign-in limits
 * hold an attacker to a few guesses per minute. Lower scores are passwords on lists or built from words.
 */
const MIN_SCORE = 3

export type PasswordFault = 'password_too_short' | 'password_too_long' | 'password_common'

/** What is wrong with a new password, in Danish for the UI and in English for the operator. */
export const passwordFaultText: Record<PasswordFault, { da: string; en: string }> = {
  password_too_short: {
    da: `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`,
    en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
  },
  password_too_long: {
    da: `Adgangskoden må højst være ${MAX_PASSWORD_LENGTH} tegn.`,
    en: `The password must be at most ${MAX_PASSWORD_LENGTH} characters.`,
  },
  password_common: {
    da: 'Adgangskoden er for let at gætte (et almindeligt ord, navn eller mønster). Vælg en længere sætning eller tilfældige ord.',
    en: 'The password is too easy to guess (a common word, name or pattern). Choose a longer phrase or random words.',
  },
}

// Built once: the dictionaries are ~1 MB and building the matcher takes a few hundred milliseconds.
let estimator: ZxcvbnFactory | undefined
const strength = (password: string, userInputs: readonly string[]) => {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, danish: [...danishWords] },
    graphs: adjacencyGraphs,
  })
  // The estimate's cost grows superlinearly with length; the first 64 characters decide guessability.
  return estimator.check(password.slice(0, 64), [...userInputs]).score
}

/** Null when the password may be used; otherwise why not. `userInputs`: the e-mail and name, which are guessable too. */
export function passwordFault(password: string, userInputs: readonly string[] = []): PasswordFault | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password_too_short'
  if (password.length > MAX_PASSWORD_LENGTH) return 'password_too_long'
  return strength(password, userInputs) < MIN_SCORE ? 'password_common' : null
}
