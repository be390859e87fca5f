import type { AgendaSection } from './agenda.ts'
import type { AgreementField, AgreementStatus } from './agreements.ts'
import type { CoursePhase } from './course.ts'
import type { DialoguePhase } from './dialogue.ts'
import type { GoalStatus, LifeArea } from './goals.ts'
import type { Attendance, MeetingDuty, MeetingRole, MeetingStatus } from './meeting.ts'
import type { ConsentStatus, Ring, Sector } from './network.ts'
import type { ParkedTopicStatus } from './parking.ts'

/** Danish first; English second. */
export const Locales = ['da', 'en'] as const
export type Locale = (typeof Locales)[number]

type Text = Readonly<Record<Locale, string>>

/**
 * The display text of every id the model stores. Ids stay English in code and in the document; the
 * views show these. Each group must name exactly the ids of its type (checked by `satisfies`).
 */
const labels = {
  coursePhase: {
    referral: { da: 'Opsporing, henvisning og visitation', en: 'Referral and admission' },
    startup: { da: 'Opstart', en: 'Start-up' },
    networkMeetings: { da: 'Tværfaglige netværksmøder', en: 'Network meetings' },
    closing: { da: 'Afslutning', en: 'Closing' },
    paused: { da: 'Sat på pause', en: 'Paused' },
  } satisfies Record<CoursePhase, Text>,
  sector: {
    family: { da: 'Familie', en: 'Family' },
    friends: { da: 'Venner og bekendte', en: 'Friends and acquaintances' },
    civilSociety: { da: 'Civilsamfund', en: 'Civil society' },
    municipal: { da: 'Kommunale fagpersoner', en: 'Municipal professionals' },
    regional: { da: 'Region og sundhedsvæsen', en: 'Regional and health professionals' },
    other: { da: 'Andre', en: 'Other' },
  } satisfies Record<Sector, Text>,
  ring: {
    close: { da: 'Tættest på', en: 'Close' },
    middle: { da: 'I midten', en: 'Middle' },
    outer: { da: 'Længere væk', en: 'Outer' },
  } satisfies Record<Ring, Text>,
  consent: {
    notAsked: { da: 'Ikke spurgt endnu', en: 'Not asked yet' },
    given: { da: 'Samtykke givet', en: 'Consent given' },
    limited: { da: 'Begrænset samtykke', en: 'Limited consent' },
    notGiven: { da: 'Intet samtykke', en: 'Consent not given' },
  } satisfies Record<ConsentStatus, Text>,
  lifeArea: {
    wellbeing: { da: 'Trivsel', en: 'Well-being' },
    relationships: { da: 'Relationer', en: 'Relationships' },
    health: { da: 'Sundhed og helbred', en: 'Health' },
    housing: { da: 'Bolig', en: 'Housing' },
    economy: { da: 'Økonomi', en: 'Finances' },
    employment: { da: 'Beskæftigelse og aktivitet', en: 'Employment and activity' },
    substances: { da: 'Rusmidler', en: 'Substance use' },
    other: { da: 'Andet', en: 'Other' },
  } satisfies Record<LifeArea, Text>,
  goalStatus: {
    active: { da: 'Aktivt', en: 'Active' },
    achieved: { da: 'Nået', en: 'Achieved' },
    paused: { da: 'Sat på pause', en: 'Paused' },
    dropped: { da: 'Droppet', en: 'Dropped' },
  } satisfies Record<GoalStatus, Text>,
  agreementStatus: {
    agreed: { da: 'Aftalt', en: 'Agreed' },
    inProgress: { da: 'I gang', en: 'In progress' },
    done: { da: 'Udført', en: 'Done' },
    delayed: { da: 'Forsinket', en: 'Delayed' },
    changed: { da: 'Ændret', en: 'Changed' },
    abandoned: { da: 'Opgivet', en: 'Abandoned' },
  } satisfies Record<AgreementStatus, Text>,
  agreementField: {
    what: { da: 'Hvad', en: 'What' },
    owner: { da: 'Hvem', en: 'Who' },
    dueDate: { da: 'Hvornår', en: 'When' },
    managerAnswerBy: { da: 'Svar fra leder senest', en: "Manager's answer by" },
  } satisfies Record<AgreementField, Text>,
  dialoguePhase: {
    citizenTells: { da: 'Borgeren fortæller', en: 'The citizen tells' },
    participantRound: { da: 'Deltagerne på skift', en: 'Round of participants' },
    citizenResponds: { da: 'Borgeren svarer', en: 'The citizen responds' },
    agreements: { da: 'Aftaler', en: 'Agreements' },
  } satisfies Record<DialoguePhase, Text>,
  attendance: {
    notRecorded: { da: 'Ikke registreret', en: 'Not recorded' },
    present: { da: 'Til stede', en: 'Present' },
    absent: { da: 'Ikke mødt', en: 'Absent' },
    sentWord: { da: 'Meldt afbud', en: 'Sent word' },
  } satisfies Record<Attendance, Text>,
  meetingStatus: {
    planned: { da: 'Planlagt', en: 'Planned' },
    open: { da: 'I gang', en: 'Open' },
    closed: { da: 'Afsluttet', en: 'Closed' },
  } satisfies Record<MeetingStatus, Text>,
  meetingRole: {
    participant: { da: 'Deltager', en: 'Participant' },
    facilitator: { da: 'Mødeleder', en: 'Facilitator' },
  } satisfies Record<MeetingRole, Text>,
  meetingDuty: {
    facilitator: { da: 'Mødeleder', en: 'Facilitator' },
    minuteTaker: { da: 'Referent', en: 'Minute-taker' },
    timekeeper: { da: 'Tidsholder', en: 'Timekeeper' },
  } satisfies Record<MeetingDuty, Text>,
  agendaSection: {
    opening: { da: 'Indledning', en: 'Opening' },
    themes: { da: 'Borgerens temaer', en: "The citizen's themes" },
    closing: { da: 'Afslutning', en: 'Closing' },
  } satisfies Record<AgendaSection, Text>,
  parkedTopicStatus: {
    parked: { da: 'Parkeret', en: 'Parked' },
    handled: { da: 'Taget op', en: 'Handled' },
    carriedForward: { da: 'Tages op på et senere møde', en: 'Carried forward' },
  } satisfies Record<ParkedTopicStatus, Text>,
  party: {
    citizen: { da: 'Borgeren', en: 'The citizen' },
    coordinator: { da: 'Koordinatoren', en: 'The coordinator' },
    unknown: { da: '(ukendt person)', en: '(unknown person)' },
    nobody: { da: 'Ingen ansvarlig endnu', en: 'No owner yet' },
  },
} as const

export type LabelGroup = keyof typeof labels
export type LabelId<G extends LabelGroup> = keyof (typeof labels)[G] & string

/** The display text of `id` in `group`, e.g. `label('agreementStatus', 'inProgress')` → "I gang". */
export function label<G extends LabelGroup>(group: G, id: LabelId<G>, locale: Locale = 'da'): string {
  const texts = labels[group] as Readonly<Record<string, Text>>
  return texts[id]?.[locale] ?? id
}

/** Every id of a group with its text, in the group's order: the options of a select. */
export function labelOptions<G extends LabelGroup>(
  group: G,
  locale: Locale = 'da',
): { id: LabelId<G>; label: string }[] {
  return Object.entries(labels[group] as Readonly<Record<string, Text>>).map(([id, text]) => ({
    id: id as LabelId<G>,
    label: text[locale],
  }))
}
