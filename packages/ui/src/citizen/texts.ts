import type { Sector } from '@bordenden/model'
import { defineCatalog } from '@bordenden/text'
import { useText } from '../locale.tsx'

/**
 * The citizen page's own words. Short sentences, "du" and "dig", no method names: the citizen reads this
 * alone at home, often on a phone, sometimes with a screen reader.
 */
export const citizenTexts = defineCatalog({
  pageTitle: { da: 'Min plan', en: 'My plan' },
  documentTitle: { da: 'Min plan – Bordenden', en: 'My plan – Bordenden' },
  print: { da: 'Udskriv til køleskabet', en: 'Print for the fridge' },
  contents: { da: 'Indhold', en: 'Contents' },
  'live.connecting': { da: 'Henter din plan…', en: 'Getting your plan…' },
  'live.connected': {
    da: 'Siden viser det nyeste. Den opdaterer sig selv.',
    en: 'This page shows the latest. It updates by itself.',
  },
  'live.reconnecting': {
    da: 'Forbindelsen er væk. Vi prøver igen. Du ser det, vi sidst fik.',
    en: 'The connection is lost. We are trying again. You see what we got last.',
  },
  'live.disconnected': {
    da: 'Forbindelsen er lukket. Genindlæs siden for at se det nyeste.',
    en: 'The connection is closed. Reload the page to see the latest.',
  },
  'live.outdated': {
    da: 'Der er kommet en ny version af siden. Genindlæs siden.',
    en: 'There is a new version of this page. Reload the page.',
  },
  theCitizen: { da: 'borgeren', en: 'the citizen' },
  othersView: {
    da: 'Sådan ser {name} siden. Kun {name} kan godkende referatet.',
    en: 'This is how {name} sees the page. Only {name} can approve the record.',
  },
  'presence.label': { da: 'Vis de andre, at jeg kigger med', en: 'Show the others that I am looking' },
  'presence.hidden': {
    da: 'De andre kan ikke se, at du er her.',
    en: 'The others cannot see that you are here.',
  },
  'presence.shown': {
    da: 'De andre kan se, at du kigger med.',
    en: 'The others can see that you are looking.',
  },
  'goals.title': { da: 'Mine mål', en: 'My goals' },
  'goals.intro': { da: 'Det vil du gerne. Med dine egne ord.', en: 'What you want. In your own words.' },
  'goals.none': { da: 'Der er ingen mål endnu.', en: 'There are no goals yet.' },
  'goals.achieved': { da: 'Nået', en: 'Reached' },
  'goals.paused': { da: 'Sat på pause', en: 'On hold' },
  'agreements.title': { da: 'Hvem gør hvad – og hvornår', en: 'Who does what – and when' },
  'agreements.intro': {
    da: 'Det har I aftalt. Hver aftale har en, der gør det.',
    en: 'This is what you agreed. Each agreement has someone who does it.',
  },
  'agreements.none': { da: 'Der er ingen aftaler lige nu.', en: 'There are no agreements right now.' },
  'agreements.you': { da: 'Dig', en: 'You' },
  'agreements.nobody': { da: 'Ingen har sagt ja til det endnu', en: 'Nobody has said yes to this yet' },
  'agreements.noDate': { da: 'Der er ikke aftalt en dato', en: 'No date agreed' },
  'agreements.by': { da: 'inden {day}', en: 'by {day}' },
  'agreements.delayed': { da: 'Det er forsinket', en: 'It is late' },
  'agreements.changed': { da: 'Aftalen er ændret', en: 'The agreement was changed' },
  'agreements.inProgress': { da: 'Er i gang', en: 'In progress' },
  'agreements.managerAnswer': {
    da: 'Venter på svar fra en leder. Du får svar inden {day}.',
    en: 'Waiting for a manager to answer. You will hear by {day}.',
  },
  'agreements.managerAnswerLate': {
    da: 'Venter på svar fra en leder. Svaret skulle være kommet {day}.',
    en: 'Waiting for a manager to answer. The answer was due {day}.',
  },
  'agreements.done': {
    da: { one: 'Én aftale er klaret', other: '{count} aftaler er klaret' },
    en: { one: 'One agreement is done', other: '{count} agreements are done' },
  },
  'network.title': { da: 'Mit netværk', en: 'My network' },
  'network.intro': {
    da: 'De mennesker, der er omkring dig. Tættest på dig står inderst.',
    en: 'The people around you. Those closest to you are in the middle.',
  },
  'network.you': { da: 'Dig', en: 'You' },
  'network.showList': { da: 'Vis som liste', en: 'Show as a list' },
  'network.showMap': { da: 'Vis som tegning', en: 'Show as a drawing' },
  'network.mapLabel': {
    da: 'Tegning af dit netværk med {count} personer',
    en: 'Drawing of your network with {count} people',
  },
  'network.notInvolved': { da: 'Du ønsker ikke, at de er med', en: 'You do not want them involved' },
  'network.none': { da: 'Der er ingen i dit netværk endnu.', en: 'There is nobody in your network yet.' },
  'network.sectors.family': { da: 'Familie', en: 'Family' },
  'network.sectors.friends': { da: 'Venner', en: 'Friends' },
  'network.sectors.civilSociety': { da: 'Foreninger og frivillige', en: 'Clubs and volunteers' },
  'network.sectors.municipal': { da: 'Folk fra kommunen', en: 'People from the council' },
  'network.sectors.regional': { da: 'Læge, sygehus og psykiatri', en: 'Doctor, hospital and psychiatry' },
  'network.sectors.other': { da: 'Andre', en: 'Others' },
  'meeting.title': { da: 'Næste møde', en: 'Next meeting' },
  'meeting.none': { da: 'Der er ikke aftalt et nyt møde endnu.', en: 'No new meeting has been set yet.' },
  'meeting.now': { da: 'Mødet er i gang nu.', en: 'The meeting is happening now.' },
  'meeting.when': { da: 'Hvornår', en: 'When' },
  'meeting.at': { da: 'klokken {time}', en: 'at {time}' },
  'meeting.where': { da: 'Hvor', en: 'Where' },
  'meeting.noPlace': { da: 'Stedet er ikke aftalt endnu', en: 'The place is not set yet' },
  'meeting.coming': { da: 'Hvem kommer', en: 'Who is coming' },
  'meeting.cannotCome': { da: 'kan ikke komme', en: 'cannot come' },
  'meeting.nobodyYet': { da: 'Der er ikke inviteret nogen endnu.', en: 'Nobody has been invited yet.' },
  'meeting.themes': { da: 'Det vil du tale om', en: 'What you want to talk about' },
  'meeting.noThemes': {
    da: 'Du har ikke valgt emner endnu. Tal med din koordinator om det.',
    en: 'You have not chosen topics yet. Talk to your coordinator about it.',
  },
  'meeting.notToDiscuss': { da: 'Det ønsker du ikke at drøfte', en: 'What you do not want to discuss' },
  'record.title': { da: 'Det har vi aftalt', en: 'What we agreed' },
  'record.none': { da: 'Der er ikke skrevet et referat endnu.', en: 'No record has been written yet.' },
  'record.unavailable': {
    da: 'Referatet kan kun ses med dit eget link.',
    en: 'The record can only be seen with your own link.',
  },
  'record.loading': { da: 'Henter referatet…', en: 'Getting the record…' },
  'record.failed': {
    da: 'Referatet kunne ikke hentes lige nu.',
    en: 'The record could not be fetched right now.',
  },
  'record.from': { da: 'Referat fra mødet {date}.', en: 'Record of the meeting {date}.' },
  'record.waiting': {
    da: 'Referatet venter på dig. Læs det, og godkend det, hvis det passer.',
    en: 'The record is waiting for you. Read it, and approve it if it is right.',
  },
  'record.waitingFor': {
    da: 'Referatet venter på, at {name} godkender det.',
    en: 'The record is waiting for {name} to approve it.',
  },
  'record.approveHint': {
    da: 'Når du godkender, kan det sendes til de andre.',
    en: 'When you approve it, it can be sent to the others.',
  },
  'record.approve': { da: 'Godkend', en: 'Approve' },
  'record.approving': { da: 'Godkender…', en: 'Approving…' },
  'record.approveFailed': {
    da: 'Det lykkedes ikke. Prøv igen, eller ring til din koordinator.',
    en: 'That did not work. Try again, or call your coordinator.',
  },
  'record.approved': { da: 'Du godkendte referatet {date}.', en: 'You approved the record {date}.' },
  'record.approvedBy': { da: 'Referatet blev godkendt {date}.', en: 'The record was approved {date}.' },
  'record.thanks': { da: 'Tak. Du har godkendt referatet.', en: 'Thank you. You have approved the record.' },
  'record.readAll': { da: 'Læs hele referatet', en: 'Read the whole record' },
  'record.nobody': { da: 'Ingen endnu', en: 'Nobody yet' },
  'record.done': { da: 'Det er klaret', en: 'It is done' },
  'record.abandoned': { da: 'Det blev ikke til noget', en: 'It did not happen' },
  'coordinator.title': { da: 'Din koordinator', en: 'Your coordinator' },
  'coordinator.call': { da: 'Ring, hvis du har spørgsmål:', en: 'Call if you have questions:' },
  'coordinator.phone': { da: 'Telefon', en: 'Phone' },
  'fridge.goalsHint': {
    da: 'Sæt kryds, når du har nået dit mål.',
    en: 'Tick a goal when you have reached it.',
  },
  'fridge.updated': { da: 'Udskrevet {date}.', en: 'Printed {date}.' },
}) satisfies Record<`network.sectors.${Sector}`, unknown>

/** `t(key, params)` over the citizen page's texts in the current locale. */
export const useCitizenTexts = () => useText(citizenTexts)
