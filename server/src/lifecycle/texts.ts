import { defineCatalog, translator } from '@bordenden/text'

/**
 * The words of the citizen's copy of a course (the plan, the note in the ZIP) and of deleting a course.
 * The copy is the citizen's, who has no account and so no stored language: it is written in Danish.
 */
export const lifecycleTexts = defineCatalog({
  'plan.title': { da: 'PLAN – {title}', en: 'PLAN – {title}' },
  'plan.untitled': { da: 'forløb', en: 'course' },
  'plan.citizen': { da: 'Borger: {name}', en: 'Citizen: {name}' },
  'plan.goal': { da: 'MÅL: {goal} ({lifeArea}; {status})', en: 'GOAL: {goal} ({lifeArea}; {status})' },
  'plan.noAgreements': { da: 'ingen aftaler', en: 'no agreements' },
  'plan.looseAgreements': { da: 'AFTALER UDEN MÅL', en: 'AGREEMENTS WITHOUT A GOAL' },
  'plan.noOwner': { da: 'ingen ansvarlig', en: 'nobody responsible' },
  'plan.noText': { da: '(uden tekst)', en: '(no text)' },
  'plan.by': { da: ', senest {date}', en: ', by {date}' },
  'export.readme': {
    da: `Dette er en kopi af dit forløb i Bordenden, som du har ret til at få (databeskyttelsesforordningen art. 15 og 20).

plan.txt          dine mål og aftalerne under dem, som almindelig tekst
forloeb.json      hele forløbet (netværk, møder, mål, aftaler, tavler) i et maskinlæsbart format
referater/        hvert aftalereferat i tre udgaver:
  *.pdf           til at læse og udskrive
  *.txt           som almindelig tekst
  *.json          maskinlæsbart, med kontrolsummen der viser, at referatet ikke er ændret
`,
    en: `This is a copy of your course in Bordenden, which you have a right to (the GDPR, articles 15 and 20).

plan.txt          your goals and the agreements under them, as plain text
forloeb.json      the whole course (network, meetings, goals, agreements, boards) in a machine-readable format
referater/        every agreement record in three versions:
  *.pdf           to read and print
  *.txt           as plain text
  *.json          machine-readable, with the checksum that shows the record is unchanged
`,
  },
  'deletion.confirm': {
    da: 'Skriv forløbets titel for at slette det med alt indhold: tavler, referater, links og evalueringer.',
    en: 'Type the course’s title to delete it with everything in it: boards, records, links and evaluations.',
  },
})

/** The citizen's copy in Danish (see above). */
export const lifecycleText = translator(lifecycleTexts, 'da')
