import type { Catalog } from '@bordenden/text'
import { citizenTexts } from './citizen/texts.ts'
import { courseTexts, followUpListTexts, followUpTexts, timelineTexts } from './course/texts.ts'
import { dueTexts } from './dates.ts'
import { errorTexts } from './errorTexts.ts'
import { switchTexts } from './LanguageSwitch.tsx'
import { measureTexts } from './measures/texts.ts'
import { panelTexts } from './panel/texts.ts'
import { words } from './words.ts'

/** Every catalog of the shared views, for the test that each is complete in both languages. */
export const uiCatalogs: Readonly<Record<string, Catalog>> = {
  words,
  citizenTexts,
  courseTexts,
  followUpTexts,
  followUpListTexts,
  timelineTexts,
  dueTexts,
  errorTexts,
  switchTexts,
  measureTexts,
  panelTexts,
}
