/** A thing in a list, by its name where the file gives one and by its position where not. */
export type Named = (name: string | undefined, position: number) => string

/**
 * The words that name where a path points in a model or scenario file, in one language. Fields are
 * named in the definite form ("tittelen"), as they follow the thing they belong to.
 */
export interface FieldWords {
  /** A title or name as quoted in running text: «…» / “…”. */
  quote: (text: string) => string
  /** A field the schema does not know, by its own name. */
  field: (name: string) => string
  /** A position in a list the schema does not know. */
  position: (position: number) => string
  /** Ids and names in a list: "B1, B2 og B3". */
  list: (items: readonly string[]) => string
  file: {
    model: string
    scenario: string
    format: string
    schemaVersion: string
  }
  common: {
    id: string
    title: string
    name: string
    label: string
    text: string
    note: string
    description: string
    summary: string
    year: string
    years: string
    yearAt: (position: number) => string
    unit: string
    function: string
    side: string
    kind: string
    amount: string
    amounts: string
    staffYears: string
    lines: string
    line: Named
    measures: string
    measureAt: (position: number) => string
    level: string
    status: string
    reason: string
    totalFor: (year: string) => string
    precision: string
  }
  model: {
    id: string
    version: string
    title: string
    description: string
    notes: string
    noteAt: (position: number) => string
    baseYear: string
    planYears: string
    planYearAt: (position: number) => string
    source: string
    publisher: string
    section: string
    municipality: string
    municipalityNumber: string
    target: string
    lasting: string
    byYear: string
    yearTarget: (year: string) => string
    priceBasis: string
    schema: string
  }
  kostra: {
    list: string
    item: (code: string | undefined, name: string | undefined, position: number) => string
    code: string
    fromYear: string
    toYear: string
  }
  theme: { list: string; item: Named }
  unit: {
    list: string
    item: Named
    teams: string
    team: Named
    history: string
    historyYear: (year: string) => string
  }
  measure: {
    list: string
    /** "tiltak D «Slå sammen bokollektiv»" */
    item: (id: string | undefined, title: string | undefined, position: number) => string
    theme: string
    units: string
    unitAt: (position: number) => string
    consequences: string
    users: string
    staff: string
    uncertainty: string
    uncertaintyLabel: string
    range: string
    low: string
    high: string
    reportSection: string
    reportLabel: string
    reported: string
    economy: string
    risk: string
    timing: string
    firstYear: string
    firstMonth: string
    lastYear: string
    firstYearShare: string
    phaseIn: string
    phaseInAt: (position: number) => string
    householdEffects: string
    householdEffectAt: (position: number) => string
    household: string
    regime: string
    line: string
    driver: string
    situation: string
  }
  driver: {
    list: string
    /** A driver among several: by the team it is about, or by its position. */
    item: Named
    kind: string
    inputs: string
    /** An input this program does not know, by its own name. */
    input: (name: string) => string
    team: string
    incomeFunction: string
    reasonCode: string
  }
  account: { list: string; item: Named; reportedTotals: string }
  grants: {
    word: string
    category: string
    categories: Record<'integration' | 'costCover', string>
    reportedTotal: string
    reportedByCategory: string
    categoryTotal: (category: string) => string
  }
  partnership: {
    named: (name: string | undefined) => string
    self: string
    keys: string
    key: Named
    basis: string
    reportedShares: string
    shareOf: (partner: string) => string
    partners: string
    partner: Named
    officeStaff: string
  }
  settlement: { word: string; categories: string; category: Named; counts: string; totals: string }
  benefitRate: { list: string; item: Named; per: string }
  household: {
    list: string
    item: Named
    regimes: string
    regime: Named
    taxRate: string
    taxBase: string
    baseLineAt: (position: number) => string
    taxRegimes: string
    regimeAt: (position: number) => string
    reported: string
    reportedDisposable: string
    disposableUnder: (regime: string) => string
  }
  rule: {
    list: string
    item: (position: number) => string
    /** A rule by what it says: "regelen om at E krever D". */
    alternativesRule: (ids: string) => string
    requiresRule: (measure: string, ids: string) => string
    measure: string
    requirements: string
    requirementAt: (position: number) => string
  }
  package: {
    list: string
    item: Named
    reported: string
    reportedTotal: string
    reportedByTheme: string
    themeTotal: (theme: string) => string
  }
  scenario: {
    name: string
    note: string
    model: string
    modelId: string
    modelVersion: string
    selection: string
    selectedAt: (position: number) => string
    overrides: string
    override: (assumption: string) => string
    rev: string
    createdAt: string
    updatedAt: string
  }
  /** A measure by id and title, inside a sentence: "D «Slå sammen bokollektiv»". */
  measureRef: (id: string, title: string | undefined) => string
  /** An assumption in words: "«Refusjonssats» i tiltak D «…»", with its driver where there are several. */
  assumption: (input: string, measure: string, driver: string | undefined) => string
}
