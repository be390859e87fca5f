import { type FollowUpCourse, type FollowUpGroup, FollowUpGroups, type FollowUpItem } from './useFollowUps.ts'

/** An agreement in the one group it is listed under, with the later groups that also hold it. */
export interface PlacedFollowUp {
  item: FollowUpItem
  alsoIn: FollowUpGroup[]
}

/**
 * One course's follow-up list with each agreement once: under the most urgent of its groups (the server's
 * order: over the deadline, within 7 days, follow-up due, awaiting a leader, then the changes), the others
 * said on its line. The server gives an agreement in every group it belongs to.
 */
export function placeOnce(course: FollowUpCourse): { group: FollowUpGroup; items: PlacedFollowUp[] }[] {
  const placed = new Set<string>()
  return FollowUpGroups.map((group, index) => {
    const items: PlacedFollowUp[] = []
    for (const item of course[group]) {
      if (placed.has(item.id)) continue
      placed.add(item.id)
      const later = FollowUpGroups.slice(index + 1)
      items.push({ item, alsoIn: later.filter((other) => course[other].some((o) => o.id === item.id)) })
    }
    return { group, items }
  })
}
