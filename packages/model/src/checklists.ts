import type * as Y from 'yjs'
import type { CourseDoc, CoursePhase } from './course.ts'
import { type Actor, fail, parseOrThrow } from './entity.ts'
import { requiredText, text, timestamp } from './fields.ts'
import type { Locale } from './labels.ts'
import { DocKeys } from './schema.ts'
import * as z from './zod.ts'

/** The phases that end with a checklist: every phase but the pause. */
export const ChecklistPhases = ['referral', 'startup', 'networkMeetings', 'closing'] as const
export type ChecklistPhase = (typeof ChecklistPhases)[number]

/** A text in Danish, optionally in English too; a municipality's own template may be Danish only. */
const localTextSchema = z.object({ da: requiredText(500), en: text(500).optional() })
export type LocalText = z.infer<typeof localTextSchema>

/** A short stable id for a section or item, so ticks survive a reworded question. */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected lower-case letters, digits and dashes')

export const checklistSectionSchema = z.object({
  id: slug,
  phase: z.enum(ChecklistPhases),
  title: localTextSchema,
  /** Ticked off once per network meeting (phase 2: before, during, after each meeting), not per course. */
  perMeeting: z.boolean().default(false),
  items: z
    .array(z.object({ id: slug, text: localTextSchema }))
    .min(1, 'a section needs at least one item')
    .max(30),
})
export type ChecklistSection = z.infer<typeof checklistSectionSchema>

/**
 * The checklists a municipality works with, in order. Item ids are unique across the whole template,
 * because a tick in the document names only the item.
 */
export const checklistTemplateSchema = z
  .array(checklistSectionSchema)
  .min(1)
  .max(40)
  .superRefine((sections, ctx) => {
    const seen = new Set<string>()
    sections.forEach((section, s) => {
      if (seen.has(`section:${section.id}`)) {
        ctx.addIssue({ code: 'custom', path: [s, 'id'], message: `section id ${section.id} is used twice` })
      }
      seen.add(`section:${section.id}`)
      section.items.forEach((item, i) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [s, 'items', i, 'id'],
            message: `item id ${item.id} is used twice`,
          })
        }
        seen.add(item.id)
      })
    })
  })
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>

/** Validates a municipality's template (e.g. read from a file); throws a ValidationError naming the bad field. */
export function parseChecklistTemplate(value: unknown): ChecklistTemplate {
  return parseOrThrow('checklist template', checklistTemplateSchema, value)
}

const item = (id: string, da: string, en: string) => ({ id, text: { da, en } })

/**
 * The checklists at the end of each phase in the method handbook (seed 000), in its words. Phase 2 has
 * three: before, during and after a network meeting.
 */
export const defaultChecklistTemplate: ChecklistTemplate = parseChecklistTemplate([
  {
    id: 'phase-0',
    phase: 'referral',
    title: { da: 'Tjekliste fase 0', en: 'Checklist phase 0' },
    items: [
      item(
        'target-group',
        'Er den lokale målgruppe for Samarbejdsmodellen tydeligt defineret?',
        'Is the local target group clearly defined?',
      ),
      item(
        'referral-material',
        'Er der udarbejdet kommunikationsmateriale og henvisningsskema?',
        'Are there information material and a referral form?',
      ),
      item(
        'outreach',
        'Er det opsøgende arbejde sat i system og understøttet af den tværgående ledelse?',
        'Is outreach organised and backed by the cross-cutting management?',
      ),
      item(
        'admission',
        'Har kommunen etableret en agil og smidig visitationsprocedure med en tydelig indgang til visiterende myndighed?',
        'Does the municipality have a quick admission procedure with one clear way in?',
      ),
    ],
  },
  {
    id: 'phase-1',
    phase: 'startup',
    title: { da: 'Tjekliste for fase 1', en: 'Checklist for phase 1' },
    items: [
      item(
        'purpose',
        'Kan borgeren se formålet med forløbet i Samarbejdsmodellen?',
        'Can the citizen see the purpose of the course?',
      ),
      item(
        'expectations',
        'Har borgeren og den tværgående koordinator afstemt forventninger til forløbet?',
        'Have the citizen and the coordinator agreed what to expect of the course?',
      ),
      item(
        'network-mapped',
        'Har borgeren kortlagt sit netværk og sine indsatser?',
        'Has the citizen mapped their network and services?',
      ),
      item(
        'hopes-and-dreams',
        'Har borgeren undersøgt sin livssituation og motivation, herunder ønsker, håb og drømme for fremtiden?',
        'Has the citizen looked at their life and motivation, including wishes, hopes and dreams?',
      ),
    ],
  },
  {
    id: 'phase-2-prepare',
    phase: 'networkMeetings',
    perMeeting: true,
    title: {
      da: 'Tjekliste for fase 2 - Forberedelse af tværfagligt netværksmøde',
      en: 'Checklist for phase 2 - Preparing the network meeting',
    },
    items: [
      item(
        'themes-and-goal',
        'Har borgeren og koordinatoren sammen besluttet tema for netværksmødet og borgerens overordnede mål?',
        "Have the citizen and the coordinator together chosen the meeting's themes and the citizen's overall goal?",
      ),
      item(
        'participants-chosen',
        'Har borgeren og koordinatoren sammen udvalgt deltagerne?',
        'Have the citizen and the coordinator together chosen the participants?',
      ),
      item(
        'roles-and-care',
        'Har borgeren og koordinatoren sammen aftalt rollefordeling og særlige hensyn?',
        'Have the citizen and the coordinator together agreed roles and special care?',
      ),
      item(
        'participants-prepared',
        'Har koordinatoren inviteret deltagerne og forberedt dem på opgaven?',
        'Has the coordinator invited the participants and prepared them?',
      ),
    ],
  },
  {
    id: 'phase-2-hold',
    phase: 'networkMeetings',
    perMeeting: true,
    title: {
      da: 'Tjekliste for fase 2 - Afholdelse af tværfagligt netværksmøde',
      en: 'Checklist for phase 2 - Holding the network meeting',
    },
    items: [
      item(
        'citizen-at-centre',
        'Var borgeren i centrum på mødet fra start til slut?',
        'Was the citizen at the centre of the meeting from start to end?',
      ),
      item(
        'citizens-agenda',
        'Fulgte mødet den dagsorden, som borgeren ønskede?',
        'Did the meeting follow the agenda the citizen wanted?',
      ),
      item(
        'all-heard',
        'Blev borgeren og alle deltagere på mødet hørt?',
        'Were the citizen and every participant heard?',
      ),
      item(
        'owners-agreed',
        'Har borgeren og deltagerne aftalt, hvem der har ansvar for at gennemføre de forskellige handlinger, og har koordinator noteret både mål og aftaler om handlinger i Mål- og aftaleskemaet?',
        'Have the citizen and the participants agreed who does what, and has the coordinator written goals and agreements in the goal and agreement form?',
      ),
      item('minutes', 'Blev der eventuelt taget referat af mødet?', 'Were minutes taken, if wanted?'),
    ],
  },
  {
    id: 'phase-2-follow-up',
    phase: 'networkMeetings',
    perMeeting: true,
    title: {
      da: 'Tjekliste for fase 2 - Opfølgning efter det tværfaglige netværksmøde',
      en: 'Checklist for phase 2 - Following up after the network meeting',
    },
    items: [
      item(
        'record-sent',
        'Har koordinatoren sendt det borgergodkendte Mål- og aftaleskema (og evt. referat) ud til borgeren og deltagerne på det tværfaglige netværksmøde?',
        'Has the coordinator sent the citizen-approved goal and agreement form (and any minutes) to the citizen and the participants?',
      ),
      item(
        'citizen-overview',
        'Har borgeren overblik over de fastsatte mål og de indgåede aftaler?',
        'Does the citizen have an overview of the goals and agreements?',
      ),
      item(
        'meeting-evaluated',
        'Har borgeren og koordinatoren evalueret det tværfaglige netværksmøde, og vurderet om der var de rette deltagere?',
        'Have the citizen and the coordinator evaluated the meeting, and whether the right people were there?',
      ),
      item(
        'followed-up',
        'Har borgeren og koordinatoren fulgt op på de indgåede aftaler mellem møderne?',
        'Have the citizen and the coordinator followed up on the agreements between meetings?',
      ),
    ],
  },
  {
    id: 'phase-3',
    phase: 'closing',
    title: { da: 'Tjekliste for fase 3', en: 'Checklist for phase 3' },
    items: [
      item(
        'closing-meeting',
        'Er et afsluttende tværfagligt netværksmøde afholdt, og er beslutningen om afslutning drøftet af borgeren og deltagerne?',
        'Has a closing network meeting been held, and have the citizen and the participants discussed the decision to close?',
      ),
      item(
        'own-coordination',
        'Har borgeren overblik over indsatser, som eventuelt skal fortsætte med borgerens egen koordinering?',
        'Does the citizen have an overview of the services that go on with the citizen coordinating them?',
      ),
      item(
        'safe-to-close',
        'Er borgeren tryg ved at afslutte forløbet og tryg ved det nye, der skal ske?',
        'Does the citizen feel safe about closing the course and about what comes next?',
      ),
    ],
  },
])

/** A text in the wanted language, Danish when the template has no translation. */
export function localText(text: LocalText, locale: Locale = 'da'): string {
  return (locale === 'en' ? text.en : undefined) || text.da
}

export const checklistTickSchema = z.object({ checked: z.boolean(), at: timestamp, by: z.string() })
export type ChecklistTick = z.infer<typeof checklistTickSchema>

function ticksMap(course: CourseDoc): Y.Map<unknown> {
  return course.doc.getMap(DocKeys.checklist)
}

/** Where a tick is kept: the item id, prefixed by the meeting for a per-meeting checklist. */
const tickKey = (itemId: string, meetingId: string | null) => (meetingId ? `${meetingId}:${itemId}` : itemId)

/**
 * Ticks an item off (or un-ticks it). Only items of `template` can be ticked, so a typo writes nothing;
 * an item of a per-meeting checklist names an existing meeting, any other item none. Who changed it
 * and when is kept with the tick.
 */
export function tickChecklistItem(
  course: CourseDoc,
  template: ChecklistTemplate,
  itemId: string,
  checked: boolean,
  actor: Actor,
  options: { meetingId?: string | null; now?: number } = {},
): ChecklistTick {
  const { meetingId = null, now = Date.now() } = options
  const section = template.find((s) => s.items.some((i) => i.id === itemId))
  if (!section) fail('checklist', `no checklist item with id ${itemId}`, 'itemId')
  if (section.perMeeting && meetingId === null) {
    fail('checklist', 'this checklist is kept per meeting; say which meeting', 'meetingId')
  }
  if (!section.perMeeting && meetingId !== null) {
    fail('checklist', 'this checklist is kept for the whole course, not per meeting', 'meetingId')
  }
  if (meetingId !== null && !course.meetings.get(meetingId)) {
    fail('checklist', `no meeting with id ${meetingId}`, 'meetingId')
  }
  const tick = { checked, at: now, by: actor }
  ticksMap(course).set(tickKey(itemId, meetingId), tick)
  return tick
}

export interface ChecklistItemState {
  id: string
  text: LocalText
  tick: ChecklistTick | null
}

export interface ChecklistProgress {
  section: ChecklistSection
  /** The meeting a per-meeting checklist is shown for; null for the others (and when there is none). */
  meetingId: string | null
  items: ChecklistItemState[]
  done: number
  total: number
}

/**
 * Each section of `template` with which of its items are ticked; per-meeting sections for `meetingId`.
 * Corrupt ticks count as not ticked.
 */
export function checklistProgress(
  course: CourseDoc,
  template: ChecklistTemplate,
  meetingId: string | null = null,
): ChecklistProgress[] {
  const ticks = ticksMap(course)
  return template.map((section) => {
    const scope = section.perMeeting ? meetingId : null
    const items = section.items.map((i) => {
      const stored = section.perMeeting && scope === null ? undefined : ticks.get(tickKey(i.id, scope))
      const parsed = checklistTickSchema.safeParse(stored)
      return { id: i.id, text: i.text, tick: parsed.success ? parsed.data : null }
    })
    const done = items.filter((i) => i.tick?.checked).length
    return { section, meetingId: scope, items, done, total: items.length }
  })
}

/** The sections that belong to `phase` (none for a pause). */
export function checklistsOfPhase(template: ChecklistTemplate, phase: CoursePhase): ChecklistSection[] {
  return template.filter((section) => section.phase === phase)
}
