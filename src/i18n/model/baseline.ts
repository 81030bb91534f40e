import type { Lang } from '../lang'
import type { PasteProblem } from '../cellProblem'

/** Where a pasted cell lands: its row in the table and its column's name (or place in the paste). */
export interface CellPlace {
  row: number
  column: string
}

/** The baseline editor's words: its sections, columns, totals, tables and the paste preview. */
export interface BaselineMessages {
  sections: {
    model: string
    municipality: string
    years: string
    target: string
    kostraFunctions: string
    themes: string
    units: string
    accounts: string
    grants: string
    partnership: string
    settlement: string
    benefitRates: string
    households: string
    source: string
  }
  fields: {
    title: string
    id: string
    municipalityName: string
    municipalityNumber: string
    sourceTitle: string
    sourcePublisher: string
    sourceYear: string
    sourceHint: string
    baseYear: string
    planYears: string
    planYear: string
    priceBasis: string
    priceBasisHint: string
    lasting: string
    targetText: string
    byYear: (year: string) => string
    byYearNote: string
    code: string
    name: string
    fromYear: string
    toYear: string
    label: string
    themeTitle: string
    unitName: string
    teams: (unit: string) => string
    staffYears: string
    accountTitle: string
    accountYears: (account: string) => string
    accountLines: (account: string) => string
    function: string
    side: string
    sides: { expenditure: string; income: string }
    reportedTotal: (year: string) => string
    reportedGrants: string
    year: string
    amount: string
    category: string
    categories: { integration: string; costCover: string }
    grantLines: string
    partnershipName: string
    self: string
    unit: string
    keys: string
    basis: string
    bases: { staffYears: string; officeStaff: string }
    partners: string
    officeStaff: string
    settlementYears: string
    settlementCategories: string
    per: string
    pers: { month: string; year: string }
    householdTitle: string
    regimes: (household: string) => string
    householdLines: (household: string) => string
    none: string
  }
  /** The household cases: a household's monthly budget under each benefit regime. */
  households: {
    intro: string
    item: (n: number, title: string) => string
    remove: (n: number, title: string) => string
    id: string
    note: string
    regimeLabel: string
    addRegime: string
    removeRegime: (name: string) => string
    line: string
    lineKind: string
    kinds: { amount: string; tax: string }
    addAmount: string
    addTax: string
    removeLine: (name: string) => string
    amountCell: (line: string, regime: string) => string
    notInRegime: string
    disposable: string
    reportedDisposable: string
    reportedDisposableIn: (regime: string) => string
    taxLine: (name: string) => string
    rate: string
    base: string
    taxRegimes: string
    reportedTax: (regime: string) => string
    newTax: string
  }
  add: (what: string) => string
  addItem: {
    unit: string
    account: string
    household: string
    grants: string
    partnership: string
    settlement: string
  }
  remove: (table: string, row: number, name: string) => string
  removeWhole: (what: string) => string
  rowHeader: (row: number) => string
  cellLabel: (table: string, row: number, column: string) => string
  tableHint: string
  totals: {
    heading: string
    staffYears: (value: string) => string
    allStaffYears: (value: string) => string
    unknown: string
    expenditure: string
    income: string
    net: string
    reported: string
    grants: (category: string, value: string) => string
    grantsAll: (value: string) => string
  }
  paste: {
    title: string
    summary: (rows: number, cells: number, newRows: number) => string
    bad: (count: number) => string
    problem: (place: CellPlace, text: string, reason: PasteProblem, outside: number) => string
    refused: string
    apply: string
    cancel: string
    tooLarge: string
    empty: string
  }
}

const nbReasons: Record<Exclude<PasteProblem, 'outside'>, string> = {
  notNumber: 'er ikke et tall',
  ambiguous: 'er et uklart tall (skriv 750 000 for tusener og komma for desimaler)',
  notWhole: 'er ikke et helt tall',
  notOption: 'er ikke et av valgene i kolonnen',
}
const enReasons: Record<Exclude<PasteProblem, 'outside'>, string> = {
  notNumber: 'is not a number',
  ambiguous: 'is an ambiguous number (write 750 000 for thousands, a comma or point for decimals)',
  notWhole: 'is not a whole number',
  notOption: "is not one of the column's choices",
}

export const baselineMessages: Record<Lang, BaselineMessages> = {
  nb: {
    sections: {
      model: 'Modellen',
      municipality: 'Kommunen',
      years: 'År',
      target: 'Innsparingsmål',
      kostraFunctions: 'KOSTRA-funksjoner',
      themes: 'Temaer',
      units: 'Enheter og team',
      accounts: 'Regnskap',
      grants: 'Tilskudd',
      partnership: 'NAV-partnerskapet',
      settlement: 'Bosetting',
      benefitRates: 'Stønadssatser',
      households: 'Husholdningseksempler',
      source: 'Kilde',
    },
    fields: {
      title: 'Modellens tittel',
      id: 'Modellens id',
      municipalityName: 'Kommunens navn',
      municipalityNumber: 'Kommunenummer',
      sourceTitle: 'Kildens tittel',
      sourcePublisher: 'Utgitt av',
      sourceYear: 'Utgitt år',
      sourceHint:
        'Vises som «Kilde» over tallene, f.eks. «Økonomiplan 2027–2030, Flakstad kommune 2026».',
      baseYear: 'Basisår',
      planYears: 'Planår i økonomiplanen',
      planYear: 'Planår',
      priceBasis: 'Prisnivå',
      priceBasisHint: 'For eksempel «faste 2027-kroner».',
      lasting: 'Varig reduksjon per år (kr)',
      targetText: 'Målet med egne ord',
      byYear: (year) => `Mål for ${year} (kr)`,
      byYearNote:
        'Valgfritt: et eget innsparingskrav for hvert planår. Tomt felt betyr ikke noe eget mål.',
      code: 'Kode',
      name: 'Navn',
      fromYear: 'Fra år',
      toYear: 'Til år',
      label: 'Tekst',
      themeTitle: 'Tittel',
      unitName: 'Enhetens navn',
      teams: (unit) => `Team i ${unit}`,
      staffYears: 'Årsverk',
      accountTitle: 'Regnskapets tittel',
      accountYears: (account) => `Regnskapsår i ${account}`,
      accountLines: (account) => `Linjer i ${account}`,
      function: 'Funksjon',
      side: 'Side',
      sides: { expenditure: 'Utgift', income: 'Inntekt' },
      reportedTotal: (year) => `Rapportert sum ${year} (kr)`,
      reportedGrants: 'Rapportert sum (kr)',
      year: 'År',
      amount: 'Beløp (kr)',
      category: 'Kategori',
      categories: { integration: 'Integrering', costCover: 'Kostnadsdekning' },
      grantLines: 'Tilskuddslinjer',
      partnershipName: 'Kontorets navn',
      self: 'Denne kommunen er',
      unit: 'Enhet',
      keys: 'Fordelingsnøkler',
      basis: 'Grunnlag',
      bases: { staffYears: 'Årsverk', officeStaff: 'Ansatte med kontor' },
      partners: 'Partnere',
      officeStaff: 'Ansatte med kontor',
      settlementYears: 'År med bosetting',
      settlementCategories: 'Bosatte etter kategori',
      per: 'Per',
      pers: { month: 'Måned', year: 'År' },
      householdTitle: 'Tittel',
      regimes: (household) => `Ordninger i ${household}`,
      householdLines: (household) => `Månedsbudsjett for ${household} (kr)`,
      none: '(ingen)',
    },
    households: {
      intro:
        'Eksempler på hva en husholdning har å rutte med per måned under hver ordning, som i rapporten. Disponibelt beregnes mens du skriver; tiltak som endrer satser, viser virkningen på dem.',
      item: (n, title) => `Husholdning ${n}${title ? `: ${title}` : ''}`,
      remove: (n, title) => `Fjern husholdning ${n}${title ? ` («${title}»)` : ''}`,
      id: 'Husholdningens id',
      note: 'Merknad',
      regimeLabel: 'Ordningens navn',
      addRegime: 'Legg til ordning',
      removeRegime: (name) => `Fjern ordningen ${name}`,
      line: 'Linje',
      lineKind: 'Type',
      kinds: { amount: 'Beløp', tax: 'Skatt' },
      addAmount: 'Legg til beløpslinje',
      addTax: 'Legg til skattelinje',
      removeLine: (name) => `Fjern linjen ${name}`,
      amountCell: (line, regime) => `${line} under ${regime} (kr per måned)`,
      notInRegime: 'gjelder ikke',
      disposable: 'Disponibelt, beregnet',
      reportedDisposable: 'Disponibelt ifølge rapporten',
      reportedDisposableIn: (regime) => `Disponibelt ifølge rapporten under ${regime} (kr)`,
      taxLine: (name) => `Skattelinje ${name}`,
      rate: 'Skattesats',
      base: 'Skatt av linjene (bare linjer over skattelinjen regnes med)',
      taxRegimes: 'Gjelder ordningene',
      reportedTax: (regime) => `Skatt ifølge rapporten under ${regime} (kr)`,
      newTax: 'Skattetrekk',
    },
    add: (what) => `Legg til rad i ${what}`,
    addItem: {
      unit: 'Legg til enhet',
      account: 'Legg til regnskap',
      household: 'Legg til husholdning',
      grants: 'Legg til tilskudd',
      partnership: 'Legg til partnerskap',
      settlement: 'Legg til bosetting',
    },
    remove: (table, row, name) => `Fjern rad ${row}${name ? ` («${name}»)` : ''} fra ${table}`,
    removeWhole: (what) => `Fjern ${what}`,
    rowHeader: (row) => `Rad ${row}`,
    cellLabel: (table, row, column) => `${table}, rad ${row}, ${column}`,
    tableHint: 'Lim inn rader fra et regneark i en celle: de fylles inn fra den cellen.',
    totals: {
      heading: 'Summer',
      staffYears: (value) => `${value} årsverk`,
      allStaffYears: (value) => `Alle enheter: ${value} årsverk`,
      unknown: '–',
      expenditure: 'Utgifter',
      income: 'Inntekter',
      net: 'Netto, alle linjer',
      reported: 'Rapportert',
      grants: (category, value) => `${category}: ${value} kr`,
      grantsAll: (value) => `I alt: ${value} kr`,
    },
    paste: {
      title: 'Lim inn fra regneark',
      summary: (rows, cells, newRows) =>
        `${rows === 1 ? '1 rad' : `${rows} rader`} med ${cells} celler` +
        (newRows > 0
          ? `; ${newRows === 1 ? '1 ny rad' : `${newRows} nye rader`} legges til.`
          : '.'),
      bad: (count) =>
        count === 1 ? '1 celle kan ikke brukes:' : `${count} celler kan ikke brukes:`,
      problem: ({ row, column }, text, reason, outside) =>
        reason === 'outside'
          ? `Rad ${row}: kolonne ${outside} i utklippet («${text}») er utenfor tabellen`
          : `Rad ${row}, kolonne «${column}»: «${text}» ${nbReasons[reason]}`,
      refused:
        'Ingenting er limt inn. Rett cellene i regnearket og lim inn på nytt, eller skriv verdiene inn i tabellen.',
      apply: 'Lim inn',
      cancel: 'Avbryt',
      tooLarge: 'Utklippet er for stort til å limes inn i en tabell her. Ingenting er endret.',
      empty: 'Utklippet har ingen verdier. Ingenting er endret.',
    },
  },
  en: {
    sections: {
      model: 'The model',
      municipality: 'The municipality',
      years: 'Years',
      target: 'Savings target',
      kostraFunctions: 'KOSTRA functions',
      themes: 'Themes',
      units: 'Units and teams',
      accounts: 'Accounts',
      grants: 'Grants',
      partnership: 'The NAV partnership',
      settlement: 'Settlement',
      benefitRates: 'Benefit rates',
      households: 'Household cases',
      source: 'Source',
    },
    fields: {
      title: "The model's title",
      id: "The model's id",
      municipalityName: "The municipality's name",
      municipalityNumber: 'Municipality number',
      sourceTitle: 'Title of the source',
      sourcePublisher: 'Published by',
      sourceYear: 'Year published',
      sourceHint:
        'Shown as "Source" above the figures, e.g. "Financial plan 2027–2030, Flakstad municipality 2026".',
      baseYear: 'Base year',
      planYears: 'Plan years of the økonomiplan',
      planYear: 'Plan year',
      priceBasis: 'Price basis',
      priceBasisHint: 'For example “faste 2027-kroner” (fixed 2027 prices).',
      lasting: 'Lasting reduction a year (NOK)',
      targetText: 'The target in words',
      byYear: (year) => `Target for ${year} (NOK)`,
      byYearNote:
        'Optional: a savings requirement of its own for each plan year. Empty means none.',
      code: 'Code',
      name: 'Name',
      fromYear: 'From year',
      toYear: 'To year',
      label: 'Label',
      themeTitle: 'Title',
      unitName: "The unit's name",
      teams: (unit) => `Teams of ${unit}`,
      staffYears: 'Staff-years',
      accountTitle: "The account's title",
      accountYears: (account) => `Years of ${account}`,
      accountLines: (account) => `Lines of ${account}`,
      function: 'Function',
      side: 'Side',
      sides: { expenditure: 'Expenditure', income: 'Income' },
      reportedTotal: (year) => `Reported total ${year} (NOK)`,
      reportedGrants: 'Reported total (NOK)',
      year: 'Year',
      amount: 'Amount (NOK)',
      category: 'Category',
      categories: { integration: 'Integration', costCover: 'Cost cover' },
      grantLines: 'Grant lines',
      partnershipName: "The office's name",
      self: 'This municipality is',
      unit: 'Unit',
      keys: 'Cost keys',
      basis: 'Basis',
      bases: { staffYears: 'Staff-years', officeStaff: 'Staff with an office' },
      partners: 'Partners',
      officeStaff: 'Staff with an office',
      settlementYears: 'Settlement years',
      settlementCategories: 'People settled by category',
      per: 'Per',
      pers: { month: 'Month', year: 'Year' },
      householdTitle: 'Title',
      regimes: (household) => `Regimes of ${household}`,
      householdLines: (household) => `Monthly budget of ${household} (NOK)`,
      none: '(none)',
    },
    households: {
      intro:
        'Examples of what a household has to live on each month under each regime, as in the report. Disposable income is worked out as you type; measures that change rates show their effect on them.',
      item: (n, title) => `Household ${n}${title ? `: ${title}` : ''}`,
      remove: (n, title) => `Remove household ${n}${title ? ` ("${title}")` : ''}`,
      id: 'Household id',
      note: 'Note',
      regimeLabel: 'Name of the regime',
      addRegime: 'Add a regime',
      removeRegime: (name) => `Remove the regime ${name}`,
      line: 'Line',
      lineKind: 'Kind',
      kinds: { amount: 'Amount', tax: 'Tax' },
      addAmount: 'Add an amount line',
      addTax: 'Add a tax line',
      removeLine: (name) => `Remove the line ${name}`,
      amountCell: (line, regime) => `${line} under ${regime} (NOK a month)`,
      notInRegime: 'does not apply',
      disposable: 'Disposable income, worked out',
      reportedDisposable: 'Disposable income in the report',
      reportedDisposableIn: (regime) => `Disposable income in the report under ${regime} (NOK)`,
      taxLine: (name) => `Tax line ${name}`,
      rate: 'Tax rate',
      base: 'Tax on the lines (only lines above the tax line count)',
      taxRegimes: 'Applies to the regimes',
      reportedTax: (regime) => `Tax in the report under ${regime} (NOK)`,
      newTax: 'Tax deduction',
    },
    add: (what) => `Add a row to ${what}`,
    addItem: {
      unit: 'Add a unit',
      account: 'Add an account',
      household: 'Add a household',
      grants: 'Add grants',
      partnership: 'Add a partnership',
      settlement: 'Add settlement',
    },
    remove: (table, row, name) => `Remove row ${row}${name ? ` (“${name}”)` : ''} from ${table}`,
    removeWhole: (what) => `Remove ${what}`,
    rowHeader: (row) => `Row ${row}`,
    cellLabel: (table, row, column) => `${table}, row ${row}, ${column}`,
    tableHint: 'Paste rows from a spreadsheet into a cell: they are filled in from that cell.',
    totals: {
      heading: 'Totals',
      staffYears: (value) => `${value} staff-years`,
      allStaffYears: (value) => `All units: ${value} staff-years`,
      unknown: '–',
      expenditure: 'Expenditure',
      income: 'Income',
      net: 'Net, all lines',
      reported: 'Reported',
      grants: (category, value) => `${category}: NOK ${value}`,
      grantsAll: (value) => `In all: NOK ${value}`,
    },
    paste: {
      title: 'Paste from a spreadsheet',
      summary: (rows, cells, newRows) =>
        `${rows === 1 ? '1 row' : `${rows} rows`} of ${cells} cells` +
        (newRows > 0
          ? `; ${newRows === 1 ? '1 new row' : `${newRows} new rows`} will be added.`
          : '.'),
      bad: (count) => (count === 1 ? '1 cell cannot be used:' : `${count} cells cannot be used:`),
      problem: ({ row, column }, text, reason, outside) =>
        reason === 'outside'
          ? `Row ${row}: column ${outside} of the paste (“${text}”) is outside the table`
          : `Row ${row}, column “${column}”: “${text}” ${enReasons[reason]}`,
      refused:
        'Nothing has been pasted. Correct the cells in the spreadsheet and paste again, or type the values into the table.',
      apply: 'Paste',
      cancel: 'Cancel',
      tooLarge: 'The clipboard is too large to paste into a table here. Nothing has changed.',
      empty: 'The clipboard holds no values. Nothing has changed.',
    },
  },
}
