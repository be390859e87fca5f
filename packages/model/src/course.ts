import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'
import { type AgendaItem, type AgendaItemInput, agendaItemSchema, checkAgendaItem } from './agenda.ts'
import { type Agreement, type AgreementInput, agreementSchema, checkAgreement } from './agreements.ts'
import { EntityCollection, fail, parseOrThrow } from './entity.ts'
import { requiredText, text } from './fields.ts'
import { checkGoal, type Goal, type GoalInput, goalReferences, goalSchema } from './goals.ts'
import { checkMeeting, type Meeting, type MeetingInput, meetingReferences, meetingSchema } from './meeting.ts'
import {
  type NetworkPerson,
  type NetworkPersonInput,
  networkPersonSchema,
  personReferences,
  withdrawInvitations,
} from './network.ts'
import { checkParkedTopic, type ParkedTopic, type ParkedTopicInput, parkedTopicSchema } from './parking.ts'
import { PeopleStore } from './private-data.ts'
import { DocKeys, SCHEMA_VERSION } from './schema.ts'
import * as z from './zod.ts'

/** The course phases from the method handbook (0-3), plus a pause that can happen in any phase. */
export const CoursePhases = ['referral', 'startup', 'networkMeetings', 'closing', 'paused'] as const
export type CoursePhase = (typeof CoursePhases)[number]

export const courseMetaSchema = z.object({
  courseId: z.string().min(1),
  title: z.string().max(200),
  citizenName: z.string().max(200),
  phase: z.enum(CoursePhases),
  createdAt: z.number().int().nonnegative(),
  /**
   * Whom the citizen calls about the course, printed on the citizen's page. Null until set, and in
   * documents written before the field existed, so no migration is needed.
   */
  coordinator: z
    .object({ name: requiredText(200), phone: text(40).default('') })
    .nullable()
    .default(null),
})
export type CourseMeta = z.infer<typeof courseMetaSchema>

/**
 * The typed view of one course. It owns no state of its own: everything lives in the Y.Docs, so the same
 * CourseDoc works in the server, the board, the citizen page and the extension. `doc` is the shared board
 * document everyone with access syncs; `privateDoc` the coordinator-only one (see private-data.ts), absent
 * for everyone else, who then see no contact details, consent or people the citizen does not want involved.
 */
export class CourseDoc {
  readonly doc: Y.Doc
  readonly privateDoc: Y.Doc | null
  readonly people: EntityCollection<NetworkPerson, NetworkPersonInput>
  readonly meetings: EntityCollection<Meeting, MeetingInput>
  readonly agendaItems: EntityCollection<AgendaItem, AgendaItemInput>
  readonly parkedTopics: EntityCollection<ParkedTopic, ParkedTopicInput>
  readonly goals: EntityCollection<Goal, GoalInput>
  readonly agreements: EntityCollection<Agreement, AgreementInput>

  constructor(doc: Y.Doc, privateDoc: Y.Doc | null = null) {
    this.doc = doc
    this.privateDoc = privateDoc
    this.people = new EntityCollection('person', new PeopleStore(doc, privateDoc), networkPersonSchema, {
      // Without the coordinator-only document the flag could not be kept: the person would be shown.
      check: (person) =>
        person.excludedByCitizen && !privateDoc
          ? [
              {
                path: 'excludedByCitizen',
                message: "only the course's coordinators keep who is not involved",
              },
            ]
          : [],
      blockDelete: (id) => personReferences(this, id),
      afterWrite: (person) => withdrawInvitations(this, person),
    })
    this.meetings = new EntityCollection('meeting', doc.getMap(DocKeys.meetings), meetingSchema, {
      check: (meeting) => checkMeeting(this, meeting),
      blockDelete: (id) => meetingReferences(this, id),
    })
    this.agendaItems = new EntityCollection(
      'agenda item',
      doc.getMap(DocKeys.agendaItems),
      agendaItemSchema,
      {
        check: (item) => checkAgendaItem(this, item),
      },
    )
    this.parkedTopics = new EntityCollection(
      'parked topic',
      doc.getMap(DocKeys.parkedTopics),
      parkedTopicSchema,
      {
        check: (topic) => checkParkedTopic(this, topic),
      },
    )
    this.goals = new EntityCollection('goal', doc.getMap(DocKeys.goals), goalSchema, {
      check: (goal) => checkGoal(this, goal),
      blockDelete: (id) => goalReferences(this, id),
    })
    this.agreements = new EntityCollection('agreement', doc.getMap(DocKeys.agreements), agreementSchema, {
      check: (agreement) => checkAgreement(this, agreement),
    })
  }

  private get metaMap(): Y.Map<unknown> {
    return this.doc.getMap(DocKeys.meta)
  }

  /** The schema version stored in the document; 0 for a document that has never been initialised. */
  get schemaVersion(): number {
    const v = this.metaMap.get('schemaVersion')
    return typeof v === 'number' ? v : 0
  }

  /** Fills an empty document with a course's metadata at the current schema version. */
  initialise(
    meta: Omit<CourseMeta, 'createdAt' | 'phase' | 'coordinator'> &
      Partial<Pick<CourseMeta, 'phase' | 'createdAt' | 'coordinator'>>,
  ) {
    const parsed = parseOrThrow('course', courseMetaSchema, {
      phase: 'referral',
      createdAt: Date.now(),
      ...meta,
    })
    this.doc.transact(() => {
      for (const [key, value] of Object.entries(parsed)) this.metaMap.set(key, value)
      this.metaMap.set('schemaVersion', SCHEMA_VERSION)
    })
  }

  /** The course metadata, or undefined for an uninitialised or corrupt document. */
  readMeta(): CourseMeta | undefined {
    const result = courseMetaSchema.safeParse(this.metaMap.toJSON())
    return result.success ? result.data : undefined
  }

  updateMeta(patch: Partial<Omit<CourseMeta, 'courseId' | 'createdAt'>>): CourseMeta {
    const current = this.readMeta()
    if (!current) fail('course', 'the course document has no valid metadata')
    const next = parseOrThrow('course', courseMetaSchema, { ...current, ...patch })
    this.doc.transact(() => {
      for (const key of Object.keys(patch))
        if (key in next) this.metaMap.set(key, next[key as keyof CourseMeta])
    })
    return next
  }

  observeMeta(listener: () => void): () => void {
    const handler = () => listener()
    this.metaMap.observe(handler)
    return () => this.metaMap.unobserve(handler)
  }

  /**
   * Calls `listener` after any change to the structured content (metadata, every entity collection and
   * the course's phases, checklist ticks and closing),
   * but not to the canvas: a view of the model need not redraw while someone drags a shape.
   */
  observeContent(listener: () => void): () => void {
    const stops = [
      this.observeMeta(listener),
      this.people.observe(listener),
      this.meetings.observe(listener),
      this.agendaItems.observe(listener),
      this.parkedTopics.observe(listener),
      this.goals.observe(listener),
      this.agreements.observe(listener),
      ...[DocKeys.phaseChanges, DocKeys.checklist, DocKeys.closing].map((key) => {
        const type = key === DocKeys.phaseChanges ? this.doc.getArray(key) : this.doc.getMap(key)
        const handler = () => listener()
        type.observeDeep(handler)
        return () => type.unobserveDeep(handler)
      }),
    ]
    return () => {
      for (const stop of stops) stop()
    }
  }

  /**
   * The canvas records (tldraw) as a key-value structure: a YKeyValue keeps one entry per key in a
   * Y.Array, so a record rewritten thousands of times does not leave thousands of map tombstones.
   */
  canvasRecords<T = unknown>(): YKeyValue<T> {
    return new YKeyValue<T>(this.doc.getArray(DocKeys.canvas))
  }
}
