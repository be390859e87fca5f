import type { AgreementStatus } from './agreements.ts'
import type { EntityInput } from './entity.ts'
import type { GoalStatus, LifeArea } from './goals.ts'
import type { Attendance, MeetingRole, NewMeeting } from './meeting.ts'
import type { NetworkPersonInput } from './network.ts'
import type { ParkedTopicStatus } from './parking.ts'

/**
 * The demo course as data: Jens Madsen, 57, lives alone, drinks too much, is behind with the rent and
 * has a bad back. Every name is fictional. Days are offsets from `today`; people, goals and meetings are
 * referred to by key; `citizen` is Jens himself.
 */

/** The course's coordinator, whom Jens calls: Mette from the network below. */
export const demoCoordinator = { name: 'Mette Kragh', phone: '44 10 20 30' }

/** Jens's network: family, friends, a volunteer and the professionals around him. */
/** Consents are dated when the network was mapped, at start-up. */
export const demoPeople: Record<string, EntityInput<NetworkPersonInput>> = {
  lone: {
    name: 'Lone Madsen',
    role: 'Søster',
    sector: 'family',
    ring: 'close',
    contact: { phone: '20 45 67 89' },
    contributes: 'Kommer hver søndag og hjælper med indkøb',
    consent: { status: 'given' },
  },
  torben: {
    name: 'Torben Madsen',
    role: 'Bror',
    sector: 'family',
    ring: 'outer',
    excludedByCitizen: true,
    consent: { status: 'notGiven', note: 'Jens vil ikke have, at Torben får oplysninger' },
  },
  erik: {
    name: 'Erik Holm',
    role: 'Ven fra kolonihaven',
    sector: 'friends',
    ring: 'close',
    contributes: 'Arbejder i haven sammen med Jens og kører ham derud',
    consent: { status: 'limited', note: 'Kun om kolonihaven og aktiviteter – ikke om helbred og økonomi' },
  },
  birthe: {
    name: 'Birthe Sørensen',
    role: 'Nabo',
    sector: 'friends',
    ring: 'middle',
    contributes: 'Holder øje og ringer til Lone, hvis hun bliver bekymret',
  },
  mette: {
    name: 'Mette Kragh',
    role: 'Tværgående koordinator',
    organisation: 'Center for Social og Sundhed',
    sector: 'municipal',
    ring: 'close',
    contact: { phone: '44 10 20 30', email: 'mette.kragh@kommune.example' },
    contributes: 'Koordinerer forløbet og netværksmøderne; Jens’ faste kontakt',
    consent: { status: 'given' },
  },
  anders: {
    name: 'Anders Nygaard',
    role: 'Sagsbehandler',
    organisation: 'Jobcentret',
    sector: 'municipal',
    contact: { email: 'anders.nygaard@kommune.example' },
    contributes: 'Sygedagpenge og ressourceforløb; kan bevilge en mentor',
    consent: { status: 'given' },
  },
  susanne: {
    name: 'Susanne Vind',
    role: 'Hjemmesygeplejerske',
    organisation: 'Hjemmesygeplejen',
    sector: 'municipal',
    contributes: 'Doserer medicin og ser til Jens hver uge',
    consent: { status: 'given' },
  },
  kim: {
    name: 'Kim Lauridsen',
    role: 'Bostøttemedarbejder',
    organisation: 'Bostøtten',
    sector: 'municipal',
    ring: 'close',
    contributes: 'Bostøtte to gange om ugen: post, regninger og aftaler',
    consent: { status: 'given' },
  },
  henrik: {
    name: 'Henrik Dahl',
    role: 'Egen læge',
    organisation: 'Lægehuset ved Torvet',
    sector: 'regional',
    contributes: 'Behandler rygsmerterne; kan henvise til fysioterapi',
    consent: { status: 'limited', note: 'Om ryggen og medicinen, ikke om alkohol' },
  },
  rikke: {
    name: 'Rikke Bech',
    role: 'Misbrugsbehandler',
    organisation: 'Rusmiddelcentret',
    sector: 'municipal',
    contributes: 'Samtaler og ambulant alkoholbehandling',
    consent: { status: 'given' },
  },
  jonas: {
    name: 'Jonas Friis',
    role: 'Økonomisk rådgiver',
    organisation: 'Ydelseskontoret',
    sector: 'municipal',
    contributes: 'Budget, afdragsordning på huslejen og enkeltydelser',
    consent: { status: 'given' },
  },
  hanne: {
    name: 'Hanne Østergaard',
    role: 'Frivillig',
    organisation: 'Værestedet Fyrtårnet',
    sector: 'civilSociety',
    ring: 'outer',
    contributes: 'Værkstedet tirsdag og torsdag; fællesspisning om fredagen',
  },
}

export interface DemoMeeting {
  key: string
  day: number
  meeting: Omit<NewMeeting, 'date'>
  /** [person, role, chosen by the citizen], in invite order. */
  invitees: [string, MeetingRole, boolean][]
  /** Held meetings record everyone; a planned one only those who sent word ahead. */
  attendance: Record<string, Attendance>
  held: boolean
  /** Topics the citizen parked, and how each was settled (or which meeting it was carried to). */
  parked: { text: string; status: ParkedTopicStatus; note?: string; carryTo?: string }[]
}

const frame = {
  sensitiveTopics: ['Alkohol – Jens vil selv fortælle'],
  topicsNotToDiscuss: ['Skilsmissen og børnene'],
}

export const demoMeetings: DemoMeeting[] = [
  {
    key: 'm1',
    day: -84,
    meeting: {
      title: 'Første netværksmøde',
      startTime: '10:00',
      place: 'Hjemme hos Jens',
      overallGoal: 'At jeg kan blive boende og få ro på økonomien',
      frame: {
        ...frame,
        durationMinutes: 75,
        breaks: 'En pause efter en halv time – Jens vil gerne ud og ryge',
      },
      themes: ['Jeg er bange for at miste lejligheden', 'Ryggen gør ondt hver dag'],
    },
    invitees: [
      ['mette', 'facilitator', false],
      ['lone', 'participant', true],
      ['kim', 'participant', true],
      ['jonas', 'participant', false],
      ['anders', 'participant', false],
      ['susanne', 'participant', false],
      ['henrik', 'participant', true],
    ],
    attendance: {
      mette: 'present',
      lone: 'present',
      kim: 'present',
      jonas: 'present',
      anders: 'present',
      susanne: 'present',
      henrik: 'sentWord',
    },
    held: true,
    parked: [
      {
        text: 'Der går ingen bus til kolonihaven om søndagen',
        status: 'handled',
        note: 'Erik kører Jens om søndagen',
      },
    ],
  },
  {
    key: 'm2',
    day: -28,
    meeting: {
      title: 'Andet netværksmøde',
      startTime: '13:00',
      place: 'Værestedet Fyrtårnet',
      overallGoal: 'At få en hverdag med mindre alkohol og noget at stå op til',
      frame: { ...frame, durationMinutes: 90, breaks: 'Kaffepause mellem de to temaer' },
      themes: ['Jeg drikker for meget, når jeg er alene om aftenen', 'Jeg savner noget at stå op til'],
    },
    invitees: [
      ['mette', 'facilitator', false],
      ['lone', 'participant', true],
      ['kim', 'participant', true],
      ['rikke', 'participant', false],
      ['erik', 'participant', true],
      ['hanne', 'participant', true],
      ['anders', 'participant', false],
      ['susanne', 'participant', false],
      ['jonas', 'participant', false],
    ],
    attendance: {
      mette: 'present',
      lone: 'sentWord',
      kim: 'present',
      rikke: 'present',
      erik: 'present',
      hanne: 'present',
      anders: 'present',
      susanne: 'present',
      jonas: 'absent',
    },
    held: true,
    parked: [{ text: 'Tandpine – Jens har ondt i en tand', status: 'carriedForward', carryTo: 'm3' }],
  },
  {
    key: 'm3',
    day: 14,
    meeting: {
      title: 'Tredje netværksmøde',
      startTime: '10:00',
      place: 'Hjemme hos Jens',
      overallGoal: 'At holde fast i det, der virker, og komme ud i kolonihaven igen',
      frame: {
        durationMinutes: 90,
        breaks: 'Kaffepause efter første tema',
        sensitiveTopics: frame.sensitiveTopics,
        topicsNotToDiscuss: [...frame.topicsNotToDiscuss, 'Broren Torben'],
      },
      themes: ['Hvordan går det med at drikke mindre?', 'Kolonihaven til foråret'],
    },
    invitees: [
      ['mette', 'facilitator', false],
      ['lone', 'participant', true],
      ['kim', 'participant', true],
      ['rikke', 'participant', false],
      ['erik', 'participant', true],
      ['hanne', 'participant', true],
      ['anders', 'participant', false],
    ],
    attendance: { anders: 'sentWord' },
    held: false,
    parked: [],
  },
]

export interface DemoGoal {
  key: string
  text: string
  lifeArea: LifeArea
  status?: GoalStatus
  /** The meeting where it was set; none for goals set at start-up. */
  meeting?: string
}

export const demoGoals: DemoGoal[] = [
  { key: 'lone', text: 'Jeg vil se mere til Lone', lifeArea: 'relationships', status: 'achieved' },
  { key: 'housing', text: 'Jeg vil blive boende i min lejlighed', lifeArea: 'housing', meeting: 'm1' },
  { key: 'bills', text: 'Jeg vil have styr på regningerne', lifeArea: 'economy', meeting: 'm1' },
  {
    key: 'back',
    text: 'Jeg vil kunne gå ned i kolonihaven uden at have ondt',
    lifeArea: 'health',
    meeting: 'm1',
  },
  { key: 'drinking', text: 'Jeg vil drikke mindre – især om aftenen', lifeArea: 'substances', meeting: 'm2' },
  {
    key: 'morning',
    text: 'Jeg vil have noget at stå op til om morgenen',
    lifeArea: 'employment',
    meeting: 'm2',
  },
]

export interface DemoAgreement {
  meeting: string
  goal: string
  what: string
  owner?: string
  due?: number
  followUp?: { who: string; day: number; how: string }
  /** Waits for a manager's decision, answered by this day. */
  managerAnswerDay?: number
  /** Later status changes: [status, day, note, new due day]. */
  changes?: [AgreementStatus, number, string?, number?][]
}

export const demoAgreements: DemoAgreement[] = [
  {
    meeting: 'm1',
    goal: 'housing',
    what: 'Lave en afdragsordning på huslejerestancen med boligselskabet',
    owner: 'jonas',
    due: -70,
    followUp: { who: 'mette', day: -68, how: 'Mette ringer til Jens og hører, om aftalen er på plads' },
    changes: [
      ['inProgress', -80],
      ['done', -72, 'Afdragsordning på 500 kr. om måneden er underskrevet'],
    ],
  },
  {
    meeting: 'm1',
    goal: 'back',
    what: 'Bestille tid hos lægen om ryggen',
    owner: 'citizen',
    due: -77,
    changes: [['done', -79, 'Tid hos Henrik Dahl er bestilt']],
  },
  {
    meeting: 'm1',
    goal: 'bills',
    what: 'Hjælpe Jens med at åbne posten og betale regninger hver mandag',
    owner: 'kim',
    due: 14,
    followUp: { who: 'mette', day: 10, how: 'Status på næste netværksmøde' },
    changes: [['inProgress', -83]],
  },
  {
    meeting: 'm1',
    goal: 'bills',
    what: 'Lave et budget sammen med Jens',
    owner: 'jonas',
    due: -56,
    changes: [
      ['delayed', -55, 'Jonas har været syg; ny tid er aftalt'],
      ['done', -45],
    ],
  },
  {
    meeting: 'm2',
    goal: 'drinking',
    what: 'Booke den første samtale i Rusmiddelcentret',
    owner: 'rikke',
    due: -21,
    changes: [['done', -26]],
  },
  {
    meeting: 'm2',
    goal: 'drinking',
    what: 'Gå til samtale i Rusmiddelcentret hver anden onsdag',
    owner: 'citizen',
    due: 14,
    changes: [['inProgress', -21, 'Første samtale er holdt']],
  },
  {
    meeting: 'm2',
    goal: 'morning',
    what: 'Undersøge, om Jens kan få en mentor til at komme i gang med en aktivitet',
    owner: 'anders',
    due: 14,
    managerAnswerDay: 3,
    followUp: { who: 'mette', day: 4, how: 'Mette spørger Anders, om lederen har svaret' },
  },
  {
    meeting: 'm2',
    goal: 'back',
    what: 'Få lægen til at se på den smertestillende medicin',
    owner: 'susanne',
    due: -7,
    followUp: { who: 'mette', day: -3, how: 'Mette ringer til Susanne' },
    changes: [['inProgress', -20]],
  },
  {
    meeting: 'm2',
    goal: 'morning',
    what: 'Vise Jens værkstedet i Fyrtårnet',
    owner: 'hanne',
    due: -21,
    changes: [['changed', -22, 'Flyttet, fordi Jens skulle til tandlæge', 2]],
  },
  {
    meeting: 'm2',
    goal: 'morning',
    what: 'Spørge i kolonihaveforeningen, om Jens kan hjælpe med fælleshaven',
  },
  {
    meeting: 'm2',
    goal: 'back',
    what: 'Søge om enkeltydelse til en ny seng',
    owner: 'kim',
    due: -14,
    changes: [['abandoned', -25, 'Ikke længere aktuelt – Lone har givet Jens en seng']],
  },
]
