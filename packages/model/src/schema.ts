/**
 * The layout of a course document. Every shared type at the root of the Y.Doc is named here;
 * renaming or reshaping one is a migration (see migrations.ts), never an in-place edit.
 * Each entity collection is a Y.Map<id, Y.Map<field, JSON value>>; entities refer to each other by id.
 */
export const DocKeys = {
  /** Y.Map: course metadata and the schema version. */
  meta: 'meta',
  /** The network around the citizen (NetworkPerson). */
  people: 'people',
  /** The network meetings, each with its frame, invitees and attendance, and where the agenda is. */
  meetings: 'meetings',
  /** The agenda items of all meetings (by meetingId); a theme carries its dialogue state. */
  agendaItems: 'agendaItems',
  /** The parking lots of all meetings (by meetingId). */
  parkedTopics: 'parkedTopics',
  /** The citizen's goals. */
  goals: 'goals',
  /** The agreements, each with its status history. */
  agreements: 'agreements',
  /** Y.Array used as a YKeyValue: the tldraw canvas records (layout and free drawing). */
  canvas: 'canvas',
  /** Y.Array of phase changes, closings and reopenings (PhaseChange), oldest first; the current phase is in meta. */
  phaseChanges: 'phaseChanges',
  /** Y.Map<item id, or `meetingId:itemId` for a per-meeting checklist, ChecklistTick>: what is ticked off. */
  checklist: 'checklist',
  /** Y.Map with one key, `closure`: how the course was closed (Closure), absent while it runs. */
  closing: 'closing',
} as const

/** The schema version this build of the model writes. Documents are migrated up to it on load. */
export const SCHEMA_VERSION = 5

/** Transaction origin for changes made by migrations, so observers can tell them from user edits. */
export const MIGRATION_ORIGIN = 'bordenden:migration'
