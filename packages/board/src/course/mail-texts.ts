import type { Locale } from '@bordenden/model'
import { useLocale } from '@bordenden/ui'

// The words of the course page's e-mail parts (settings, the records' notice), Danish first.

const da = {
  notConfigured:
    'E-mail er ikke sat op på serveren: Bordenden sender hverken referater eller påmindelser. "Markér som sendt" registrerer kun, at du selv har sendt referatet.',
  recordsByMail:
    'Når du markerer et godkendt referat som sendt, sender Bordenden det som PDF på e-mail til dem, du vælger, der har en e-mailadresse (borgerens står herunder under E-mail).',
  reminders: 'Send påmindelser på e-mail om aftaler og møder',
  remindersHint:
    'Til den ansvarlige før en aftales dato og dagen efter, hvis den ikke er nået; til de inviterede dagen før et møde. Hver mail har et link til at afmelde sig.',
  daysBefore: 'Dage før en aftales dato',
  citizenEmail: 'Borgerens e-mail (ses kun af koordinatorer)',
  save: 'Gem',
  saved: 'E-mailindstillingerne er gemt.',
  waiting: (n: number) => `${n} ${n === 1 ? 'mail venter' : 'mails venter'} på at blive sendt.`,
  givenUp: (n: number) =>
    `${n} ${n === 1 ? 'mail' : 'mails'} blev afvist af modtagerens mailserver (ukendt adresse). Tjek e-mailadresserne.`,
  delivered: (queued: number, withoutAddress: number) =>
    `Sendt på e-mail til ${queued}.${withoutAddress ? ` ${withoutAddress} uden e-mailadresse skal have det på anden måde.` : ''}`,
  failed: 'Indstillingerne blev ikke gemt. Prøv igen.',
}

type Texts = typeof da

const en: Texts = {
  notConfigured:
    'E-mail is not set up on the server: Bordenden sends neither records nor reminders. "Mark as sent" only records that you sent the record yourself.',
  recordsByMail:
    'When you mark an approved record as sent, Bordenden e-mails it as a PDF to those you choose who have an e-mail address (the citizen’s is set under E-mail below).',
  reminders: 'Send e-mail reminders about agreements and meetings',
  remindersHint:
    'To the owner before an agreement’s date and the day after if it is not met; to the invitees the day before a meeting. Every mail has a link to unsubscribe.',
  daysBefore: 'Days before an agreement’s date',
  citizenEmail: 'The citizen’s e-mail (seen by coordinators only)',
  save: 'Save',
  saved: 'The e-mail settings are saved.',
  waiting: (n: number) => `${n} ${n === 1 ? 'mail is' : 'mails are'} waiting to be sent.`,
  givenUp: (n: number) =>
    `${n} ${n === 1 ? 'mail was' : 'mails were'} refused by the recipient's mail server (unknown address). Check the e-mail addresses.`,
  delivered: (queued: number, withoutAddress: number) =>
    `E-mailed to ${queued}.${withoutAddress ? ` ${withoutAddress} without an e-mail address must get it another way.` : ''}`,
  failed: 'The settings were not saved. Try again.',
}

export function useMailTexts(): Texts {
  return { da, en }[useLocale() as Locale]
}
