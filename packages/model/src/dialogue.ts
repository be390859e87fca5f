import type { AgendaItem } from './agenda.ts'
import type { CourseDoc } from './course.ts'
import { type Actor, fail, type Guarded } from './entity.ts'
import { timestamp } from './fields.ts'
import type { Meeting } from './meeting.ts'
import { citizen, type Party, partySchema, person, sameParty } from './party.ts'
import * as z from './zod.ts'

/**
 * The dialogue process for one of the citizen's themes: the citizen tells, the participants give their
 * perspective one by one, the citizen responds (reflects, corrects), and then the agreements are made.
 */
export const DialoguePhases = ['citizenTells', 'participantRound', 'citizenResponds', 'agreements'] as const
export type DialoguePhase = (typeof DialoguePhases)[number]

/** The phases in which the floor passes from one to the next. */
const BEFORE_RESPONSE: readonly DialoguePhase[] = ['citizenTells', 'participantRound']

/**
 * Stored as one value on the theme's agenda item, so it changes as a whole and never as a mix of two
 * people's clicks. `step` counts every change; each action names the step it acts on and is a no-op
 * when the state has moved on, so two people pressing "next" at once move the round on once. Two
 * different actions made at the same moment on two replicas resolve to one of them, whole.
 * Times are the moments things started (the views compute elapsed time), never ticking counters.
 */
export const dialogueStateSchema = z.object({
  phase: z.enum(DialoguePhases),
  step: z.number().int().nonnegative(),
  startedAt: timestamp,
  phaseStartedAt: timestamp,
  /** Who has the floor; null while the agreements are being made together. */
  speaker: partySchema.nullable(),
  speakerSince: timestamp.nullable(),
  /** Who speaks next, in order: the round (present participants in invite order) and later requests. */
  queue: z.array(partySchema).max(100),
  /** Who has had the floor in the participant round, in order. */
  spoken: z.array(partySchema).max(200),
})
export type DialogueState = z.infer<typeof dialogueStateSchema>

/** The dialogue round: invitees present at the meeting, in invite order, without the facilitator. */
export function roundOrder(meeting: Meeting): Party[] {
  return meeting.invitees
    .filter((i) => i.role === 'participant' && i.attendance === 'present')
    .map((i) => person(i.personId))
}

/**
 * Starts the dialogue of the theme being discussed; a no-op when it has already started. The queue is
 * the round as it stands now; someone who arrives later joins it with `addToQueue`.
 */
export function startDialogue(
  course: CourseDoc,
  itemId: string,
  actor: Actor,
  now = Date.now(),
): Guarded<DialogueState> {
  const item = course.agendaItems.getOrThrow(itemId)
  if (item.dialogue) return { applied: false, value: item.dialogue }
  if (item.section !== 'themes') fail('dialogue', 'only a theme is discussed with the dialogue process')
  const meeting = openMeetingFor(course, item)
  if (meeting.currentItemId !== itemId) fail('dialogue', 'the theme is not the current agenda item')
  const dialogue: DialogueState = {
    phase: 'citizenTells',
    step: 0,
    startedAt: now,
    phaseStartedAt: now,
    speaker: citizen,
    speakerSince: now,
    queue: roundOrder(meeting),
    spoken: [],
  }
  course.agendaItems.update(itemId, { dialogue }, actor, now)
  return { applied: true, value: dialogue }
}

/**
 * Gives the floor to the next in the queue, skipping anyone no longer present. After the last one the
 * floor goes back to the citizen, who responds.
 */
export function nextTurn(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  actor: Actor,
  now = Date.now(),
) {
  return act(course, itemId, fromStep, BEFORE_RESPONSE, actor, now, (state, meeting) => {
    const index = firstPresent(meeting, state.queue)
    const spoken = roundSpoken(state)
    const speaker = state.queue[index]
    if (!speaker) return { phase: 'citizenResponds', speaker: citizen, speakerSince: now, queue: [], spoken }
    return {
      phase: 'participantRound',
      speaker,
      speakerSince: now,
      queue: state.queue.slice(index + 1),
      spoken,
    }
  })
}

/** Where the dialogue goes next: the phase and who has the floor then (null: everyone together). */
export interface NextFloor {
  phase: DialoguePhase
  speaker: Party | null
  /** Who waits after that speaker, in order. */
  waiting: Party[]
}

/**
 * What the facilitator's next step leads to, for the views to show as "next": the next one present in
 * the queue, or, after the last of them, the citizen, who responds; after the response, the agreements
 * made together. Null while the agreements are being made: the theme's dialogue has no further step.
 */
export function nextFloor(meeting: Meeting, state: DialogueState): NextFloor | null {
  if (state.phase === 'agreements') return null
  if (state.phase === 'citizenResponds') return { phase: 'agreements', speaker: null, waiting: [] }
  const index = firstPresent(meeting, state.queue)
  const speaker = state.queue[index]
  if (!speaker) return { phase: 'citizenResponds', speaker: citizen, waiting: [] }
  const waiting = state.queue.slice(index + 1).filter((party) => isPresent(meeting, party))
  return { phase: 'participantRound', speaker, waiting }
}

/** Ends the round early: the citizen gets the floor to respond. */
export function toCitizenResponds(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  actor: Actor,
  now = Date.now(),
) {
  return act(course, itemId, fromStep, BEFORE_RESPONSE, actor, now, (state) => ({
    phase: 'citizenResponds',
    speaker: citizen,
    speakerSince: now,
    queue: [],
    spoken: roundSpoken(state),
  }))
}

/** After the citizen has responded: everyone makes the agreements together. */
export function toAgreements(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  actor: Actor,
  now = Date.now(),
) {
  return act(course, itemId, fromStep, ['citizenResponds'], actor, now, () => ({
    phase: 'agreements',
    speaker: null,
    speakerSince: null,
  }))
}

/** Puts someone present (or the citizen) at the end of the queue, e.g. to add to what they said. */
export function addToQueue(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  party: Party,
  actor: Actor,
  now = Date.now(),
) {
  return act(course, itemId, fromStep, BEFORE_RESPONSE, actor, now, (state, meeting) => {
    if (state.queue.some((queued) => sameParty(queued, party)))
      fail('dialogue', 'is already in the queue', 'queue')
    if (!isPresent(meeting, party)) fail('dialogue', 'only someone present at the meeting can speak', 'queue')
    return { queue: [...state.queue, party] }
  })
}

/** Takes someone out of the queue (they pass, or left). */
export function removeFromQueue(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  party: Party,
  actor: Actor,
  now = Date.now(),
) {
  return act(course, itemId, fromStep, BEFORE_RESPONSE, actor, now, (state) => {
    const queue = state.queue.filter((queued) => !sameParty(queued, party))
    if (queue.length === state.queue.length) fail('dialogue', 'is not in the queue', 'queue')
    return { queue }
  })
}

/** One guarded dialogue action: stale when `fromStep` is not the current step, else checked and applied. */
function act(
  course: CourseDoc,
  itemId: string,
  fromStep: number,
  phases: readonly DialoguePhase[],
  actor: Actor,
  now: number,
  change: (state: DialogueState, meeting: Meeting) => Partial<DialogueState>,
): Guarded<DialogueState> {
  const item = course.agendaItems.getOrThrow(itemId)
  const state = item.dialogue
  if (!state) fail('dialogue', 'has not started', 'dialogue')
  if (state.step !== fromStep) return { applied: false, value: state }
  const meeting = openMeetingFor(course, item)
  if (!phases.includes(state.phase))
    fail('dialogue', `not possible while the phase is ${state.phase}`, 'phase')
  const next: DialogueState = { ...state, ...change(state, meeting), step: state.step + 1 }
  if (next.phase !== state.phase) next.phaseStartedAt = now
  course.agendaItems.update(itemId, { dialogue: next }, actor, now)
  return { applied: true, value: next }
}

function openMeetingFor(course: CourseDoc, item: AgendaItem): Meeting {
  const meeting = course.meetings.getOrThrow(item.meetingId)
  if (meeting.status !== 'open') fail('dialogue', 'the meeting is not open', 'status')
  return meeting
}

/** The index of the first one in `queue` present at the meeting; -1 when there is none. */
function firstPresent(meeting: Meeting, queue: readonly Party[]): number {
  return queue.findIndex((party) => isPresent(meeting, party))
}

function isPresent(meeting: Meeting, party: Party): boolean {
  if (party.kind === 'citizen') return true
  return meeting.invitees.some((i) => i.personId === party.personId && i.attendance === 'present')
}

/** Who has spoken in the round, counting the current speaker once the floor moves on. */
function roundSpoken(state: DialogueState): Party[] {
  return state.phase === 'participantRound' && state.speaker ? [...state.spoken, state.speaker] : state.spoken
}
