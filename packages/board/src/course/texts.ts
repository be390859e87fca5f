import { defineCatalog, useText } from '@bordenden/ui'
import type { ApprovalMethod, RecordStatus } from './api.ts'

// The course page's own text: the phases, the agreement records and what follows a meeting. The course
// views from @bordenden/ui bring their own words.

export const pageTexts = defineCatalog({
  backHome: { da: 'Tilbage til mine forløb', en: 'Back to my courses' },
  boardLink: { da: 'Forløb og referater', en: 'Course and records' },
  openBoard: { da: 'Åbn tavlen', en: 'Open the board' },
  notFound: {
    da: 'Forløbet findes ikke, eller du er ikke koordinator på det.',
    en: 'The course does not exist, or you are not one of its coordinators.',
  },
  contents: { da: 'På siden', en: 'On this page' },
  'sections.progress': { da: 'Fase og tjeklister', en: 'Phase and checklists' },
  'sections.records': { da: 'Aftalereferater', en: 'Agreement records' },
  'sections.followUps': { da: 'Opfølgning', en: 'Follow-up' },
  'sections.afterMeeting': { da: 'Efter mødet', en: 'After the meeting' },
  'sections.measures': { da: 'Trivsel og recovery', en: 'Well-being and recovery' },
  'sections.registrations': { da: 'Registreringer', en: 'Registrations' },
  'sections.mail': { da: 'E-mail', en: 'E-mail' },
  'sections.handover': { da: 'Overdragelse', en: 'Handover' },
  'sections.timeline': { da: 'Forløbet indtil nu', en: 'The course so far' },
  'sections.closing': { da: 'Afslutning', en: 'Closing' },
  'sections.courseData': { da: 'Borgerens data', en: "The citizen's data" },
  'registrations.intro': {
    da: 'Evalueringens registreringer for hvert holdt møde, udledt af det der skete på tavlen. Er en forkert, så ret den med en begrundelse; rettelsen logges, og det udledte står ved siden af.',
    en: "The evaluation's registrations of each held meeting, derived from what happened on the board. If one is wrong, correct it with a reason; the correction is logged and the derived value stays beside it.",
  },
  'registrations.summary': {
    da: 'Holdte møder: {meetings}. Deltagere pr. møde: {participants}. Dage i forløb: {days}.',
    en: 'Meetings held: {meetings}. Participants per meeting: {participants}. Days in course: {days}.',
  },
  'registrations.none': { da: 'Der er ikke holdt et møde endnu.', en: 'No meeting has been held yet.' },
  'registrations.caption': { da: 'Registreringer pr. møde', en: 'Registrations per meeting' },
  'registrations.meeting': { da: 'Møde', en: 'Meeting' },
  'registrations.participants': { da: 'Deltagere', en: 'Participants' },
  'registrations.unknown': { da: 'Kan ikke afgøres', en: 'Cannot be told' },
  'registrations.values.yes': { da: 'Ja', en: 'Yes' },
  'registrations.values.partly': { da: 'Delvist', en: 'Partly' },
  'registrations.values.no': { da: 'Nej', en: 'No' },
  'registrations.corrected': {
    da: '(rettet; udledt: {derived}; begrundelse: {reason})',
    en: '(corrected; derived: {derived}; reason: {reason})',
  },
  'registrations.correct': { da: 'Ret en registrering', en: 'Correct a registration' },
  'registrations.field': { da: 'Registrering', en: 'Registration' },
  'registrations.value': { da: 'Ny værdi', en: 'New value' },
  'registrations.reason': { da: 'Begrundelse', en: 'Reason' },
  'registrations.needsReason': {
    da: 'Skriv hvorfor registreringen rettes.',
    en: 'Say why the registration is corrected.',
  },
  'registrations.save': { da: 'Gem rettelsen', en: 'Save the correction' },
  'registrations.saved': { da: 'Rettelsen er gemt.', en: 'The correction is saved.' },
  tickFailed: { da: 'Fluebenet blev ikke gemt. Prøv igen.', en: 'The tick was not saved. Please try again.' },
  'handover.intro': {
    da: 'Giv forløbet videre til en anden koordinator. Hun bliver ejer; du bliver medkoordinator. Links, opfølgning og loggen følger med.',
    en: 'Hand the course to another coordinator. They become its owner; you stay on as co-coordinator. Links, follow-up and the log carry on.',
  },
  'handover.email': { da: 'Den nye koordinators e-mail', en: 'The new coordinator’s e-mail' },
  'handover.submit': { da: 'Overdrag forløbet', en: 'Hand over the course' },
  'handover.ownerOnly': {
    da: 'Kun forløbets ejer kan overdrage det.',
    en: 'Only the course’s owner can hand it over.',
  },
  'handover.done': {
    da: '{from} overdrog forløbet til {to} {day}.',
    en: '{from} handed the course to {to} on {day}.',
  },
  'phase.title': { da: 'Skift fase', en: 'Change phase' },
  'phase.to': { da: 'Ny fase', en: 'New phase' },
  'phase.note': { da: 'Hvorfor (valgfrit)', en: 'Why (optional)' },
  'phase.change': { da: 'Skift fase', en: 'Change phase' },
  'phase.changed': { da: 'Forløbet er nu i fasen: {phase}.', en: 'The course is now in the phase: {phase}.' },
  'phase.pause': { da: 'Sæt forløbet på pause', en: 'Pause the course' },
  'phase.pauseNote': {
    da: 'Hvorfor sættes forløbet på pause? (valgfrit)',
    en: 'Why is the course paused? (optional)',
  },
  'phase.paused': { da: 'Forløbet er sat på pause.', en: 'The course is paused.' },
  'phase.resume': { da: 'Genoptag forløbet', en: 'Resume the course' },
  'phase.resumed': {
    da: 'Forløbet fortsætter i fasen: {phase}.',
    en: 'The course goes on in the phase: {phase}.',
  },
  'phase.closedOn': { da: 'Forløbet blev afsluttet {day}.', en: 'The course was closed on {day}.' },
  'phase.reopenTitle': { da: 'Genåbn forløbet', en: 'Reopen the course' },
  'phase.reopenTo': { da: 'Forløbet fortsætter i fasen', en: 'The course goes on in the phase' },
  'phase.reopenNote': { da: 'Hvorfor genåbnes forløbet?', en: 'Why is the course reopened?' },
  'phase.reopen': { da: 'Genåbn forløbet', en: 'Reopen the course' },
  'phase.reopened': { da: 'Forløbet er genåbnet.', en: 'The course is reopened.' },
  'phase.failed': {
    da: 'Fasen blev ikke ændret. Hent siden igen, og prøv igen.',
    en: 'The phase was not changed. Reload the page and try again.',
  },
  'records.intro': {
    da: 'Referatet laves ud fra tavlen. Borgeren godkender det, før det sendes. En rettelse bliver en ny version; den gamle gemmes.',
    en: 'The record is made from the board. The citizen approves it before it is sent. A correction becomes a new version; the old one is kept.',
  },
  'records.none': {
    da: 'Der er ikke holdt nogen netværksmøder endnu.',
    en: 'No network meeting has been held yet.',
  },
  'records.noVersions': {
    da: 'Der er ikke lavet et referat af mødet endnu.',
    en: 'No record has been made of the meeting yet.',
  },
  'records.freezeFirst': { da: 'Lav aftalereferatet', en: 'Make the agreement record' },
  'records.freezeDraft': { da: 'Opdatér kladden fra tavlen', en: 'Update the draft from the board' },
  'records.freezeNew': { da: 'Lav en ny version fra tavlen', en: 'Make a new version from the board' },
  'records.frozen': {
    da: 'Version {version} er lavet. Den venter på borgerens godkendelse.',
    en: "Version {version} was made. It waits for the citizen's approval.",
  },
  'records.refreshed': {
    da: 'Kladden (version {version}) er opdateret fra tavlen.',
    en: 'The draft (version {version}) was updated from the board.',
  },
  'records.unchanged': {
    da: 'Intet er ændret på tavlen siden version {version}.',
    en: 'Nothing on the board has changed since version {version}.',
  },
  'records.version': { da: 'Version {n}', en: 'Version {n}' },
  'records.status.draft': {
    da: 'Kladde – venter på borgerens godkendelse',
    en: "Draft – waiting for the citizen's approval",
  },
  'records.status.approved': { da: 'Godkendt af borgeren', en: 'Approved by the citizen' },
  'records.status.sent': { da: 'Sendt', en: 'Sent' },
  'records.madeAt': { da: 'Lavet {when}', en: 'Made {when}' },
  'records.approvedAt': {
    da: 'Godkendt af borgeren {when} ({how})',
    en: 'Approved by the citizen {when} ({how})',
  },
  'records.sentAt': { da: 'Sendt {when} til {to}', en: 'Sent {when} to {to}' },
  'records.methods.inMeeting': { da: 'på mødet', en: 'at the meeting' },
  'records.methods.inPerson': { da: 'personligt, efter mødet', en: 'in person, after the meeting' },
  'records.methods.citizenLink': { da: 'selv via sit link', en: 'themselves through their link' },
  'records.methodChoices.inMeeting': { da: 'På mødet', en: 'At the meeting' },
  'records.methodChoices.inPerson': { da: 'Personligt, efter mødet', en: 'In person, after the meeting' },
  'records.approveTitle': {
    da: 'Hvordan godkendte borgeren referatet?',
    en: 'How did the citizen approve the record?',
  },
  'records.approve': { da: 'Borgeren har godkendt referatet', en: 'The citizen has approved the record' },
  'records.chooseMethod': {
    da: 'Vælg, hvordan borgeren godkendte referatet.',
    en: 'Choose how the citizen approved the record.',
  },
  'records.approved': {
    da: 'Version {version} er godkendt af borgeren.',
    en: 'Version {version} is approved by the citizen.',
  },
  'records.incompleteBeforeApproval': {
    da: {
      one: 'Én aftale mangler stadig noget. Ret den på tavlen og lav referatet igen, eller godkend alligevel:',
      other:
        '{count} aftaler mangler stadig noget. Ret dem på tavlen og lav referatet igen, eller godkend alligevel:',
    },
    en: {
      one: 'One agreement still lacks something. Fix it on the board and make the record again, or approve anyway:',
      other:
        '{count} agreements still lack something. Fix them on the board and make the record again, or approve anyway:',
    },
  },
  'records.lacks': { da: 'mangler', en: 'lacks' },
  'records.sendTitle': { da: 'Hvem har fået referatet?', en: 'Who has received the record?' },
  'records.sendHint': {
    da: 'Send selv referatet på kommunens sikre måde (fx sikker mail eller e-Boks). Her noteres, hvem der har fået det.',
    en: "Send the record yourself the municipality's secure way (e.g. secure mail or e-Boks). Here you note who received it.",
  },
  'records.citizen': { da: '{name} (borgeren)', en: '{name} (the citizen)' },
  'records.absent': { da: 'ikke til stede', en: 'not present' },
  'records.send': { da: 'Markér som sendt', en: 'Mark as sent' },
  'records.chooseRecipients': {
    da: 'Vælg mindst én, der har fået referatet.',
    en: 'Choose at least one person who received the record.',
  },
  'records.sent': {
    da: 'Version {version} er markeret som sendt.',
    en: 'Version {version} is marked as sent.',
  },
  'records.copy': { da: 'Kopiér journaltekst', en: 'Copy journal text' },
  'records.copied': {
    da: 'Journalteksten er kopieret. Sæt den ind i journalen.',
    en: 'The journal text is copied. Paste it into the journal.',
  },
  'records.copyFailed': {
    da: 'Kunne ikke kopiere. Hent tekstfilen i stedet.',
    en: 'Could not copy. Download the text file instead.',
  },
  'records.download': { da: 'Hent som tekstfil', en: 'Download as a text file' },
  'records.print': { da: 'Åbn til udskrift', en: 'Open for printing' },
  'records.newTab': { da: '(åbner i en ny fane)', en: '(opens in a new tab)' },
  'records.changesTitle': { da: 'Ændret siden version {version}', en: 'Changed since version {version}' },
  'records.noChanges': { da: 'Ingen ændringer i mål og aftaler.', en: 'No changes to goals and agreements.' },
  'records.older': { da: 'Tidligere versioner ({count})', en: 'Earlier versions ({count})' },
  'records.failed': {
    da: 'Det lykkedes ikke. Hent siden igen, og prøv igen.',
    en: 'That did not work. Reload the page and try again.',
  },
  'feedback.intro': {
    da: 'Spørgeguiden og evalueringen besvares af borgeren sammen med koordinatoren lige efter mødet. De andre deltagere ser ikke svarene.',
    en: 'The citizen answers the follow-up guide and the evaluation with the coordinator right after the meeting. The other participants do not see the answers.',
  },
  'feedback.none': {
    da: 'Spørgeguiden kan bruges, når et møde er holdt.',
    en: 'The follow-up guide can be used once a meeting has been held.',
  },
  'feedback.meeting': { da: 'Mødet', en: 'The meeting' },
  'feedback.open': { da: 'Åbn spørgeguiden', en: 'Open the follow-up guide' },
  'feedback.close': { da: 'Luk spørgeguiden', en: 'Close the follow-up guide' },
  'suggestions.title': {
    da: 'Borgerens forslag til næste møde',
    en: "The citizen's suggestions for the next meeting",
  },
  'suggestions.none': { da: 'Ingen forslag venter.', en: 'No suggestions are waiting.' },
  'suggestions.theme': { da: 'Tema', en: 'Theme' },
  'suggestions.notToDiscuss': { da: 'Ikke drøfte', en: 'Not to discuss' },
  'suggestions.accept': { da: 'Tag med på næste møde', en: 'Take onto the next meeting' },
  'suggestions.decline': { da: 'Afvis', en: 'Decline' },
  'closing.meetingOpen': {
    da: 'Mødet "{title}" er i gang. Afslut mødet på tavlen, før forløbet afsluttes.',
    en: 'The meeting "{title}" is going on. End the meeting on the board before closing the course.',
  },
  'closing.closed': { da: 'Forløbet er afsluttet.', en: 'The course is closed.' },
  'closing.reason': { da: 'Årsag', en: 'Reason' },
  'closing.services': {
    da: 'Indsatser, borgeren selv koordinerer',
    en: 'Services the citizen coordinates alone',
  },
  'closing.noServices': { da: 'Ingen.', en: 'None.' },
  'closing.lifeline': { da: 'Livline', en: 'Lifeline' },
  'closing.done': { da: 'Forløbet er afsluttet.', en: 'The course is closed.' },
  'closing.failed': {
    da: 'Forløbet blev ikke afsluttet. Hent siden igen, og prøv igen.',
    en: 'The course was not closed. Reload the page and try again.',
  },
  'courseData.exportIntro': {
    da: 'Borgeren har ret til en kopi af sine data: planen, hele forløbet og alle referater (HTML, tekst og JSON) i én ZIP-fil.',
    en: 'The citizen has the right to a copy of their data: the plan, the whole course and every record (HTML, text and JSON) in one ZIP file.',
  },
  'courseData.export': { da: 'Hent borgerens kopi (ZIP)', en: "Download the citizen's copy (ZIP)" },
  'courseData.deleteIntro': {
    da: 'Et afsluttet forløb slettes automatisk, når kommunens opbevaringsperiode er gået. Skal det slettes nu, kan du gøre det her. Det kan ikke fortrydes.',
    en: "A closed course is deleted automatically when the municipality's retention period is over. If it must go now, you can delete it here. This cannot be undone.",
  },
  'courseData.startDelete': { da: 'Slet forløbet …', en: 'Delete the course …' },
  'courseData.summary': {
    da: 'Slettes: tavlerne, {records}, {links}, koordinatorer og evalueringer. Alle åbne tavler lukkes, og kopier i browserne slettes. Adgangsloggen beholder kun, at forløbet blev slettet.',
    en: 'To be deleted: the boards, {records}, {links}, coordinators and evaluations. Every open board closes and copies kept in browsers are deleted. The access log keeps only that the course was deleted.',
  },
  'courseData.records': {
    da: { one: '{count} referatversion', other: '{count} referatversioner' },
    en: { one: '{count} record version', other: '{count} record versions' },
  },
  'courseData.links': {
    da: { one: '{count} link', other: '{count} links' },
    en: { one: '{count} link', other: '{count} links' },
  },
  'courseData.confirmLabel': {
    da: 'Skriv forløbets titel for at bekræfte: {title}',
    en: "Type the course's title to confirm: {title}",
  },
  'courseData.confirm': { da: 'Slet forløbet endeligt', en: 'Delete the course for good' },
  'courseData.cancel': { da: 'Fortryd', en: 'Cancel' },
  'courseData.failed': {
    da: 'Forløbet blev ikke slettet. Tjek titlen, og prøv igen.',
    en: 'The course was not deleted. Check the title and try again.',
  },
  'courseData.deleted': { da: 'Forløbet er slettet.', en: 'The course is deleted.' },
}) satisfies Record<`records.status.${RecordStatus}` | `records.methods.${ApprovalMethod}`, unknown>

export const usePageTexts = () => useText(pageTexts)
