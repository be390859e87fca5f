import type { FigureFormat } from '@bordenden/model'
import { formatNumber, useLocale } from '@bordenden/ui'

/** The leader page's figures in the page's language, each with its unit's decimals. */
export function useFigureFormat(): FigureFormat {
  const locale = useLocale()
  return (value, digits) => formatNumber(value, locale, digits, digits)
}
