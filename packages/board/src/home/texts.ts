import type { Locale } from '@bordenden/model'
import { useLocale } from '@bordenden/ui'
import type { LinkKind } from './api.ts'

// The sign-in and home pages' own text, Danish first. Errors say what happened and what to do.

const da = {
  appName: 'Bordenden',
  languageSwitch: 'English',
  languageSwitchLang: 'en',
  loading: 'Henter…',
  retry: 'Prøv igen',
  failed: 'Noget gik galt. Prøv igen om lidt.',
  login: {
    title: 'Log ind',
    intro: 'For koordinatorer. Har du fået et link til en tavle, så brug linket i stedet.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    busy: 'Logger ind…',
    wrong: 'Forkert e-mail eller adgangskode.',
    missing: 'Skriv både din e-mail og din adgangskode.',
    rateLimited: (minutes: number) =>
      `For mange forsøg. Vent ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}, og prøv så igen.`,
  },
  signOut: 'Log ud',
  signedInAs: (name: string) => `Logget ind som ${name}`,
  home: {
    title: 'Mine forløb',
    none: 'Du har ingen forløb endnu. Opret det første herunder.',
    adminNote: 'Du er administrator. Forløbenes indhold ser kun deres koordinatorer.',
    roleOwner: 'ejer',
    roleCoordinator: 'medkoordinator',
    manage: 'Administrér',
    hide: 'Skjul',
    openBoard: 'Åbn tavlen',
  },
  newCourse: {
    title: 'Opret et forløb',
    courseTitle: 'Forløbets navn',
    citizenName: 'Borgerens navn',
    submit: 'Opret forløb',
    created: (title: string) => `Forløbet "${title}" er oprettet.`,
  },
  links: {
    title: 'Links til tavlen',
    newTitle: 'Lav et link',
    kind: 'Hvem er linket til?',
    kinds: {
      participant: 'Deltager i et møde',
      citizen: 'Borgeren',
      viewer: 'Seer (kun læsning)',
    } satisfies Record<LinkKind, string>,
    kindHelp: {
      participant: 'Kan redigere på mødedagen, og kun læse bagefter.',
      citizen: 'Borgerens faste link. Kan kun læse; redigerer sammen med koordinatoren på møderne.',
      viewer: 'Kan kun læse, fx skærmen i mødelokalet eller en pårørende.',
    } satisfies Record<LinkKind, string>,
    label: 'Navn på linket (fx personens navn)',
    meeting: 'Møde',
    noMeeting: 'Intet bestemt møde',
    invitee: 'Inviteret person',
    noInvitee: 'Ingen bestemt person',
    editDay: 'Må redigere på dagen',
    showPresence: 'Vis seeren for de andre (markør og navn)',
    submit: 'Lav link',
    shownOnce: 'Linket vises kun denne ene gang. Kopiér det nu, og send det sikkert til personen.',
    linkFor: (label: string) => `Link til ${label}`,
    copy: 'Kopiér link',
    copied: 'Kopieret',
    copyFailed: 'Kunne ikke kopiere. Markér linket, og kopiér det selv.',
    none: 'Der er ingen links endnu.',
    columns: { label: 'Navn', kind: 'Slags', window: 'Må redigere', status: 'Status', action: 'Handling' },
    active: 'Aktivt',
    revoked: 'Trukket tilbage',
    expired: 'Udløbet',
    readOnly: 'Kun læsning',
    revoke: 'Træk tilbage',
    revokeLabel: (label: string) => `Træk linket "${label}" tilbage`,
    revokedNow: (label: string) => `Linket "${label}" er trukket tilbage. Det virker ikke længere.`,
  },
  audit: {
    title: 'Adgangslog',
    show: 'Vis adgangslog',
    hide: 'Skjul adgangslog',
    none: 'Loggen er tom.',
    columns: { at: 'Tidspunkt', who: 'Hvem', what: 'Hvad', from: 'Fra' },
    unknownActor: 'Ukendt',
    actions: {
      'course.created': 'Oprettede forløbet',
      'course.opened': 'Åbnede tavlen',
      'course.refused': 'Blev afvist',
      'link.created': 'Lavede et link',
      'link.revoked': 'Trak et link tilbage',
      'member.added': 'Tilføjede en medkoordinator',
      'audit.viewed': 'Så adgangsloggen',
      'record.frozen': 'Låste et referat',
      'record.viewed': 'Læste et referat',
    } as Record<string, string>,
    readOnly: 'kun læsning',
  },
}

type Texts = typeof da

const en: Texts = {
  appName: 'Bordenden',
  languageSwitch: 'Dansk',
  languageSwitchLang: 'da',
  loading: 'Loading…',
  retry: 'Try again',
  failed: 'Something went wrong. Please try again shortly.',
  login: {
    title: 'Sign in',
    intro: 'For coordinators. If you were given a link to a board, use that link instead.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    wrong: 'Wrong email or password.',
    missing: 'Enter both your email and your password.',
    rateLimited: (minutes: number) =>
      `Too many attempts. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, then try again.`,
  },
  signOut: 'Sign out',
  signedInAs: (name: string) => `Signed in as ${name}`,
  home: {
    title: 'My courses',
    none: 'You have no courses yet. Create the first one below.',
    adminNote: 'You are an administrator. Only a course’s coordinators see its content.',
    roleOwner: 'owner',
    roleCoordinator: 'co-coordinator',
    manage: 'Manage',
    hide: 'Hide',
    openBoard: 'Open the board',
  },
  newCourse: {
    title: 'Create a course',
    courseTitle: 'Course name',
    citizenName: 'Citizen’s name',
    submit: 'Create course',
    created: (title: string) => `The course "${title}" was created.`,
  },
  links: {
    title: 'Links to the board',
    newTitle: 'Make a link',
    kind: 'Who is the link for?',
    kinds: { participant: 'Meeting participant', citizen: 'The citizen', viewer: 'Viewer (read-only)' },
    kindHelp: {
      participant: 'May edit on the meeting day, and only read afterwards.',
      citizen: 'The citizen’s own link. Read-only; edits with the coordinator in meetings.',
      viewer: 'Read-only, e.g. the screen in the meeting room or a relative.',
    },
    label: 'Name of the link (e.g. the person’s name)',
    meeting: 'Meeting',
    noMeeting: 'No particular meeting',
    invitee: 'Invited person',
    noInvitee: 'No particular person',
    editDay: 'May edit on the day',
    showPresence: 'Show the viewer to the others (pointer and name)',
    submit: 'Make link',
    shownOnce: 'The link is shown only this once. Copy it now and send it safely to the person.',
    linkFor: (label: string) => `Link for ${label}`,
    copy: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the link and copy it yourself.',
    none: 'There are no links yet.',
    columns: { label: 'Name', kind: 'Kind', window: 'May edit', status: 'Status', action: 'Action' },
    active: 'Active',
    revoked: 'Revoked',
    expired: 'Expired',
    readOnly: 'Read-only',
    revoke: 'Revoke',
    revokeLabel: (label: string) => `Revoke the link "${label}"`,
    revokedNow: (label: string) => `The link "${label}" was revoked. It no longer works.`,
  },
  audit: {
    title: 'Access log',
    show: 'Show access log',
    hide: 'Hide access log',
    none: 'The log is empty.',
    columns: { at: 'Time', who: 'Who', what: 'What', from: 'From' },
    unknownActor: 'Unknown',
    actions: {
      'course.created': 'Created the course',
      'course.opened': 'Opened the board',
      'course.refused': 'Was refused',
      'link.created': 'Made a link',
      'link.revoked': 'Revoked a link',
      'member.added': 'Added a co-coordinator',
      'audit.viewed': 'Viewed the access log',
      'record.frozen': 'Froze a record',
      'record.viewed': 'Read a record',
    },
    readOnly: 'read-only',
  },
}

const byLocale: Record<Locale, Texts> = { da, en }

export function useTexts(): Texts {
  return byLocale[useLocale()]
}

/** Date and time the way the page's language writes them. */
export function formatTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms)
}
