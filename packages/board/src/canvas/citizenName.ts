import { CITIZEN_RADIUS } from '@bordenden/model'
import { nameLines } from '@bordenden/ui'

/** The largest and smallest size (px) of the citizen's name in the circle at the map's centre. */
const NAME_PX = { max: 22, min: 13 }
/** The room inside the circle a line may take: short of the edge, where the circle narrows. */
const ROOM = { w: CITIZEN_RADIUS * 2 * 0.82, h: CITIZEN_RADIUS * 2 * 0.7 }
const LINE_HEIGHT = 1.1

/**
 * The citizen's name inside her circle: split between words into lines, at the largest size at which every
 * line fits ("Sofie Andersen" on two lines rather than "ofie Anderse" cut by the edge).
 */
export function citizenNameInCircle(
  name: string,
  measure: (text: string, px: number) => number,
): { lines: string[]; px: number } {
  for (let px = NAME_PX.max; px > NAME_PX.min; px--) {
    const lines = nameLines(name, (line) => measure(line, px) <= ROOM.w)
    const fits = lines.every((line) => measure(line, px) <= ROOM.w)
    if (fits && lines.length * px * LINE_HEIGHT <= ROOM.h) return { lines, px }
  }
  return { lines: nameLines(name, (line) => measure(line, NAME_PX.min) <= ROOM.w), px: NAME_PX.min }
}

export const CITIZEN_NAME_LINE_HEIGHT = LINE_HEIGHT
