import { defineCatalog, translator } from '@bordenden/text'

/**
 * The agreement record's words: the journal text, the printed page, its two boards as SVG and the changes
 * between versions. The record is the municipality's journal document and is always written in Danish
 * (its hash and versions depend on every byte), so the server renders it with `recordText` below; the
 * English texts are here so the catalog is complete, for a reader's translation of the same record.
 */
export const recordTexts = defineCatalog({
  'approval.inMeeting': { da: 'på mødet', en: 'at the meeting' },
  'approval.inPerson': {
    da: 'ved et senere møde med koordinatoren',
    en: 'at a later meeting with the coordinator',
  },
  'approval.citizenLink': { da: 'selv via sit link', en: 'themselves through their link' },
  'approval.draft': {
    da: 'UDKAST – endnu ikke godkendt af borgeren.',
    en: 'DRAFT – not yet approved by the citizen.',
  },
  'approval.approved': {
    da: 'Godkendt af {name} {day} ({how}).',
    en: 'Approved by {name} {day} ({how}).',
  },
  'approval.sent': { da: 'Sendt {day} til {to}.', en: 'Sent {day} to {to}.' },
  'record.id': { da: 'Referat {id}, kontrolsum {hash}.', en: 'Record {id}, checksum {hash}.' },
  'record.idShort': { da: 'Referat {id} · kontrolsum {hash}', en: 'Record {id} · checksum {hash}' },
  'person.citizen': { da: 'borgeren', en: 'the citizen' },
  'agreement.ownerMissing': { da: '[ansvarlig mangler]', en: '[owner missing]' },
  'agreement.dateMissing': { da: '[dato mangler]', en: '[date missing]' },
  'agreement.whatMissing': { da: '[indhold mangler]', en: '[content missing]' },
  'agreement.by': { da: 'senest {date}', en: 'by {date}' },
  'agreement.followUp': { da: 'Opfølgning: {list}', en: 'Follow-up: {list}' },
  'agreement.managerDecision': { da: 'Kræver ledelsens beslutning', en: 'Needs a manager’s decision' },
  'agreement.answerBy': { da: 'svar senest {date}', en: 'answer by {date}' },
  'meeting.at': { da: 'kl. {time}', en: 'at {time}' },
  'journal.title': { da: 'AFTALEREFERAT – {title}, {date}', en: 'AGREEMENT RECORD – {title}, {date}' },
  'journal.citizen': {
    da: 'Borger: {name}. {municipality}. Version {version}.',
    en: 'Citizen: {name}. {municipality}. Version {version}.',
  },
  'journal.place': { da: 'Sted: {place}.', en: 'Place: {place}.' },
  'journal.present': { da: 'Til stede: {names}.', en: 'Present: {names}.' },
  'journal.absent': { da: 'Ikke til stede: {names}.', en: 'Not present: {names}.' },
  'journal.unknown': {
    da: 'Fremmøde ikke registreret: {names}.',
    en: 'Attendance not recorded: {names}.',
  },
  'journal.overallGoal': {
    da: 'Borgerens mål for mødet: {goal}',
    en: 'The citizen’s goal for the meeting: {goal}',
  },
  'journal.themes': { da: 'Temaer: {themes}', en: 'Themes: {themes}' },
  'journal.goals': { da: 'MÅL (med borgerens ord)', en: 'GOALS (in the citizen’s words)' },
  'journal.agreements': { da: 'HVEM GØR HVAD – OG HVORNÅR', en: 'WHO DOES WHAT – AND WHEN' },
  'journal.noAgreements': { da: 'Ingen nye aftaler.', en: 'No new agreements.' },
  'journal.ongoing': {
    da: 'AFTALER FRA TIDLIGERE, DER STADIG ER I GANG',
    en: 'EARLIER AGREEMENTS STILL UNDER WAY',
  },
  'journal.settled': {
    da: 'AFTALER FRA TIDLIGERE, DER ER AFSLUTTET SIDEN SIDST',
    en: 'EARLIER AGREEMENTS SETTLED SINCE LAST TIME',
  },
  'journal.parked': { da: 'PARKEREDE EMNER', en: 'PARKED TOPICS' },
  'journal.changedSince': { da: 'ÆNDRET SIDEN VERSION {version}', en: 'CHANGED SINCE VERSION {version}' },
  'page.title': { da: 'Aftalereferat – {name} – {date}', en: 'Agreement record – {name} – {date}' },
  'page.heading': { da: 'Aftalereferat fra {meeting}', en: 'Agreement record from {meeting}' },
  'page.citizen': { da: 'Borger:', en: 'Citizen:' },
  'page.version': { da: 'version {version}', en: 'version {version}' },
  'page.print': { da: 'Udskriv', en: 'Print' },
  'page.attendance': { da: 'Hvem var med', en: 'Who took part' },
  'page.overallGoal': { da: '{name}s mål for mødet', en: '{name}’s goal for the meeting' },
  'page.themes': { da: 'Temaer', en: 'Themes' },
  'page.goals': { da: 'Mål – med {name}s egne ord', en: 'Goals – in {name}’s own words' },
  'page.agreements': { da: 'Hvem gør hvad – og hvornår', en: 'Who does what – and when' },
  'page.ongoing': {
    da: 'Aftaler fra tidligere, der stadig er i gang',
    en: 'Earlier agreements still under way',
  },
  'page.settled': {
    da: 'Aftaler fra tidligere, der er afsluttet siden sidst',
    en: 'Earlier agreements settled since last time',
  },
  'page.parked': { da: 'Parkerede emner', en: 'Parked topics' },
  'page.changedSince': { da: 'Ændret siden version {version}', en: 'Changed since version {version}' },
  'page.boards': { da: 'Tavlerne', en: 'The boards' },
  'page.networkMap': { da: 'Netværkskortet', en: 'The network map' },
  'page.goalBoard': { da: 'Mål og aftaler', en: 'Goals and agreements' },
  'table.who': { da: 'Hvem', en: 'Who' },
  'table.what': { da: 'Gør hvad', en: 'Does what' },
  'table.when': { da: 'Hvornår', en: 'When' },
  'table.status': { da: 'Status', en: 'Status' },
  'table.ownerMissing': { da: 'Ansvarlig mangler', en: 'Owner missing' },
  'table.dateMissing': { da: 'Dato mangler', en: 'Date missing' },
  'table.missing': { da: 'Mangler: {fields}', en: 'Missing: {fields}' },
  'networkMap.title': { da: 'Netværkskort for {name}', en: 'Network map for {name}' },
  'networkMap.legend': { da: 'Numrene på kortet: {numbers}', en: 'The numbers on the map: {numbers}' },
  'goalBoard.noAgreements': {
    da: 'Ingen aftaler til dette mål endnu',
    en: 'No agreements for this goal yet',
  },
  'goalBoard.otherAgreements': { da: 'Andre aftaler', en: 'Other agreements' },
  'goalBoard.empty': { da: 'Ingen mål eller aftaler endnu', en: 'No goals or agreements yet' },
  'goalBoard.whatMissing': { da: 'Mangler indhold', en: 'Content missing' },
  'goalBoard.dateMissing': { da: 'mangler dato', en: 'date missing' },
  'goalBoard.ownerMissing': { da: 'mangler ansvarlig', en: 'owner missing' },
  'goalBoard.awaitingManager': {
    da: 'venter på ledelsens beslutning',
    en: 'waiting for a manager’s decision',
  },
  'goalBoard.answerDateMissing': {
    da: 'mangler dato for ledelsens svar',
    en: 'date for the manager’s answer missing',
  },
  'change.set': { da: '{field} sat til {after}', en: '{field} set to {after}' },
  'change.removed': { da: '{field} fjernet (var {before})', en: '{field} removed (was {before})' },
  'change.changed': {
    da: '{field} ændret fra {before} til {after}',
    en: '{field} changed from {before} to {after}',
  },
  'change.field.status': { da: 'status', en: 'status' },
  'change.field.owner': { da: 'ansvarlig', en: 'owner' },
  'change.field.date': { da: 'dato', en: 'date' },
  'change.field.goal': { da: 'mål', en: 'goal' },
  'change.field.followUp': { da: 'opfølgning', en: 'follow-up' },
  'change.field.managerAnswerBy': { da: 'frist for ledelsens svar', en: 'deadline for the manager’s answer' },
  'change.goalReworded': {
    da: 'Målet “{before}” er ændret til “{after}”',
    en: 'The goal “{before}” is changed to “{after}”',
  },
  'change.goalReached': { da: 'Målet “{goal}” er nået', en: 'The goal “{goal}” is reached' },
  'change.goalFields': { da: 'Målet “{goal}”: {change}', en: 'The goal “{goal}”: {change}' },
  'change.goalAdded': { da: 'Nyt mål: “{goal}”', en: 'New goal: “{goal}”' },
  'change.goalRemoved': { da: 'Målet “{goal}” er fjernet', en: 'The goal “{goal}” is removed' },
  'change.agreementName': { da: 'Aftalen “{what}”', en: 'The agreement “{what}”' },
  'change.whatChanged': { da: 'indhold ændret til “{what}”', en: 'content changed to “{what}”' },
  'change.needsManager': { da: 'kræver nu ledelsens beslutning', en: 'now needs a manager’s decision' },
  'change.noManager': {
    da: 'kræver ikke længere ledelsens beslutning',
    en: 'no longer needs a manager’s decision',
  },
  'change.done': { da: '{name} er udført', en: '{name} is done' },
  'change.abandoned': { da: '{name} er opgivet', en: '{name} is abandoned' },
  'change.fields': { da: '{name}: {changes}', en: '{name}: {changes}' },
  'change.agreementAdded': {
    da: 'Ny aftale: “{what}” ({who}, {when})',
    en: 'New agreement: “{what}” ({who}, {when})',
  },
  'change.notFilledIn': { da: 'ikke udfyldt', en: 'not filled in' },
  'change.agreementRemoved': { da: 'Aftalen “{what}” er fjernet', en: 'The agreement “{what}” is removed' },
})

/** The record's texts, in Danish: the journal's language (see above). */
export const recordText = translator(recordTexts, 'da')
