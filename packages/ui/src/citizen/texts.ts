import type { Locale } from '@bordenden/model'
import { useLocale } from '../locale.tsx'

/**
 * The citizen page's own words. Short sentences, "du" and "dig", no method names: the citizen reads this
 * alone at home, often on a phone, sometimes with a screen reader.
 */
const da = {
  pageTitle: 'Min plan',
  language: 'English',
  languageName: 'Read this page in English',
  print: 'Udskriv til køleskabet',
  contents: 'Indhold',
  live: {
    connecting: 'Henter din plan…',
    connected: 'Siden viser det nyeste. Den opdaterer sig selv.',
    reconnecting: 'Forbindelsen er væk. Vi prøver igen. Du ser det, vi sidst fik.',
    disconnected: 'Forbindelsen er lukket. Genindlæs siden for at se det nyeste.',
  },
  presence: {
    label: 'Vis de andre, at jeg kigger med',
    hidden: 'De andre kan ikke se, at du er her.',
    shown: 'De andre kan se, at du kigger med.',
  },
  goals: {
    title: 'Mine mål',
    intro: 'Det vil du gerne. Med dine egne ord.',
    none: 'Der er ingen mål endnu.',
    achieved: 'Nået',
    paused: 'Sat på pause',
  },
  agreements: {
    title: 'Hvem gør hvad – og hvornår',
    intro: 'Det har I aftalt. Hver aftale har en, der gør det.',
    none: 'Der er ingen aftaler lige nu.',
    you: 'Dig',
    nobody: 'Ingen har sagt ja til det endnu',
    noDate: 'Der er ikke aftalt en dato',
    delayed: 'Det er forsinket',
    changed: 'Aftalen er ændret',
    inProgress: 'Er i gang',
    managerAnswer: (when: string) => `Venter på svar fra en leder. Du får svar ${when}.`,
    done: (count: number) => (count === 1 ? 'Én aftale er klaret' : `${count} aftaler er klaret`),
  },
  network: {
    title: 'Mit netværk',
    intro: 'De mennesker, der er omkring dig. Tættest på dig står inderst.',
    you: 'Dig',
    showList: 'Vis som liste',
    showMap: 'Vis som tegning',
    mapLabel: (count: number) => `Tegning af dit netværk med ${count} personer`,
    notInvolved: 'Du ønsker ikke, at de er med',
    none: 'Der er ingen i dit netværk endnu.',
  },
  meeting: {
    title: 'Næste møde',
    none: 'Der er ikke aftalt et nyt møde endnu.',
    now: 'Mødet er i gang nu.',
    when: 'Hvornår',
    at: (time: string) => `klokken ${time}`,
    where: 'Hvor',
    noPlace: 'Stedet er ikke aftalt endnu',
    coming: 'Hvem kommer',
    cannotCome: 'kan ikke komme',
    nobodyYet: 'Der er ikke inviteret nogen endnu.',
    themes: 'Det vil du tale om',
    noThemes: 'Du har ikke valgt emner endnu. Tal med din koordinator om det.',
  },
  record: {
    title: 'Det har vi aftalt',
    none: 'Der er ikke skrevet et referat endnu.',
    unavailable: 'Referatet kan kun ses med dit eget link.',
    loading: 'Henter referatet…',
    failed: 'Referatet kunne ikke hentes lige nu.',
    from: (date: string) => `Referat fra mødet ${date}.`,
    waiting: 'Referatet venter på dig. Læs det, og godkend det, hvis det passer.',
    approveHint: 'Når du godkender, kan det sendes til de andre.',
    approve: 'Godkend',
    approving: 'Godkender…',
    approveFailed: 'Det lykkedes ikke. Prøv igen, eller ring til din koordinator.',
    approved: (date: string) => `Du godkendte referatet ${date}.`,
    thanks: 'Tak. Du har godkendt referatet.',
    readAll: 'Læs hele referatet',
    nobody: 'Ingen endnu',
  },
  coordinator: {
    title: 'Din koordinator',
    call: 'Ring, hvis du har spørgsmål:',
    phone: 'Telefon',
  },
  fridge: {
    goalsHint: 'Sæt kryds, når du er nået dit mål.',
    updated: (date: string) => `Udskrevet ${date}.`,
  },
}

type CitizenTexts = typeof da

const en: CitizenTexts = {
  pageTitle: 'My plan',
  language: 'Dansk',
  languageName: 'Læs siden på dansk',
  print: 'Print for the fridge',
  contents: 'Contents',
  live: {
    connecting: 'Getting your plan…',
    connected: 'This page shows the latest. It updates by itself.',
    reconnecting: 'The connection is lost. We are trying again. You see what we got last.',
    disconnected: 'The connection is closed. Reload the page to see the latest.',
  },
  presence: {
    label: 'Show the others that I am looking',
    hidden: 'The others cannot see that you are here.',
    shown: 'The others can see that you are looking.',
  },
  goals: {
    title: 'My goals',
    intro: 'What you want. In your own words.',
    none: 'There are no goals yet.',
    achieved: 'Reached',
    paused: 'On hold',
  },
  agreements: {
    title: 'Who does what – and when',
    intro: 'This is what you agreed. Each agreement has someone who does it.',
    none: 'There are no agreements right now.',
    you: 'You',
    nobody: 'Nobody has said yes to this yet',
    noDate: 'No date agreed',
    delayed: 'It is late',
    changed: 'The agreement was changed',
    inProgress: 'In progress',
    managerAnswer: (when: string) => `Waiting for a manager to answer. You will hear ${when}.`,
    done: (count: number) => (count === 1 ? 'One agreement is done' : `${count} agreements are done`),
  },
  network: {
    title: 'My network',
    intro: 'The people around you. Those closest to you are in the middle.',
    you: 'You',
    showList: 'Show as a list',
    showMap: 'Show as a drawing',
    mapLabel: (count: number) => `Drawing of your network with ${count} people`,
    notInvolved: 'You do not want them involved',
    none: 'There is nobody in your network yet.',
  },
  meeting: {
    title: 'Next meeting',
    none: 'No new meeting has been set yet.',
    now: 'The meeting is happening now.',
    when: 'When',
    at: (time: string) => `at ${time}`,
    where: 'Where',
    noPlace: 'The place is not set yet',
    coming: 'Who is coming',
    cannotCome: 'cannot come',
    nobodyYet: 'Nobody has been invited yet.',
    themes: 'What you want to talk about',
    noThemes: 'You have not chosen topics yet. Talk to your coordinator about it.',
  },
  record: {
    title: 'What we agreed',
    none: 'No record has been written yet.',
    unavailable: 'The record can only be seen with your own link.',
    loading: 'Getting the record…',
    failed: 'The record could not be fetched right now.',
    from: (date: string) => `Record of the meeting ${date}.`,
    waiting: 'The record is waiting for you. Read it, and approve it if it is right.',
    approveHint: 'When you approve it, it can be sent to the others.',
    approve: 'Approve',
    approving: 'Approving…',
    approveFailed: 'That did not work. Try again, or call your coordinator.',
    approved: (date: string) => `You approved the record ${date}.`,
    thanks: 'Thank you. You have approved the record.',
    readAll: 'Read the whole record',
    nobody: 'Nobody yet',
  },
  coordinator: {
    title: 'Your coordinator',
    call: 'Call if you have questions:',
    phone: 'Phone',
  },
  fridge: {
    goalsHint: 'Tick a goal when you have reached it.',
    updated: (date: string) => `Printed ${date}.`,
  },
}

const texts: Record<Locale, CitizenTexts> = { da, en }

/** The citizen page's texts in the current locale. */
export function useCitizenTexts(): CitizenTexts {
  return texts[useLocale()]
}
