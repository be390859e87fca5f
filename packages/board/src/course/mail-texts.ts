import { defineCatalog, useText } from '@bordenden/ui'

// The words of the course page's e-mail parts (settings, the records' notice).

export const mailTexts = defineCatalog({
  notConfigured: {
    da: 'E-mail er ikke sat op på serveren: Bordenden sender hverken referater eller påmindelser. "Markér som sendt" registrerer kun, at du selv har sendt referatet.',
    en: 'E-mail is not set up on the server: Bordenden sends neither records nor reminders. "Mark as sent" only records that you sent the record yourself.',
  },
  recordsByMail: {
    da: 'Når du markerer et godkendt referat som sendt, sender Bordenden det som PDF på e-mail til dem, du vælger, der har en e-mailadresse (borgerens står herunder under E-mail).',
    en: 'When you mark an approved record as sent, Bordenden e-mails it as a PDF to those you choose who have an e-mail address (the citizen’s is set under E-mail below).',
  },
  reminders: {
    da: 'Send påmindelser på e-mail om aftaler og møder',
    en: 'Send e-mail reminders about agreements and meetings',
  },
  remindersHint: {
    da: 'Til den ansvarlige før en aftales dato og dagen efter, hvis den ikke er nået; til de inviterede dagen før et møde. Hver mail har et link til at afmelde sig.',
    en: 'To the owner before an agreement’s date and the day after if it is not met; to the invitees the day before a meeting. Every mail has a link to unsubscribe.',
  },
  daysBefore: { da: 'Dage før en aftales dato', en: 'Days before an agreement’s date' },
  citizenEmail: {
    da: 'Borgerens e-mail (ses kun af koordinatorer)',
    en: 'The citizen’s e-mail (seen by coordinators only)',
  },
  save: { da: 'Gem', en: 'Save' },
  saved: { da: 'E-mailindstillingerne er gemt.', en: 'The e-mail settings are saved.' },
  waiting: {
    da: { one: '{count} mail venter på at blive sendt.', other: '{count} mails venter på at blive sendt.' },
    en: { one: '{count} mail is waiting to be sent.', other: '{count} mails are waiting to be sent.' },
  },
  givenUp: {
    da: {
      one: '{count} mail blev afvist af modtagerens mailserver (ukendt adresse). Tjek e-mailadresserne.',
      other: '{count} mails blev afvist af modtagerens mailserver (ukendt adresse). Tjek e-mailadresserne.',
    },
    en: {
      one: "{count} mail was refused by the recipient's mail server (unknown address). Check the e-mail addresses.",
      other:
        "{count} mails were refused by the recipient's mail server (unknown address). Check the e-mail addresses.",
    },
  },
  delivered: { da: 'Sendt på e-mail til {count}.', en: 'E-mailed to {count}.' },
  withoutAddress: {
    da: '{count} uden e-mailadresse skal have det på anden måde.',
    en: '{count} without an e-mail address must get it another way.',
  },
  failed: { da: 'Indstillingerne blev ikke gemt. Prøv igen.', en: 'The settings were not saved. Try again.' },
})

export const useMailTexts = () => useText(mailTexts)
