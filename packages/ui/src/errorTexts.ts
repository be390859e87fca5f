import { ApiError, type ErrorCode } from '@bordenden/contract'
import type { Locale } from '@bordenden/model'
import { defineCatalog, translate } from '@bordenden/text'

/** The server's refusals (`{ error: { code } }`) in words, for every client, in both languages. */
export const errorTexts = defineCatalog({
  invalid_body: { da: 'Nogle af oplysningerne er ikke gyldige.', en: 'Some of the details are not valid.' },
  not_found: { da: 'Det findes ikke (længere).', en: 'It does not exist (any more).' },
  internal_error: { da: 'Der skete en fejl på serveren. Prøv igen.', en: 'The server failed. Try again.' },
  cross_site_refused: {
    da: 'Forespørgslen kom fra en anden side og blev afvist.',
    en: 'The request came from another site and was refused.',
  },
  websocket_expected: {
    da: 'Forbindelsen skal være en websocket.',
    en: 'The connection must be a websocket.',
  },
  sign_in_required: { da: 'Du skal logge ind.', en: 'You need to sign in.' },
  invalid_course_id: { da: 'Forløbets adresse er ikke gyldig.', en: 'The course address is not valid.' },
  no_course_access: { da: 'Du har ikke adgang til dette forløb.', en: 'You have no access to this course.' },
  role_not_allowed: { da: 'Det kan du ikke med din adgang.', en: 'Your access does not allow that.' },
  owner_only: { da: 'Det kan kun forløbets ejer.', en: 'Only the owner of the course can do that.' },
  coordinators_only: {
    da: 'Kun koordinatorer kan oprette forløb.',
    en: 'Only coordinators can create courses.',
  },
  leaders_only: { da: 'Kun for ledere.', en: 'For leaders only.' },
  leader_aggregates_only: {
    da: 'Som leder ser du kun de samlede tal, ikke de enkelte forløb.',
    en: 'As a leader you see only the overall figures, not the courses.',
  },
  wrong_credentials: { da: 'Forkert e-mail eller adgangskode.', en: 'Wrong e-mail or password.' },
  too_many_attempts: {
    da: 'For mange forsøg. Vent lidt, og prøv igen.',
    en: 'Too many attempts. Wait a little and try again.',
  },
  wrong_current_password: {
    da: 'Den nuværende adgangskode er forkert.',
    en: 'The current password is wrong.',
  },
  password_too_short: {
    da: 'Adgangskoden skal være mindst 12 tegn.',
    en: 'The password must be at least 12 characters.',
  },
  password_too_long: {
    da: 'Adgangskoden må højst være 256 tegn.',
    en: 'The password must be at most 256 characters.',
  },
  password_common: {
    da: 'Adgangskoden er for let at gætte (et almindeligt ord, navn eller mønster). Vælg en længere sætning eller tilfældige ord.',
    en: 'The password is too easy to guess (a common word, name or pattern). Choose a longer sentence or random words.',
  },
  no_such_coordinator: {
    da: 'Der er ingen koordinator med den e-mail.',
    en: 'There is no coordinator with that e-mail.',
  },
  not_a_member: {
    da: 'Personen er ikke koordinator på forløbet.',
    en: 'The person is not a coordinator of the course.',
  },
  owner_not_removable: { da: 'Ejeren kan ikke fjernes.', en: 'The owner cannot be removed.' },
  already_owner: { da: 'Du ejer allerede forløbet.', en: 'You already own the course.' },
  meeting_not_found: { da: 'Mødet findes ikke i forløbet.', en: 'The meeting is not in the course.' },
  person_not_found: { da: 'Personen findes ikke i netværket.', en: 'The person is not in the network.' },
  link_not_found: { da: 'Linket findes ikke.', en: 'The link does not exist.' },
  viewer_read_only: { da: 'En seer kan kun læse.', en: 'A viewer can only read.' },
  link_revoked: { da: 'Linket er trukket tilbage.', en: 'The link has been revoked.' },
  title_mismatch: {
    da: 'Titlen passer ikke; forløbet er ikke slettet.',
    en: 'The title does not match; the course was not deleted.',
  },
  change_refused: { da: 'Ændringen kunne ikke gemmes.', en: 'The change could not be saved.' },
  agreement_not_found: { da: 'Aftalen findes ikke.', en: 'The agreement does not exist.' },
  own_agreements_only: {
    da: 'Du kan kun opdatere dine egne aftaler.',
    en: 'You can only update your own agreements.',
  },
  meeting_not_held: { da: 'Mødet er ikke holdt endnu.', en: 'The meeting has not been held yet.' },
  record_not_found: { da: 'Referatet findes ikke.', en: 'The record does not exist.' },
  record_changed: {
    da: 'Referatet er ændret, siden du læste det. Læs det igen, før du godkender.',
    en: 'The record has changed since you read it. Read it again before you approve it.',
  },
  record_already_approved: {
    da: 'Referatet er allerede godkendt.',
    en: 'The record has already been approved.',
  },
  record_busy: {
    da: 'Referatet blev ændret samtidig et andet sted. Prøv igen.',
    en: 'The record was changed elsewhere at the same moment. Try again.',
  },
  record_not_approved: {
    da: 'Borgeren skal godkende referatet, før det sendes.',
    en: 'The citizen must approve the record before it is sent.',
  },
  record_already_sent: { da: 'Referatet er allerede sendt.', en: 'The record has already been sent.' },
  unknown_recipients: {
    da: 'Referatet kan kun sendes til borgeren og dem, der var inviteret til mødet.',
    en: 'The record can only be sent to the citizen and the people invited to the meeting.',
  },
  too_many_suggestions: {
    da: 'Der venter allerede mange forslag. Tal med din koordinator om dem først.',
    en: 'Many suggestions are already waiting. Talk to your coordinator about them first.',
  },
  suggestion_not_found: {
    da: 'Forslaget findes ikke eller er allerede afgjort.',
    en: 'The suggestion does not exist or has been settled.',
  },
  suggestion_settled: {
    da: 'Forslaget er allerede afgjort.',
    en: 'The suggestion has already been settled.',
  },
  no_meeting_planned: {
    da: 'Der er ikke planlagt noget møde at tage det med på.',
    en: 'No meeting is planned to take it to.',
  },
  no_questionnaire_due: {
    da: 'Der er ikke et spørgeskema at besvare lige nu.',
    en: 'There is no questionnaire to answer now.',
  },
}) satisfies Record<ErrorCode, unknown>

/** A refusal in the reader's words, when the server named why; null for any other failure. */
export function refusalText(error: unknown, locale: Locale): string | null {
  return error instanceof ApiError && error.code !== null ? translate(errorTexts, locale, error.code) : null
}
