import { defineCatalog, translator } from '@bordenden/text'

/**
 * The words of the e-mails the server sends and of the pages their links open. They go to the citizen and
 * the network, who have no account and so no stored language: they are written in Danish, the language of
 * the municipality that invited them; the English texts complete the catalog.
 */
export const mailTexts = defineCatalog({
  'mail.greeting': { da: 'Hej', en: 'Hello' },
  'mail.recordLink': {
    da: 'Du kan også hente referatet her: {link}',
    en: 'You can also fetch the record here: {link}',
  },
  'mail.signature': { da: 'Venlig hilsen\nBordenden', en: 'Kind regards\nBordenden' },
  'mail.unsubscribe': {
    da: 'Vil du ikke have flere påmindelser fra dette forløb? Afmeld her: {link}',
    en: 'No more reminders from this course? Unsubscribe here: {link}',
  },
  'mail.automatic': {
    da: '(Denne mail er sendt automatisk; svar på den bliver ikke læst.)',
    en: '(This mail was sent automatically; replies to it are not read.)',
  },
  'reminder.noDescription': { da: 'en aftale uden beskrivelse', en: 'an agreement without a description' },
  'reminder.dueSoon.subject': {
    da: 'Påmindelse: en aftale skal være klar {date}',
    en: 'Reminder: an agreement is due {date}',
  },
  'reminder.dueSoon.body': {
    da: 'Du har sagt ja til en aftale i et netværksforløb, som skal være klar {date}:',
    en: 'You agreed to something in a network course that is due {date}:',
  },
  'reminder.dueSoon.howItGoes': {
    da: 'Du kan fortælle, hvordan det går, via det link, du har fået af koordinatoren.',
    en: 'You can tell how it is going through the link the coordinator gave you.',
  },
  'reminder.overdue.subject': {
    da: 'Påmindelse: en aftale har passeret sin dato',
    en: 'Reminder: an agreement has passed its date',
  },
  'reminder.overdue.body': {
    da: 'En aftale, du har sagt ja til i et netværksforløb, skulle have været klar {date}:',
    en: 'Something you agreed to in a network course was due {date}:',
  },
  'reminder.overdue.howItStands': {
    da: 'Fortæl gerne, hvordan det står til, via det link, du har fået af koordinatoren, eller kontakt koordinatoren.',
    en: 'Please tell how it stands through the link the coordinator gave you, or contact the coordinator.',
  },
  'reminder.quoted': { da: '"{what}"', en: '"{what}"' },
  'reminder.at': { da: '{date} kl. {time}', en: '{date} at {time}' },
  'reminder.place': { da: 'Stedet er: {place}.', en: 'The place is: {place}.' },
  'reminder.meeting.subject': {
    da: 'Påmindelse: netværksmøde i morgen, {date}',
    en: 'Reminder: network meeting tomorrow, {date}',
  },
  'reminder.meeting.body': {
    da: 'Du er inviteret til netværksmøde i morgen, {when}.',
    en: 'You are invited to a network meeting tomorrow, {when}.',
  },
  'record.subject': {
    da: 'Aftalereferat fra netværksmødet {date}',
    en: 'Agreement record from the network meeting {date}',
  },
  'record.body': {
    da: 'Referatet fra netværksmødet {date} er godkendt af borgeren. Det er vedhæftet som PDF.',
    en: 'The record of the network meeting {date} is approved by the citizen. It is attached as a PDF.',
  },
  'record.filename': {
    da: 'aftalereferat-{date}-v{version}.pdf',
    en: 'agreement-record-{date}-v{version}.pdf',
  },
  'link.unknown.title': { da: 'Linket virker ikke', en: 'The link does not work' },
  'link.unknown.body': {
    da: 'Linket er ukendt eller forløbet findes ikke længere.',
    en: 'The link is unknown or the course no longer exists.',
  },
  'link.unsubscribe.title': { da: 'Afmeld påmindelser', en: 'Unsubscribe from reminders' },
  'link.unsubscribe.question': {
    da: 'Vil du ikke længere have påmindelser på e-mail fra dette netværksforløb?',
    en: 'Would you rather not get e-mail reminders from this network course any more?',
  },
  'link.unsubscribe.button': { da: 'Afmeld påmindelser', en: 'Unsubscribe from reminders' },
  'link.unsubscribed.title': { da: 'Du er afmeldt', en: 'You are unsubscribed' },
  'link.unsubscribed.body': {
    da: 'Du får ikke flere påmindelser fra dette forløb. Koordinatoren kan stadig skrive til dig.',
    en: 'You get no more reminders from this course. The coordinator can still write to you.',
  },
})

/** The mails' texts in Danish (see above). */
export const mailText = translator(mailTexts, 'da')
