/** What the citizen asks for before a meeting: a topic to talk about, or one not to discuss. */
export const SuggestionKinds = ['theme', 'notToDiscuss'] as const
export type SuggestionKind = (typeof SuggestionKinds)[number]

/**
 * A topic the citizen suggested on her page. Kept outside the shared document until the coordinator
 * accepts it into the next meeting's agenda (or declines it), so the other participants never see a
 * topic she did not want discussed unless it is agreed.
 */
export interface TopicSuggestion {
  id: string
  courseId: string
  kind: SuggestionKind
  text: string
  /** The actor who wrote it (the citizen's link); kept on the agenda item when accepted. */
  writtenBy: string
  createdAt: number
}

export interface SuggestionStore {
  addSuggestion(suggestion: TopicSuggestion): Promise<void>
  /** The suggestions not yet accepted or declined, oldest first. */
  pendingSuggestions(courseId: string): Promise<TopicSuggestion[]>
  /** Settles a pending suggestion; false when it was not pending (settled already, or unknown). */
  settleSuggestion(
    courseId: string,
    id: string,
    decision: { accepted: boolean; by: string; at: number },
  ): Promise<boolean>
}

/** A stored row (SQLite or PostgreSQL) as a suggestion. */
export const toSuggestion = (row: Record<string, unknown>): TopicSuggestion => ({
  id: String(row.id),
  courseId: String(row.course_id),
  kind: row.kind as SuggestionKind,
  text: String(row.text),
  writtenBy: String(row.written_by),
  createdAt: Number(row.created_at),
})
