import { formatDate } from '@bordenden/text'
import { formatDue } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import { useFollowUpTexts } from './texts.ts'

/** What both follow-up lists know of an agreement's follow-up (the server's follow-up answer). */
interface FollowedUp {
  followUp: { who: string | null; when: string | null; how: string }
  managerAnswerBy: string | null
}

/**
 * The lines both follow-up lists (the web's and the extension's panel) show under an agreement: who follows
 * up, when and how, and by when a leader answers; null where there is nothing to say.
 */
export function useFollowUpLines(agreement: FollowedUp, today: string) {
  const t = useFollowUpTexts()
  const locale = useLocale()
  const { who, when, how } = agreement.followUp
  const followUp = [who, when && formatDue(when, today, locale), how].filter(Boolean).join(', ')
  const answerBy = agreement.managerAnswerBy
  return {
    followUp: followUp ? `${t('followUpBy')}: ${followUp}` : null,
    answerBy: answerBy ? `${t('answerBy')}: ${formatDate(answerBy, 'dayWithWeekday', locale, today)}` : null,
  }
}
