/**
 * Small-cell suppression for the leader's overview: no figure may come from fewer than MIN_COURSES
 * courses. A suppressed cell is left out (null), never rounded. Because the municipality's figures and
 * each team's are shown together, a suppressed team could be found by subtracting the shown teams from
 * the municipality (and a suppressed category by subtracting the shown ones from a total): each line with
 * a known total is therefore mended until what it hides is nothing or at least MIN_COURSES courses.
 */
export const MIN_COURSES = 5

const hides = (hidden: number) => hidden > 0 && hidden < MIN_COURSES

/**
 * Which of a line's parts may be shown, given each part's course count and that the line's total
 * (the sum) is itself shown. Parts under MIN_COURSES are hidden, then the smallest shown ones too until
 * the hidden ones can no longer be worked out from the total (see mendLine).
 */
export function shownParts(courses: readonly number[], hidden: readonly boolean[] = []): boolean[] {
  const shown = courses.map((n, i) => n >= MIN_COURSES && !hidden[i])
  mendLine(courses, shown)
  return shown
}

/**
 * Hides the smallest shown part of a line (one with a shown total) while its hidden parts can be worked
 * out: a lone hidden part is the total minus the rest, and hidden parts adding up to 1-4 betray a few.
 */
function mendLine(
  courses: readonly number[],
  shown: boolean[],
  preferred: (i: number) => boolean = () => false,
): boolean {
  let changed = false
  for (;;) {
    const hidden = courses.filter((n, i) => !shown[i] && n > 0)
    const sum = hidden.reduce((s, n) => s + n, 0)
    if (hidden.length !== 1 && !hides(sum)) return changed
    // The smallest part, first among the preferred (those whose other line hides something already).
    let smallest = -1
    let least = Number.POSITIVE_INFINITY
    courses.forEach((n, i) => {
      const cost = preferred(i) ? n : n + 1e9
      if (shown[i] && n > 0 && cost < least) [smallest, least] = [i, cost]
    })
    if (smallest < 0) return changed
    shown[smallest] = false
    changed = true
  }
}

/**
 * A table of counts (groups × categories) whose rows sum to each group's shown total and whose columns
 * sum to the municipality's row. Returns which group cells and which municipality cells may be shown;
 * rows and columns are mended in turn until neither reveals a hidden cell. `hiddenGroups` are groups
 * suppressed as a whole.
 */
export function shownTable(
  counts: readonly (readonly number[])[],
  hiddenGroups: readonly boolean[],
): { groups: boolean[][]; municipality: boolean[] } {
  const categories = counts[0]?.length ?? 0
  const column = (k: number) => counts.map((row) => row[k] ?? 0)
  const municipalityCounts = Array.from({ length: categories }, (_, k) =>
    column(k).reduce((s, n) => s + n, 0),
  )
  const municipality = municipalityCounts.map((n) => n >= MIN_COURSES)
  mendLine(municipalityCounts, municipality)
  const groups = counts.map((row, g) => row.map((n) => n >= MIN_COURSES && !hiddenGroups[g]))
  const hidesIn = (mask: readonly boolean[], line: readonly number[]) =>
    mask.some((s, i) => !s && (line[i] ?? 0) > 0)
  for (let changed = true; changed; ) {
    changed = false
    groups.forEach((shown, g) => {
      const colHides = (k: number) =>
        hidesIn(
          groups.map((r) => r[k] ?? false),
          column(k),
        )
      if (mendLine(counts[g] ?? [], shown, colHides)) changed = true
    })
    for (let k = 0; k < categories; k++) {
      if (!municipality[k]) {
        // A hidden municipality cell is not a total anyone can subtract from; its groups' cells are
        // each smaller than MIN_COURSES unless the municipality was hidden by mending, so hide them all.
        for (const row of groups) {
          if (row[k]) changed = true
          row[k] = false
        }
        continue
      }
      const shown = groups.map((row) => row[k] ?? false)
      const rowHides = (g: number) => hidesIn(groups[g] ?? [], counts[g] ?? [])
      if (mendLine(column(k), shown, rowHides)) {
        groups.forEach((row, g) => {
          row[k] = shown[g] ?? false
        })
        changed = true
      }
    }
  }
  return { groups, municipality }
}
