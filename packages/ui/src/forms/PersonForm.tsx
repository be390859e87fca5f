import { type ConsentStatus, labelOptions, type Ring, type Sector } from '@bordenden/model'
import { useState } from 'react'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { CheckboxField, DateField, EntityForm, SelectField, TextField } from './fields.tsx'

/**
 * Adds a person to the network (no `personId`) or edits one. Contact details, consent and "skal ikke
 * inddrages" are the coordinator's (kept in the course's coordinator-only document): a link holder's form
 * has no such fields, since nothing they wrote there could be kept.
 */
export function PersonForm(props: { personId?: string | undefined; onDone?: () => void }) {
  // A new form after each person added, so the next one starts empty rather than with the last one's
  // role, phone and consent.
  const [added, setAdded] = useState(0)
  return <PersonFields key={added} {...props} onAdded={() => setAdded((n) => n + 1)} />
}

function PersonFields({
  personId,
  onDone,
  onAdded,
}: {
  personId?: string | undefined
  onDone?: (() => void) | undefined
  onAdded: () => void
}) {
  const { course, actor, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const existing = personId ? course.people.get(personId) : undefined
  const [name, setName] = useState(existing?.name ?? '')
  const [role, setRole] = useState(existing?.role ?? '')
  const [organisation, setOrganisation] = useState(existing?.organisation ?? '')
  const [sector, setSector] = useState<Sector>(existing?.sector ?? 'family')
  const [ring, setRing] = useState<Ring>(existing?.ring ?? 'middle')
  const [phone, setPhone] = useState(existing?.contact.phone ?? '')
  const [email, setEmail] = useState(existing?.contact.email ?? '')
  const [contributes, setContributes] = useState(existing?.contributes ?? '')
  const [excluded, setExcluded] = useState(existing?.excludedByCitizen ?? false)
  const [consent, setConsent] = useState<ConsentStatus>(existing?.consent.status ?? 'notAsked')
  const [consentDate, setConsentDate] = useState<string | null>(existing?.consent.date ?? null)
  const [consentNote, setConsentNote] = useState(existing?.consent.note ?? '')
  const write = useWrite()
  const coordinator = course.privateDoc !== null

  const submit = () => {
    const fields = {
      name,
      role,
      organisation,
      sector,
      ring,
      contributes,
      ...(coordinator && {
        contact: { phone, email, other: existing?.contact.other ?? '' },
        excludedByCitizen: excluded,
        consent: { status: consent, date: consentDate, note: consentNote },
      }),
    }
    const saved = write.run(() => {
      if (existing) course.people.update(existing.id, fields, actor)
      else course.people.create(fields, actor)
    })
    if (!saved) return
    if (!existing) onAdded()
    onDone?.()
  }

  return (
    <EntityForm
      title={existing ? w('editPerson') : w('newPerson')}
      submitLabel={existing ? w('save') : w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={w('name')} name="name" value={name} onChange={setName} required />
      <TextField label={w('role')} name="role" value={role} onChange={setRole} />
      <TextField
        label={w('organisation')}
        name="organisation"
        value={organisation}
        onChange={setOrganisation}
      />
      <SelectField
        label={w('sector')}
        name="sector"
        value={sector}
        onChange={setSector}
        options={labelOptions('sector', locale)}
      />
      <SelectField
        label={w('ring')}
        name="ring"
        value={ring}
        onChange={setRing}
        options={labelOptions('ring', locale)}
      />
      {coordinator && (
        <>
          <TextField label={w('phone')} name="phone" value={phone} onChange={setPhone} />
          <TextField label={w('email')} name="email" value={email} onChange={setEmail} />
        </>
      )}
      <TextField
        label={w('contributes')}
        name="contributes"
        value={contributes}
        onChange={setContributes}
        multiline
      />
      {coordinator && (
        <>
          <CheckboxField label={w('excluded')} name="excluded" checked={excluded} onChange={setExcluded} />
          {excluded && !existing?.excludedByCitizen && <p className="bd-muted">{w('excludedUninvites')}</p>}
          <SelectField
            label={w('consent')}
            name="consent"
            value={consent}
            onChange={(status) => {
              setConsent(status)
              // A consent is given on a day; most often it is recorded the day it is given.
              if (status !== 'notAsked' && consentDate === null) setConsentDate(today)
            }}
            options={labelOptions('consent', locale)}
          />
          {consent !== 'notAsked' && (
            <>
              <DateField
                label={w('consentDate')}
                name="consentDate"
                value={consentDate}
                onChange={setConsentDate}
              />
              <TextField
                label={w('consentNote')}
                name="consentNote"
                value={consentNote}
                onChange={setConsentNote}
              />
            </>
          )}
        </>
      )}
    </EntityForm>
  )
}
