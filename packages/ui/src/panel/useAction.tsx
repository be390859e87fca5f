import { useState } from 'react'
import { useLocale } from '../locale.tsx'
import { errorText } from './texts.ts'

export interface ActionMessage {
  ok: boolean
  text: string
}

/**
 * Runs what a button or form asks for: busy while it runs, then the confirmation or the error's message
 * to show (a refused change keeps the form's input, so nothing typed is lost).
 */
export function useAction() {
  const locale = useLocale()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<ActionMessage | null>(null)
  const run = async (action: () => unknown, done: string | null = null): Promise<boolean> => {
    setBusy(true)
    try {
      await action()
      setMessage(done === null ? null : { ok: true, text: done })
      return true
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, locale) })
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, run }
}

/** The outcome of an action, announced: politely when it worked, at once when it did not. */
export function ActionResult({ message }: { message: ActionMessage | null }) {
  if (!message) return null
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'bd-ok' : 'bd-error'}>
      {message.text}
    </p>
  )
}
