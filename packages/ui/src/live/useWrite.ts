import { ValidationError } from '@bordenden/model'
import { useState } from 'react'

/**
 * Runs a model operation and keeps its error for the view to show. The model validates before it writes,
 * so a refused change leaves both the document and the form as they were.
 */
export function useWrite(): { error: string | null; run: (write: () => void) => boolean; clear: () => void } {
  const [error, setError] = useState<string | null>(null)
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
        setError(caught.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '))
        return false
      }
    },
  }
}
