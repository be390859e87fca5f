import { ValidationError } from '@bordenden/model'
import { useState } from 'react'
import { useWords } from '../words.ts'

/**
 * Runs a model operation and keeps its error for the view to show. The model validates before it writes,
 * so a refused change leaves both the document and the form as they were.
 */
export function useWrite(): { error: string | null; run: (write: () => void) => boolean; clear: () => void } {
  const [error, setError] = useState<string | null>(null)
  const w = useWords()
  return {
    error,
    clear: () => setError(null),
    run(write) {
      try {
        write()
        setError(null)
        return true
      } catch (caught) {
        if (!(caught instanceof ValidationError)) throw caught
        const issues = caught.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        setError(`${w('notSaved')} ${issues.join('; ')}`)
        return false
      }
    },
  }
}
