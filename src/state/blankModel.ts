import { MODEL_FORMAT, MODEL_SCHEMA_VERSION } from '../model/schema/modelFile'

/** The KOSTRA functions of social and refugee services, with their names as of 2026. */
const KOSTRA_FUNCTIONS: readonly [string, string][] = [
  ['213', 'Voksenopplæring'],
  ['242', 'Råd, veiledning og sosialt forebyggende arbeid'],
  ['243', 'Tilbud til personer med rusproblemer'],
  ['252', 'Barneverntiltak når barnet ikke bor med sine foreldre'],
  ['273', 'Arbeidsrettede tiltak i kommunal regi'],
  ['275', 'Introduksjonsordningen'],
  ['276', 'Kvalifiseringsordningen'],
  ['281', 'Ytelse til livsopphold'],
  ['283', 'Bistand til etablering og opprettholdelse av egen bolig mv.'],
  ['850', 'Generelt statstilskudd vedrørende flyktninger mv.'],
]

const PLAN_LENGTH = 4

/**
 * A new municipality's model: the KOSTRA functions, a four-year økonomiplan from next year in
 * fixed prices of its first year, one unit and one theme to rename, and no measures yet (the
 * editor says a model needs one). Every figure is the user's to fill in.
 */
export function blankModel(today: Date): Record<string, unknown> {
  const thisYear = today.getFullYear()
  const planYears = Array.from({ length: PLAN_LENGTH }, (_, i) => thisYear + 1 + i)
  return {
    format: MODEL_FORMAT,
    schemaVersion: MODEL_SCHEMA_VERSION,
    id: 'ny-modell',
    version: '1',
    title: 'Ny modell',
    source: { title: 'Egen modell', publisher: 'Kommunen', year: thisYear },
    municipality: { name: 'Kommunen' },
    baseYear: thisYear,
    planYears,
    priceBasis: `faste ${planYears[0]}-kroner`,
    target: { lasting: '0', text: 'Varig reduksjon i netto driftsutgifter per år.' },
    kostraFunctions: KOSTRA_FUNCTIONS.map(([code, name]) => ({ code, name })),
    themes: [{ id: 'tiltak', title: 'Tiltak' }],
    units: [
      {
        id: 'nav',
        name: 'NAV, kommunal del',
        teams: [{ id: 'sosial', name: 'Sosialtjenesten', staffYears: '0' }],
      },
    ],
    measures: [],
  }
}
