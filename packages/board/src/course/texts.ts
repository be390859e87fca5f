import type { Locale } from '@bordenden/model'
import { useLocale } from '@bordenden/ui'
import type { ApprovalMethod, RecordStatus } from './api.ts'

// The course page's own text, Danish first: the phases, the agreement records and what follows a
// meeting. The course views from @bordenden/ui bring their own words.

const da = {
  backHome: 'Tilbage til mine forløb',
  boardLink: 'Forløb og referater',
  openBoard: 'Åbn tavlen',
  notFound: 'Forløbet findes ikke, eller du er ikke koordinator på det.',
  contents: 'På siden',
  sections: {
    progress: 'Fase og tjeklister',
    records: 'Aftalereferater',
    followUps: 'Opfølgning',
    afterMeeting: 'Efter mødet',
    measures: 'Trivsel og recovery',
    registrations: 'Registreringer',
    mail: 'E-mail',
    handover: 'Overdragelse',
    timeline: 'Forløbet indtil nu',
    closing: 'Afslutning',
    courseData: 'Borgerens data',
  },
  registrations: {
    intro:
      'Evalueringens registreringer for hvert holdt møde, udledt af det der skete på tavlen. Er en forkert, så ret den med en begrundelse; rettelsen logges, og det udledte står ved siden af.',
    summary: (meetings: number, participants: string, days: number) =>
      `Holdte møder: ${meetings}. Deltagere pr. møde: ${participants}. Dage i forløb: ${days}.`,
    none: 'Der er ikke holdt et møde endnu.',
    caption: 'Registreringer pr. møde',
    meeting: 'Møde',
    participants: 'Deltagere',
    unknown: 'Kan ikke afgøres',
    values: { yes: 'Ja', partly: 'Delvist', no: 'Nej' },
    corrected: (derived: string, reason: string) => `(rettet; udledt: ${derived}; begrundelse: ${reason})`,
    correct: 'Ret en registrering',
    field: 'Registrering',
    value: 'Ny værdi',
    reason: 'Begrundelse',
    needsReason: 'Skriv hvorfor registreringen rettes.',
    save: 'Gem rettelsen',
    saved: 'Rettelsen er gemt.',
  },
  tickFailed: 'Fluebenet blev ikke gemt. Prøv igen.',
  handover: {
    intro:
      'Giv forløbet videre til en anden koordinator. Hun bliver ejer; du bliver medkoordinator. Links, opfølgning og loggen følger med.',
    email: 'Den nye koordinators e-mail',
    submit: 'Overdrag forløbet',
    ownerOnly: 'Kun forløbets ejer kan overdrage det.',
    done: (from: string, to: string, day: string) => `${from} overdrog forløbet til ${to} ${day}.`,
  },
  phase: {
    title: 'Skift fase',
    to: 'Ny fase',
    note: 'Hvorfor (valgfrit)',
    change: 'Skift fase',
    changed: (phase: string) => `Forløbet er nu i fasen: ${phase}.`,
    pause: 'Sæt forløbet på pause',
    pauseNote: 'Hvorfor sættes forløbet på pause? (valgfrit)',
    paused: 'Forløbet er sat på pause.',
    resume: 'Genoptag forløbet',
    resumed: (phase: string) => `Forløbet fortsætter i fasen: ${phase}.`,
    closedOn: (day: string) => `Forløbet blev afsluttet ${day}.`,
    reopenTitle: 'Genåbn forløbet',
    reopenTo: 'Forløbet fortsætter i fasen',
    reopenNote: 'Hvorfor genåbnes forløbet?',
    reopen: 'Genåbn forløbet',
    reopened: 'Forløbet er genåbnet.',
    failed: 'Fasen blev ikke ændret. Hent siden igen, og prøv igen.',
  },
  records: {
    intro:
      'Referatet laves ud fra tavlen. Borgeren godkender det, før det sendes. En rettelse bliver en ny version; den gamle gemmes.',
    none: 'Der er ikke holdt nogen netværksmøder endnu.',
    noVersions: 'Der er ikke lavet et referat af mødet endnu.',
    freezeFirst: 'Lav aftalereferatet',
    freezeDraft: 'Opdatér kladden fra tavlen',
    freezeNew: 'Lav en ny version fra tavlen',
    frozen: (version: number) => `Version ${version} er lavet. Den venter på borgerens godkendelse.`,
    refreshed: (version: number) => `Kladden (version ${version}) er opdateret fra tavlen.`,
    unchanged: (version: number) => `Intet er ændret på tavlen siden version ${version}.`,
    version: (n: number) => `Version ${n}`,
    status: {
      draft: 'Kladde – venter på borgerens godkendelse',
      approved: 'Godkendt af borgeren',
      sent: 'Sendt',
    } satisfies Record<RecordStatus, string>,
    madeAt: (when: string) => `Lavet ${when}`,
    approvedAt: (when: string, how: string) => `Godkendt af borgeren ${when} (${how})`,
    sentAt: (when: string, to: string) => `Sendt ${when} til ${to}`,
    methods: {
      inMeeting: 'på mødet',
      inPerson: 'personligt, efter mødet',
      citizenLink: 'selv via sit link',
    } satisfies Record<ApprovalMethod, string>,
    methodChoices: { inMeeting: 'På mødet', inPerson: 'Personligt, efter mødet' },
    approveTitle: 'Hvordan godkendte borgeren referatet?',
    approve: 'Borgeren har godkendt referatet',
    chooseMethod: 'Vælg, hvordan borgeren godkendte referatet.',
    approved: (version: number) => `Version ${version} er godkendt af borgeren.`,
    incompleteBeforeApproval: (count: number) =>
      count === 1
        ? 'Én aftale mangler stadig noget. Ret den på tavlen og lav referatet igen, eller godkend alligevel:'
        : `${count} aftaler mangler stadig noget. Ret dem på tavlen og lav referatet igen, eller godkend alligevel:`,
    lacks: 'mangler',
    sendTitle: 'Hvem har fået referatet?',
    sendHint:
      'Send selv referatet på kommunens sikre måde (fx sikker mail eller e-Boks). Her noteres, hvem der har fået det.',
    citizen: (name: string) => `${name} (borgeren)`,
    absent: 'ikke til stede',
    send: 'Markér som sendt',
    chooseRecipients: 'Vælg mindst én, der har fået referatet.',
    sent: (version: number) => `Version ${version} er markeret som sendt.`,
    copy: 'Kopiér journaltekst',
    copied: 'Journalteksten er kopieret. Sæt den ind i journalen.',
    copyFailed: 'Kunne ikke kopiere. Hent tekstfilen i stedet.',
    download: 'Hent som tekstfil',
    print: 'Åbn til udskrift',
    newTab: '(åbner i en ny fane)',
    changesTitle: (version: number) => `Ændret siden version ${version}`,
    noChanges: 'Ingen ændringer i mål og aftaler.',
    older: (count: number) => `Tidligere versioner (${count})`,
    failed: 'Det lykkedes ikke. Hent siden igen, og prøv igen.',
  },
  feedback: {
    intro:
      'Spørgeguiden og evalueringen besvares af borgeren sammen med koordinatoren lige efter mødet. De andre deltagere ser ikke svarene.',
    none: 'Spørgeguiden kan bruges, når et møde er holdt.',
    meeting: 'Mødet',
    open: 'Åbn spørgeguiden',
    close: 'Luk spørgeguiden',
  },
  suggestions: {
    title: 'Borgerens forslag til næste møde',
    none: 'Ingen forslag venter.',
    theme: 'Tema',
    notToDiscuss: 'Ikke drøfte',
    accept: 'Tag med på næste møde',
    decline: 'Afvis',
  },
  closing: {
    meetingOpen: (title: string) =>
      `Mødet "${title}" er i gang. Afslut mødet på tavlen, før forløbet afsluttes.`,
    closed: 'Forløbet er afsluttet.',
    reason: 'Årsag',
    services: 'Indsatser, borgeren selv koordinerer',
    noServices: 'Ingen.',
    lifeline: 'Livline',
    done: 'Forløbet er afsluttet.',
    failed: 'Forløbet blev ikke afsluttet. Hent siden igen, og prøv igen.',
  },
  courseData: {
    exportIntro:
      'Borgeren har ret til en kopi af sine data: planen, hele forløbet og alle referater (HTML, tekst og JSON) i én ZIP-fil.',
    export: 'Hent borgerens kopi (ZIP)',
    deleteIntro:
      'Et afsluttet forløb slettes automatisk, når kommunens opbevaringsperiode er gået. Skal det slettes nu, kan du gøre det her. Det kan ikke fortrydes.',
    startDelete: 'Slet forløbet …',
    summary: (records: number, links: number) =>
      `Slettes: tavlerne, ${records} referatversion(er), ${links} link(s), koordinatorer og evalueringer. Alle åbne tavler lukkes, og kopier i browserne slettes. Adgangsloggen beholder kun, at forløbet blev slettet.`,
    confirmLabel: (title: string) => `Skriv forløbets titel for at bekræfte: ${title}`,
    confirm: 'Slet forløbet endeligt',
    cancel: 'Fortryd',
    failed: 'Forløbet blev ikke slettet. Tjek titlen, og prøv igen.',
    deleted: 'Forløbet er slettet.',
  },
}

type Texts = typeof da

const en: Texts = {
  backHome: 'Back to my courses',
  boardLink: 'Course and records',
  openBoard: 'Open the board',
  notFound: 'The course does not exist, or you are not one of its coordinators.',
  contents: 'On this page',
  sections: {
    progress: 'Phase and checklists',
    records: 'Agreement records',
    followUps: 'Follow-up',
    afterMeeting: 'After the meeting',
    measures: 'Well-being and recovery',
    registrations: 'Registrations',
    mail: 'E-mail',
    handover: 'Handover',
    timeline: 'The course so far',
    closing: 'Closing',
    courseData: "The citizen's data",
  },
  registrations: {
    intro:
      "The evaluation's registrations of each held meeting, derived from what happened on the board. If one is wrong, correct it with a reason; the correction is logged and the derived value stays beside it.",
    summary: (meetings: number, participants: string, days: number) =>
      `Meetings held: ${meetings}. Participants per meeting: ${participants}. Days in course: ${days}.`,
    none: 'No meeting has been held yet.',
    caption: 'Registrations per meeting',
    meeting: 'Meeting',
    participants: 'Participants',
    unknown: 'Cannot be told',
    values: { yes: 'Yes', partly: 'Partly', no: 'No' },
    corrected: (derived: string, reason: string) => `(corrected; derived: ${derived}; reason: ${reason})`,
    correct: 'Correct a registration',
    field: 'Registration',
    value: 'New value',
    reason: 'Reason',
    needsReason: 'Say why the registration is corrected.',
    save: 'Save the correction',
    saved: 'The correction is saved.',
  },
  tickFailed: 'The tick was not saved. Please try again.',
  handover: {
    intro:
      'Hand the course to another coordinator. They become its owner; you stay on as co-coordinator. Links, follow-up and the log carry on.',
    email: 'The new coordinator’s e-mail',
    submit: 'Hand over the course',
    ownerOnly: 'Only the course’s owner can hand it over.',
    done: (from: string, to: string, day: string) => `${from} handed the course to ${to} on ${day}.`,
  },
  phase: {
    title: 'Change phase',
    to: 'New phase',
    note: 'Why (optional)',
    change: 'Change phase',
    changed: (phase: string) => `The course is now in the phase: ${phase}.`,
    pause: 'Pause the course',
    pauseNote: 'Why is the course paused? (optional)',
    paused: 'The course is paused.',
    resume: 'Resume the course',
    resumed: (phase: string) => `The course goes on in the phase: ${phase}.`,
    closedOn: (day: string) => `The course was closed on ${day}.`,
    reopenTitle: 'Reopen the course',
    reopenTo: 'The course goes on in the phase',
    reopenNote: 'Why is the course reopened?',
    reopen: 'Reopen the course',
    reopened: 'The course is reopened.',
    failed: 'The phase was not changed. Reload the page and try again.',
  },
  records: {
    intro:
      'The record is made from the board. The citizen approves it before it is sent. A correction becomes a new version; the old one is kept.',
    none: 'No network meeting has been held yet.',
    noVersions: 'No record has been made of the meeting yet.',
    freezeFirst: 'Make the agreement record',
    freezeDraft: 'Update the draft from the board',
    freezeNew: 'Make a new version from the board',
    frozen: (version: number) => `Version ${version} was made. It waits for the citizen's approval.`,
    refreshed: (version: number) => `The draft (version ${version}) was updated from the board.`,
    unchanged: (version: number) => `Nothing on the board has changed since version ${version}.`,
    version: (n: number) => `Version ${n}`,
    status: {
      draft: "Draft – waiting for the citizen's approval",
      approved: 'Approved by the citizen',
      sent: 'Sent',
    },
    madeAt: (when: string) => `Made ${when}`,
    approvedAt: (when: string, how: string) => `Approved by the citizen ${when} (${how})`,
    sentAt: (when: string, to: string) => `Sent ${when} to ${to}`,
    methods: {
      inMeeting: 'at the meeting',
      inPerson: 'in person, after the meeting',
      citizenLink: 'themselves through their link',
    },
    methodChoices: { inMeeting: 'At the meeting', inPerson: 'In person, after the meeting' },
    approveTitle: 'How did the citizen approve the record?',
    approve: 'The citizen has approved the record',
    chooseMethod: 'Choose how the citizen approved the record.',
    approved: (version: number) => `Version ${version} is approved by the citizen.`,
    incompleteBeforeApproval: (count: number) =>
      count === 1
        ? 'One agreement still lacks something. Fix it on the board and make the record again, or approve anyway:'
        : `${count} agreements still lack something. Fix them on the board and make the record again, or approve anyway:`,
    lacks: 'lacks',
    sendTitle: 'Who has received the record?',
    sendHint:
      "Send the record yourself the municipality's secure way (e.g. secure mail or e-Boks). Here you note who received it.",
    citizen: (name: string) => `${name} (the citizen)`,
    absent: 'not present',
    send: 'Mark as sent',
    chooseRecipients: 'Choose at least one person who received the record.',
    sent: (version: number) => `Version ${version} is marked as sent.`,
    copy: 'Copy journal text',
    copied: 'The journal text is copied. Paste it into the journal.',
    copyFailed: 'Could not copy. Download the text file instead.',
    download: 'Download as a text file',
    print: 'Open for printing',
    newTab: '(opens in a new tab)',
    changesTitle: (version: number) => `Changed since version ${version}`,
    noChanges: 'No changes to goals and agreements.',
    older: (count: number) => `Earlier versions (${count})`,
    failed: 'That did not work. Reload the page and try again.',
  },
  feedback: {
    intro:
      'The citizen answers the follow-up guide and the evaluation with the coordinator right after the meeting. The other participants do not see the answers.',
    none: 'The follow-up guide can be used once a meeting has been held.',
    meeting: 'The meeting',
    open: 'Open the follow-up guide',
    close: 'Close the follow-up guide',
  },
  suggestions: {
    title: "The citizen's suggestions for the next meeting",
    none: 'No suggestions are waiting.',
    theme: 'Theme',
    notToDiscuss: 'Not to discuss',
    accept: 'Take onto the next meeting',
    decline: 'Decline',
  },
  closing: {
    meetingOpen: (title: string) =>
      `The meeting "${title}" is going on. End the meeting on the board before closing the course.`,
    closed: 'The course is closed.',
    reason: 'Reason',
    services: 'Services the citizen coordinates alone',
    noServices: 'None.',
    lifeline: 'Lifeline',
    done: 'The course is closed.',
    failed: 'The course was not closed. Reload the page and try again.',
  },
  courseData: {
    exportIntro:
      'The citizen has the right to a copy of their data: the plan, the whole course and every record (HTML, text and JSON) in one ZIP file.',
    export: "Download the citizen's copy (ZIP)",
    deleteIntro:
      "A closed course is deleted automatically when the municipality's retention period is over. If it must go now, you can delete it here. This cannot be undone.",
    startDelete: 'Delete the course …',
    summary: (records: number, links: number) =>
      `To be deleted: the boards, ${records} record version(s), ${links} link(s), coordinators and evaluations. Every open board closes and copies kept in browsers are deleted. The access log keeps only that the course was deleted.`,
    confirmLabel: (title: string) => `Type the course's title to confirm: ${title}`,
    confirm: 'Delete the course for good',
    cancel: 'Cancel',
    failed: 'The course was not deleted. Check the title and try again.',
    deleted: 'The course is deleted.',
  },
}

const byLocale: Record<Locale, Texts> = { da, en }

export function usePageTexts(): Texts {
  return byLocale[useLocale()]
}
