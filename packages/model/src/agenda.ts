import type { CourseDoc } from './course.ts'
import { dialogueStateSchema } from './dialogue.ts'
import {
  type Actor,
  entityBaseShape,
  fail,
  type Guarded,
  parseOrThrow,
  type ValidationIssue,
} from './entity.ts'
import { idSchema, requiredText, text } from './fields.ts'
import type { Meeting } from './meeting.ts'
import * as z from './zod.ts'

/**
 * The agenda is a contract of purpose, content and form (Furesø's guide). Its fixed items open and close
 * the meeting; between them come the citizen's themes, each discussed with the dialogue process.
 */
export const AgendaSections = ['opening', 'themes', 'closing'] as const
export type AgendaSection = (typeof AgendaSections)[number]

export const agendaItemSchema = z
  .object({
    ...entityBaseShape,
    meetingId: idSchema,
    section: z.enum(AgendaSections),
    /** Order within the section. */
    position: z.number(),
    /** For a theme: the citizen's own words. */
    title: requiredText(200),
    /** Why the item is on the agenda, what it should lead to. */
    purpose: text(1000).default(''),
    minutes: z.number().int().min(1).max(240).nullable().default(null),
    /** The dialogue process of a theme; null until it starts. */
    dialogue: dialogueStateSchema.nullable().default(null),
    /** The item that goes through the open agreements and parked topics since the last meeting. */
    followUp: z.boolean().default(false),
  })
  .refine((item) => item.section === 'themes' || item.dialogue === null, {
    path: ['dialogue'],
    message: 'only a theme has a dialogue',
  })
export type AgendaItem = z.infer<typeof agendaItemSchema>
export type AgendaItemInput = z.input<typeof agendaItemSchema>

export function checkAgendaItem(course: CourseDoc, item: AgendaItem): ValidationIssue[] {
  return course.meetings.get(item.meetingId) ? [] : [{ path: 'meetingId', message: 'no such meeting' }]
}

const templateItemSchema = z.object({
  title: requiredText(200),
  purpose: text(1000).default(''),
  minutes: z.number().int().min(1).max(240).nullable().default(null),
  /** Follow-up since the last meeting: shows what is still open from before, so a first meeting leaves it out. */
  followUp: z.boolean().default(false),
})

/**
 * An agenda template as data, so that a municipality can replace the method's fixed agenda with its own
 * (e.g. from configuration): the items before the themes, the time per theme, the items after them.
 */
export const agendaTemplateSchema = z.object({
  name: requiredText(200),
  opening: z.array(templateItemSchema).max(20),
  themeMinutes: z.number().int().min(1).max(240).nullable().default(null),
  closing: z.array(templateItemSchema).max(20),
})
export type AgendaTemplate = z.input<typeof agendaTemplateSchema>

/** Samarbejdsmodellens faste dagsorden for et tværfagligt netværksmøde. */
export const defaultAgendaTemplate: AgendaTemplate = {
  name: 'Fast dagsorden for tværfagligt netværksmøde',
  opening: [
    {
      title: 'Velkomst og formål',
      purpose:
        'Borgeren byder velkommen. Deltagerne præsenterer sig, og vi gennemgår mødets formål og ramme.',
      minutes: 10,
    },
    {
      title: 'Opfølgning siden sidst',
      purpose: 'Hvordan er det gået med målene og aftalerne siden sidste møde?',
      minutes: 15,
      followUp: true,
    },
  ],
  themeMinutes: 25,
  closing: [
    {
      title: 'Opsummering: hvem gør hvad hvornår',
      purpose: 'Vi gennemgår aftalerne: hvad, hvem og hvornår – og hvem der følger op, hvornår og hvordan.',
      minutes: 10,
    },
    {
      title: 'Evaluering',
      purpose:
        'Borgeren fortæller, hvordan mødet var: blev du hørt, talte vi om det, du ville, passede formen?',
      minutes: 5,
    },
  ],
}

export interface PlannedAgendaItem {
  section: AgendaSection
  title: string
  purpose: string
  minutes: number | null
  followUp: boolean
}

/**
 * The agenda `template` and the citizen's `themes` make, validated; throws ValidationError. A course's
 * `firstMeeting` has nothing to follow up on, so it gets no follow-up item.
 */
export function planAgenda(
  template: unknown,
  themes: readonly string[],
  { firstMeeting = false } = {},
): PlannedAgendaItem[] {
  const t = parseOrThrow('agenda template', agendaTemplateSchema, template)
  const titles = parseOrThrow('theme', z.array(requiredText(200)), themes)
  const kept = (item: { followUp: boolean }) => !(firstMeeting && item.followUp)
  return [
    ...t.opening.filter(kept).map((item) => ({ ...item, section: 'opening' as const })),
    ...titles.map((title) => ({
      section: 'themes' as const,
      title,
      purpose: '',
      minutes: t.themeMinutes,
      followUp: false,
    })),
    ...t.closing.filter(kept).map((item) => ({ ...item, section: 'closing' as const })),
  ]
}

export function createAgendaItems(
  course: CourseDoc,
  meetingId: string,
  planned: readonly PlannedAgendaItem[],
  actor: Actor,
  now = Date.now(),
): AgendaItem[] {
  return course.doc.transact(() =>
    planned.map((item, index) =>
      course.agendaItems.create({ ...item, meetingId, position: index }, actor, now),
    ),
  )
}

/** The meeting's agenda in order: opening items, the themes, closing items. */
export function agendaOf(course: CourseDoc, meetingId: string): AgendaItem[] {
  const rank = (item: AgendaItem) => AgendaSections.indexOf(item.section)
  return course.agendaItems
    .list()
    .filter((item) => item.meetingId === meetingId)
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.createdAt - b.createdAt)
}

/** The citizen's themes for the meeting, in order. */
export function themesOf(course: CourseDoc, meetingId: string): AgendaItem[] {
  return agendaOf(course, meetingId).filter((item) => item.section === 'themes')
}

/** Adds an item at the end of its section (a theme goes after the other themes). */
export function addAgendaItem(
  course: CourseDoc,
  meetingId: string,
  item: Pick<AgendaItemInput, 'section' | 'title' | 'purpose' | 'minutes'>,
  actor: Actor,
  now = Date.now(),
): AgendaItem {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'closed') fail('agenda item', 'the agenda of a closed meeting is kept as it was')
  const positions = agendaOf(course, meetingId)
    .filter((other) => other.section === item.section)
    .map((other) => other.position)
  const position = Math.max(-1, ...positions) + 1
  return course.agendaItems.create({ ...item, meetingId, position }, actor, now)
}

/** Moves an item to `toIndex` within its section. */
export function moveAgendaItem(
  course: CourseDoc,
  itemId: string,
  toIndex: number,
  actor: Actor,
  now = Date.now(),
) {
  const item = course.agendaItems.getOrThrow(itemId)
  if (course.meetings.getOrThrow(item.meetingId).status === 'closed')
    fail('agenda item', 'the agenda of a closed meeting is kept as it was')
  const section = agendaOf(course, item.meetingId).filter((other) => other.section === item.section)
  const others = section.filter((other) => other.id !== itemId)
  others.splice(Math.max(0, Math.min(toIndex, others.length)), 0, item)
  course.doc.transact(() => {
    others.forEach((other, position) => {
      if (other.position !== position) course.agendaItems.update(other.id, { position }, actor, now)
    })
  })
}

/** Removes an item that is not being discussed and has not been discussed with the dialogue process. */
export function removeAgendaItem(course: CourseDoc, itemId: string): void {
  const item = course.agendaItems.getOrThrow(itemId)
  const meeting = course.meetings.getOrThrow(item.meetingId)
  if (meeting.status === 'closed') fail('agenda item', 'the agenda of a closed meeting is kept as it was')
  if (meeting.currentItemId === itemId) fail('agenda item', 'is being discussed now')
  if (item.dialogue !== null) fail('agenda item', 'its dialogue has started', 'dialogue')
  course.agendaItems.delete(itemId)
}

/**
 * Makes `to` the current item of an open meeting, if `from` is still the current one. Naming the item it
 * moves away from makes a stale click (someone else moved on already) a no-op instead of a double move.
 */
export function goToAgendaItem(
  course: CourseDoc,
  meetingId: string,
  from: string | null,
  to: string,
  actor: Actor,
  now = Date.now(),
): Guarded<Meeting> {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.currentItemId !== from) return { applied: false, value: meeting }
  if (meeting.status !== 'open') fail('meeting', 'the agenda moves only while the meeting is open', 'status')
  const value = course.meetings.update(meetingId, { currentItemId: to, currentItemSince: now }, actor, now)
  return { applied: true, value }
}

/** Moves an open meeting on from `from` to the next agenda item (or the first one when `from` is null). */
export function advanceAgenda(
  course: CourseDoc,
  meetingId: string,
  from: string | null,
  actor: Actor,
  now = Date.now(),
): Guarded<Meeting> {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.currentItemId !== from) return { applied: false, value: meeting }
  const agenda = agendaOf(course, meetingId)
  const next = agenda[from === null ? 0 : agenda.findIndex((item) => item.id === from) + 1]
  if (!next) fail('meeting', 'the agenda has no further item; close the meeting instead', 'currentItemId')
  return goToAgendaItem(course, meetingId, from, next.id, actor, now)
}
