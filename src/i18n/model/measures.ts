import type { Lang } from '../lang'
import { MONTHS } from '../dates'

/** The measure editor of the model editor: the list, the form, drivers, rules, packages, preview. */
export interface MeasureEditorMessages {
  listHeading: string
  none: string
  add: string
  edit: (id: string, title: string) => string
  remove: (id: string) => string
  moveUp: (id: string) => string
  moveDown: (id: string) => string
  formHeading: (id: string) => string
  /** What a new measure says until the user writes something of their own. */
  template: { title: string; notAssessed: string }
  fields: {
    id: string
    idHint: string
    title: string
    description: string
    status: string
    theme: string
    units: string
    level: string
    summary: string
    text: string
  }
  optional: string
  /** A value typed in a field that cannot be used, said for a form rather than for a file. */
  typed: { notDecimal: (found: string) => string; aboveOne: string }
  consequences: { users: string; staff: string }
  uncertainty: {
    heading: string
    level: string
    text: string
    label: string
    low: string
    high: string
    rangeHint: string
  }
  timing: {
    heading: string
    firstYear: string
    firstPlanYear: string
    firstMonth: string
    wholeYear: string
    months: readonly string[]
    lastYear: string
    noLastYear: string
    phaseIn: string
    phaseInHint: string
    phaseInAt: (n: number) => string
    addPhase: string
    removePhase: (n: number) => string
  }
  drivers: {
    heading: string
    item: (n: number, kind: string) => string
    kind: string
    add: string
    remove: (n: number) => string
    id: string
    unit: string
    team: string
    noTeam: string
    function: string
    incomeFunction: string
    sameFunction: string
    note: string
    perCent: string
  }
  rules: {
    heading: string
    alternatives: string
    requires: string
    addAlternatives: string
    addRequires: string
    item: (n: number) => string
    remove: (n: number) => string
    id: string
    reason: string
    alternativeMeasures: string
    measure: string
    requiredMeasures: string
  }
  packages: {
    heading: string
    add: string
    item: (n: number) => string
    remove: (n: number) => string
    id: string
    title: string
    measures: string
  }
  /** Where the source reports the measure, and its own words on economy and risk. */
  report: {
    heading: string
    section: string
    sectionHint: string
    label: string
    amount: string
    precision: string
    precisionHint: string
    note: string
    economy: string
    risk: string
  }
  /** The worked household cases a measure's rate change is shown on. */
  householdEffects: {
    heading: string
    intro: string
    item: (n: number) => string
    add: string
    remove: (n: number) => string
    household: string
    regime: string
    line: string
    driver: string
    situation: string
    situationHint: string
  }
  preview: {
    heading: (id: string) => string
    year: string
    effect: (unit: string) => string
    lasting: string
    temporaryNote: string
    signNote: string
    fixFirst: string
    missing: string
  }
}

export const measureEditorMessages: Record<Lang, MeasureEditorMessages> = {
  nb: {
    listHeading: 'Tiltakene i modellen',
    none: 'Modellen har ingen tiltak ennå. Den trenger minst ett.',
    add: 'Legg til tiltak',
    edit: (id, title) => `Rediger tiltak ${id}: ${title}`,
    remove: (id) => `Fjern tiltak ${id}`,
    moveUp: (id) => `Flytt tiltak ${id} opp`,
    moveDown: (id) => `Flytt tiltak ${id} ned`,
    formHeading: (id) => `Tiltak ${id}`,
    template: { title: 'Nytt tiltak', notAssessed: 'Ikke vurdert ennå.' },
    fields: {
      id: 'Id',
      idHint: 'kort kode, f.eks. A eller X3',
      title: 'Tittel',
      description: 'Beskrivelse',
      status: 'Status',
      theme: 'Tema',
      units: 'Enheter tiltaket gjelder',
      level: 'Grad',
      summary: 'Kort oppsummering',
      text: 'Utdyping',
    },
    optional: 'valgfritt',
    typed: {
      notDecimal: (found) => `«${found}» er ikke et tall; skriv for eksempel 750 000 eller −1,5`,
      aboveOne: 'må være mellom 0 og 100 %',
    },
    consequences: {
      users: 'Konsekvens for brukerne',
      staff: 'Konsekvens for medarbeiderne',
    },
    uncertainty: {
      heading: 'Usikkerhet',
      level: 'Nivå',
      text: 'Hva er usikkert',
      label: 'Kort merkelapp',
      low: 'Lavt anslag',
      high: 'Høyt anslag',
      rangeHint: 'Spennet i virkning per år; fyll inn begge eller ingen.',
    },
    timing: {
      heading: 'Tidsplan',
      firstYear: 'Første år',
      firstPlanYear: 'Fra første planår',
      firstMonth: 'Første måned',
      wholeYear: 'Hele året (fra januar)',
      months: MONTHS.nb,
      lastYear: 'Siste år',
      noLastYear: 'Varig, ingen sluttår',
      phaseIn: 'Innfasing',
      phaseInHint:
        'Andel av helårsvirkningen i de første hele årene, f.eks. 50 % og så 100 %. Tom liste: full virkning med en gang.',
      phaseInAt: (n) => `Innfasing, hele år ${n}`,
      addPhase: 'Legg til et år i innfasingen',
      removePhase: (n) => `Fjern innfasing år ${n}`,
    },
    drivers: {
      heading: 'Beregning (drivere)',
      item: (n, kind) => `Driver ${n}: ${kind}`,
      kind: 'Ny driver av typen',
      add: 'Legg til driver',
      remove: (n) => `Fjern driver ${n}`,
      id: 'Id for driveren',
      unit: 'Enhet',
      team: 'Team',
      noTeam: 'Ikke et bestemt team',
      function: 'KOSTRA-funksjon',
      incomeFunction: 'Inntekten føres på funksjon',
      sameFunction: 'Samme som utgiften',
      note: 'Merknad',
      perCent: '%',
    },
    rules: {
      heading: 'Regler mellom tiltak',
      alternatives: 'Alternativer: høyst ett av tiltakene kan velges',
      requires: 'Krav: et tiltak krever andre',
      addAlternatives: 'Legg til alternativer',
      addRequires: 'Legg til krav',
      item: (n) => `Regel ${n}`,
      remove: (n) => `Fjern regel ${n}`,
      id: 'Id for regelen',
      reason: 'Begrunnelse',
      alternativeMeasures: 'Tiltak som er alternativer',
      measure: 'Tiltaket',
      requiredMeasures: 'krever tiltakene',
    },
    packages: {
      heading: 'Pakker',
      add: 'Legg til pakke',
      item: (n) => `Pakke ${n}`,
      remove: (n) => `Fjern pakke ${n}`,
      id: 'Id for pakken',
      title: 'Navn på pakken',
      measures: 'Tiltak i pakken',
    },
    report: {
      heading: 'Rapporten',
      section: 'Avsnitt i rapporten',
      sectionHint: 'f.eks. 4.2',
      label: 'Rapportens merknad',
      amount: 'Beløpet rapporten oppgir',
      precision: 'Avrundet til nærmeste',
      precisionHint: '1000 for tall i hele tusen kroner',
      note: 'Merknad til beløpet',
      economy: 'Økonomi med egne ord',
      risk: 'Risiko',
    },
    householdEffects: {
      heading: 'Virkning på husholdningseksempler',
      intro:
        'En driver som endrer en sats, kan vises på en linje i et husholdningseksempel under én ordning.',
      item: (n) => `Virkning ${n}`,
      add: 'Legg til virkning på husholdning',
      remove: (n) => `Fjern virkning ${n}`,
      household: 'Husholdning',
      regime: 'Ordning',
      line: 'Beløpslinje',
      driver: 'Driver som endrer satsen',
      situation: 'Gjelder bare i situasjonen',
      situationHint: 'tomt: gjelder alltid',
    },
    preview: {
      heading: (id) => `Virkning av tiltak ${id}`,
      year: 'År',
      effect: (unit) => `Endring i netto utgifter, ${unit}`,
      lasting: 'Varig',
      temporaryNote: 'Tidsbegrenset: ingen varig virkning.',
      signNote: 'Negativt tall er en innsparing.',
      fixFirst: 'Virkningen vises når dette er rettet:',
      missing: 'Tiltaket finnes ikke lenger.',
    },
  },
  en: {
    listHeading: "The model's measures",
    none: 'The model has no measures yet. It needs at least one.',
    add: 'Add a measure',
    edit: (id, title) => `Edit measure ${id}: ${title}`,
    remove: (id) => `Remove measure ${id}`,
    moveUp: (id) => `Move measure ${id} up`,
    moveDown: (id) => `Move measure ${id} down`,
    formHeading: (id) => `Measure ${id}`,
    template: { title: 'New measure', notAssessed: 'Not assessed yet.' },
    fields: {
      id: 'Id',
      idHint: 'a short code, e.g. A or X3',
      title: 'Title',
      description: 'Description',
      status: 'Status',
      theme: 'Theme',
      units: 'Units the measure concerns',
      level: 'Level',
      summary: 'Short summary',
      text: 'Details',
    },
    optional: 'optional',
    typed: {
      notDecimal: (found) => `"${found}" is not a number; type, for example, 750,000 or −1.5`,
      aboveOne: 'must be between 0 and 100 %',
    },
    consequences: { users: 'Consequences for users', staff: 'Consequences for staff' },
    uncertainty: {
      heading: 'Uncertainty',
      level: 'Level',
      text: 'What is uncertain',
      label: 'Short label',
      low: 'Low estimate',
      high: 'High estimate',
      rangeHint: 'The range of the effect per year; fill in both or neither.',
    },
    timing: {
      heading: 'Timing',
      firstYear: 'First year',
      firstPlanYear: 'From the first plan year',
      firstMonth: 'First month',
      wholeYear: 'The whole year (from January)',
      months: MONTHS.en,
      lastYear: 'Last year',
      noLastYear: 'Lasting, no last year',
      phaseIn: 'Phase-in',
      phaseInHint:
        'The share of the full-year effect in the first full years, e.g. 50 % then 100 %. Empty: the full effect at once.',
      phaseInAt: (n) => `Phase-in, full year ${n}`,
      addPhase: 'Add a year to the phase-in',
      removePhase: (n) => `Remove phase-in year ${n}`,
    },
    drivers: {
      heading: 'Calculation (drivers)',
      item: (n, kind) => `Driver ${n}: ${kind}`,
      kind: 'New driver of kind',
      add: 'Add a driver',
      remove: (n) => `Remove driver ${n}`,
      id: 'Driver id',
      unit: 'Unit',
      team: 'Team',
      noTeam: 'No particular team',
      function: 'KOSTRA function',
      incomeFunction: 'Income booked on function',
      sameFunction: 'Same as the expenditure',
      note: 'Note',
      perCent: '%',
    },
    rules: {
      heading: 'Rules between measures',
      alternatives: 'Alternatives: at most one of the measures can be chosen',
      requires: 'Requirement: a measure needs others',
      addAlternatives: 'Add alternatives',
      addRequires: 'Add a requirement',
      item: (n) => `Rule ${n}`,
      remove: (n) => `Remove rule ${n}`,
      id: 'Rule id',
      reason: 'Reason',
      alternativeMeasures: 'Measures that are alternatives',
      measure: 'The measure',
      requiredMeasures: 'needs the measures',
    },
    packages: {
      heading: 'Packages',
      add: 'Add a package',
      item: (n) => `Package ${n}`,
      remove: (n) => `Remove package ${n}`,
      id: 'Package id',
      title: 'Package name',
      measures: 'Measures in the package',
    },
    report: {
      heading: 'The report',
      section: 'Section of the report',
      sectionHint: 'e.g. 4.2',
      label: 'The report’s remark',
      amount: 'The amount the report gives',
      precision: 'Rounded to the nearest',
      precisionHint: '1000 for figures in thousands of kroner',
      note: 'Note on the amount',
      economy: 'Economy in your own words',
      risk: 'Risk',
    },
    householdEffects: {
      heading: 'Effect on household cases',
      intro:
        'A driver that changes a rate can be shown on a line of a household case under one regime.',
      item: (n) => `Effect ${n}`,
      add: 'Add an effect on a household',
      remove: (n) => `Remove effect ${n}`,
      household: 'Household',
      regime: 'Regime',
      line: 'Amount line',
      driver: 'Driver that changes the rate',
      situation: 'Only in the situation',
      situationHint: 'empty: always',
    },
    preview: {
      heading: (id) => `Effect of measure ${id}`,
      year: 'Year',
      effect: (unit) => `Change in net expenditure, ${unit}`,
      lasting: 'Lasting',
      temporaryNote: 'Time-limited: no lasting effect.',
      signNote: 'A negative figure is a saving.',
      fixFirst: 'The effect is shown once this is fixed:',
      missing: 'The measure is no longer there.',
    },
  },
}
