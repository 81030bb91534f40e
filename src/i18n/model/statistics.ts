import type { Lang } from '../lang'

/** Where a value sits in a CSV file: its line and column, counted from 1. */
interface At {
  line: number
  column: number
}

/** The dimension a statistics file must have for accounts by function and year. */
export type StatisticsDimension = 'region' | 'function' | 'year'

/**
 * Why a statistics file cannot be read, one message per reason. The problems the readers return
 * are derived from these signatures (src/state/statistics/statisticsProblem.ts), so a reason
 * without words does not compile.
 */
export interface StatisticsProblemWords {
  empty: () => string
  tooLarge: (p: { megabytes: number; limit: number }) => string
  notUtf8: (p: At) => string
  misEncoded: (p: { line: number; text: string }) => string
  notJson: () => string
  notJsonStat: () => string
  jsonStatCollection: () => string
  badDimension: (p: { dimension: string }) => string
  dimensionSize: (p: { dimension: string; expected: number; found: number }) => string
  missingDimension: (p: { dimension: StatisticsDimension }) => string
  valueCount: (p: { expected: number; found: number }) => string
  valueNotNumber: (p: { where: string; text: string }) => string
  valueTooPrecise: (p: { where: string; text: string }) => string
  notYear: (p: { text: string; line?: number; column?: number }) => string
  noHeader: () => string
  wrongDelimiter: (p: { line: number; found: 'comma' | 'tab' }) => string
  unclosedQuote: (p: { line: number }) => string
  fieldCount: (p: { line: number; expected: number; found: number }) => string
  csvNotNumber: (p: At & { header: string; text: string }) => string
  duplicateValue: (p: { line: number; first: number }) => string
  noKostraFunctions: () => string
  noAmountVariable: (p: { variables: string[] }) => string
  noValues: () => string
}

/** The import of accounts from a statistics file (SSB's Statistikkbanken): dialog and messages. */
export interface StatisticsMessages {
  button: string
  dialogTitle: (file: string) => string
  refused: (file: string) => string
  unreadable: (file: string) => string
  municipality: string
  functions: string
  years: string
  variable: string
  side: string
  sides: { expenditure: string; income: string; net: string }
  previewHeading: string
  functionColumn: string
  lineColumn: string
  newFunction: string
  unitNote: { 1000: string; 1: string }
  incomeNote: string
  newAccount: (title: string) => string
  updateAccount: (title: string) => string
  missing: (symbol: string) => string
  missingRefusal: (cells: readonly { code: string; year: number }[]) => string
  gaps: (lines: readonly { label: string; years: readonly number[] }[]) => string
  chooseSome: string
  modelUnreadable: string
  apply: string
  cancel: string
  applied: (lines: number) => string
  /** Written into the model: the imported table's title, its lines' side and its note. */
  accountTitle: string
  lineSide: { expenditure: string; income: string }
  accountNote: (p: { source: string; variable: string; converted: boolean }) => string
  problems: StatisticsProblemWords
}

const dimensionNb: Record<StatisticsDimension, string> = {
  region: 'region (kommune)',
  function: 'funksjon',
  year: 'år',
}
const dimensionEn: Record<StatisticsDimension, string> = {
  region: 'region (municipality)',
  function: 'function',
  year: 'year',
}

export const statisticsMessages: Record<Lang, StatisticsMessages> = {
  nb: {
    button: 'Importer fra SSB-fil…',
    dialogTitle: (file) => `Importer regnskap fra ${file}`,
    refused: (file) => `${file} kan ikke importeres. Ingenting er endret.`,
    unreadable: (file) => `${file} kunne ikke leses. Ingenting er endret.`,
    municipality: 'Kommune',
    functions: 'KOSTRA-funksjoner',
    years: 'År',
    variable: 'Statistikkvariabel',
    side: 'Føres som',
    sides: {
      expenditure: 'Utgifter',
      income: 'Inntekter (negative beløp)',
      net: 'Netto driftsutgifter (uten side)',
    },
    previewHeading: 'Dette blir skrevet (kroner)',
    functionColumn: 'Funksjon',
    lineColumn: 'Linje',
    newFunction: 'legges til i modellens KOSTRA-funksjoner',
    unitNote: {
      1000: 'SSB publiserer i 1000 kr: beløpene er omregnet til kroner (× 1000).',
      1: 'Beløpene står i kroner som i filen.',
    },
    incomeNote: 'Inntekter føres som negative beløp (mindre netto utgift).',
    newAccount: (title) => `Ny kontotabell «${title}» med én linje per funksjon.`,
    updateAccount: (title) =>
      `Kontotabellen «${title}» finnes: linjene for de valgte funksjonene og årene oppdateres.`,
    missing: (symbol) => (symbol === '' ? 'mangler' : `mangler (${symbol})`),
    missingRefusal: (cells) =>
      `Filen har ikke tall for ${cells.map((c) => `${c.code} i ${c.year}`).join(', ')}. Velg bort disse funksjonene eller årene før du importerer.`,
    gaps: (lines) =>
      `Etter importen mangler tabellen tall for ${lines.map((l) => `${l.label} (${l.years.join(', ')})`).join('; ')}. Fyll dem inn eller importer de årene også.`,
    chooseSome: 'Velg minst én funksjon og ett år.',
    modelUnreadable:
      'Modellens kontotabeller eller KOSTRA-funksjoner kan ikke leses. Rett feilene i modellen først.',
    apply: 'Importer',
    cancel: 'Avbryt',
    applied: (lines) =>
      lines === 1 ? '1 linje importert fra SSB.' : `${lines} linjer importert fra SSB.`,
    accountTitle: 'Fra SSB (KOSTRA)',
    lineSide: { expenditure: 'utgifter', income: 'inntekter' },
    accountNote: ({ source, variable, converted }) =>
      `Importert fra ${source}: ${variable}.${converted ? ' SSBs tall i 1000 kr er omregnet til kroner.' : ''}`,
    problems: {
      empty: () => 'Filen er tom.',
      tooLarge: ({ megabytes, limit }) =>
        `Filen er ${megabytes} MB; en tabell fra Statistikkbanken til dette formålet er under ${limit} MB. Velg færre kommuner eller funksjoner.`,
      notUtf8: ({ line, column }) =>
        `Filen er ikke lagret som UTF-8 (linje ${line}, kolonne ${column}). Den er trolig lagret som Windows-1252 (ANSI): last den ned på nytt fra Statistikkbanken, eller lagre den som «CSV UTF-8» i Excel.`,
      misEncoded: ({ line, text }) =>
        `Teksten ser feilkodet ut på linje ${line} («${text}» der det skulle stått æ, ø eller å). Filen er trolig gjort om fra Windows-1252 to ganger: last den ned på nytt fra Statistikkbanken.`,
      notJson: () => 'Filen ser ut som JSON, men er ikke gyldig JSON.',
      notJsonStat: () =>
        'Filen er JSON, men ikke et JSON-stat 2-datasett. Last ned tabellen som «JSON-stat2» fra Statistikkbanken.',
      jsonStatCollection: () =>
        'Filen er en samling av flere JSON-stat-datasett. Last ned én tabell som «JSON-stat2».',
      badDimension: ({ dimension }) =>
        `Dimensjonen «${dimension}» er nevnt i filen, men mangler eller har ingen kategorier.`,
      dimensionSize: ({ dimension, expected, found }) =>
        `Dimensjonen «${dimension}» skal ha ${expected} kategorier etter «size», men har ${found}.`,
      missingDimension: ({ dimension }) =>
        `Tabellen har ingen dimensjon for ${dimensionNb[dimension]}. Velg en tabell med region, funksjon og år.`,
      valueCount: ({ expected, found }) =>
        `Tabellen skal ha ${expected} verdier etter dimensjonene, men har ${found}.`,
      valueNotNumber: ({ where, text }) => `Verdien for ${where} er ikke et tall: «${text}».`,
      valueTooPrecise: ({ where, text }) =>
        `Verdien for ${where} (${text}) har flere sifre enn filen kan gi nøyaktig.`,
      notYear: ({ text, line, column }) =>
        `«${text}» er ikke et årstall${line === undefined ? '' : ` (linje ${line}${column === undefined ? '' : `, kolonne ${column}`})`}.`,
      noHeader: () =>
        'Fant ingen overskriftslinje med kolonnene «region» og «funksjon». Last ned tabellen som semikolonseparert CSV med overskrift.',
      wrongDelimiter: ({ line, found }) =>
        `Linje ${line} er skilt med ${found === 'comma' ? 'komma' : 'tabulator'}, ikke semikolon. Last ned tabellen som semikolonseparert CSV.`,
      unclosedQuote: ({ line }) => `Et anførselstegn som begynner på linje ${line}, lukkes aldri.`,
      fieldCount: ({ line, expected, found }) =>
        `Linje ${line} har ${found} felt; overskriften har ${expected}.`,
      csvNotNumber: ({ line, column, header, text }) =>
        `Linje ${line}, kolonne ${column} («${header}»): «${text}» er ikke et tall.`,
      duplicateValue: ({ line, first }) =>
        `Linje ${line} gir en verdi som linje ${first} alt har gitt (samme kommune, funksjon, år og variabel).`,
      noKostraFunctions: () =>
        'Tabellen har ingen KOSTRA-funksjon med tresifret kode (som 242). Last ned tabellen med koder og tekst.',
      noAmountVariable: ({ variables }) =>
        `Ingen statistikkvariabel i tabellen er i 1000 kr eller kroner (fant ${variables.join('; ')}). Velg «Beløp (1000 kr)».`,
      noValues: () => 'Tabellen har ingen verdier.',
    },
  },
  en: {
    button: 'Import from an SSB file…',
    dialogTitle: (file) => `Import accounts from ${file}`,
    refused: (file) => `${file} cannot be imported. Nothing has changed.`,
    unreadable: (file) => `${file} could not be read. Nothing has changed.`,
    municipality: 'Municipality',
    functions: 'KOSTRA functions',
    years: 'Years',
    variable: 'Statistic',
    side: 'Recorded as',
    sides: {
      expenditure: 'Expenditure',
      income: 'Income (negative amounts)',
      net: 'Net operating expenditure (no side)',
    },
    previewHeading: 'What will be written (NOK)',
    functionColumn: 'Function',
    lineColumn: 'Line',
    newFunction: "is added to the model's KOSTRA functions",
    unitNote: {
      1000: 'SSB publishes in NOK 1000: the amounts are converted to kroner (× 1000).',
      1: 'The amounts are in kroner as in the file.',
    },
    incomeNote: 'Income is recorded as negative amounts (lower net expenditure).',
    newAccount: (title) => `A new account table «${title}» with one line per function.`,
    updateAccount: (title) =>
      `The account table «${title}» exists: the lines of the chosen functions and years are updated.`,
    missing: (symbol) => (symbol === '' ? 'missing' : `missing (${symbol})`),
    missingRefusal: (cells) =>
      `The file has no figures for ${cells.map((c) => `${c.code} in ${c.year}`).join(', ')}. Leave out those functions or years before importing.`,
    gaps: (lines) =>
      `After the import the table lacks figures for ${lines.map((l) => `${l.label} (${l.years.join(', ')})`).join('; ')}. Fill them in or import those years too.`,
    chooseSome: 'Choose at least one function and one year.',
    modelUnreadable:
      "The model's account tables or KOSTRA functions cannot be read. Fix the model's errors first.",
    apply: 'Import',
    cancel: 'Cancel',
    applied: (lines) =>
      lines === 1 ? '1 line imported from SSB.' : `${lines} lines imported from SSB.`,
    accountTitle: 'From SSB (KOSTRA)',
    lineSide: { expenditure: 'expenditure', income: 'income' },
    accountNote: ({ source, variable, converted }) =>
      `Imported from ${source}: ${variable}.${converted ? " SSB's figures in NOK 1000 are converted to kroner." : ''}`,
    problems: {
      empty: () => 'The file is empty.',
      tooLarge: ({ megabytes, limit }) =>
        `The file is ${megabytes} MB; a Statistikkbanken table for this purpose is under ${limit} MB. Choose fewer municipalities or functions.`,
      notUtf8: ({ line, column }) =>
        `The file is not saved as UTF-8 (line ${line}, column ${column}). It is probably Windows-1252 (ANSI): download it again from Statistikkbanken, or save it as «CSV UTF-8» in Excel.`,
      misEncoded: ({ line, text }) =>
        `The text looks mis-encoded on line ${line} («${text}» where æ, ø or å should be). The file was probably converted from Windows-1252 twice: download it again from Statistikkbanken.`,
      notJson: () => 'The file looks like JSON but is not valid JSON.',
      notJsonStat: () =>
        'The file is JSON but not a JSON-stat 2 dataset. Download the table as «JSON-stat2» from Statistikkbanken.',
      jsonStatCollection: () =>
        'The file is a collection of several JSON-stat datasets. Download one table as «JSON-stat2».',
      badDimension: ({ dimension }) =>
        `The dimension «${dimension}» is named in the file but is missing or has no categories.`,
      dimensionSize: ({ dimension, expected, found }) =>
        `The dimension «${dimension}» should have ${expected} categories by «size» but has ${found}.`,
      missingDimension: ({ dimension }) =>
        `The table has no dimension for ${dimensionEn[dimension]}. Choose a table by region, function and year.`,
      valueCount: ({ expected, found }) =>
        `The table should have ${expected} values by its dimensions but has ${found}.`,
      valueNotNumber: ({ where, text }) => `The value for ${where} is not a number: «${text}».`,
      valueTooPrecise: ({ where, text }) =>
        `The value for ${where} (${text}) has more digits than the file can give exactly.`,
      notYear: ({ text, line, column }) =>
        `«${text}» is not a year${line === undefined ? '' : ` (line ${line}${column === undefined ? '' : `, column ${column}`})`}.`,
      noHeader: () =>
        'Found no header line with the columns «region» and «funksjon». Download the table as semicolon-separated CSV with a header.',
      wrongDelimiter: ({ line, found }) =>
        `Line ${line} is separated by ${found === 'comma' ? 'commas' : 'tabs'}, not semicolons. Download the table as semicolon-separated CSV.`,
      unclosedQuote: ({ line }) => `A quotation mark opened on line ${line} is never closed.`,
      fieldCount: ({ line, expected, found }) =>
        `Line ${line} has ${found} fields; the header has ${expected}.`,
      csvNotNumber: ({ line, column, header, text }) =>
        `Line ${line}, column ${column} («${header}»): «${text}» is not a number.`,
      duplicateValue: ({ line, first }) =>
        `Line ${line} gives a value that line ${first} already gave (same municipality, function, year and statistic).`,
      noKostraFunctions: () =>
        'The table has no KOSTRA function with a three-digit code (such as 242). Download the table with codes and text.',
      noAmountVariable: ({ variables }) =>
        `No statistic in the table is in NOK 1000 or kroner (found ${variables.join('; ')}). Choose «Beløp (1000 kr)».`,
      noValues: () => 'The table has no values.',
    },
  },
}

type Fields<Say> = Say extends (fields: infer P) => string ? P : never

/**
 * Why a statistics file cannot be read: a reason and where. One kind per message in
 * StatisticsProblemWords, with the fields that message names.
 */
export type StatisticsProblem = {
  [Code in keyof StatisticsProblemWords]: { code: Code } & Fields<StatisticsProblemWords[Code]>
}[keyof StatisticsProblemWords]

/** A statistics file's problem in words. */
export function statisticsProblemText(problem: StatisticsProblem, lang: Lang): string {
  // Each message takes the fields of its own kind of problem, which TypeScript cannot pair up
  // across the union by itself.
  const say = statisticsMessages[lang].problems[problem.code] as (
    fields: StatisticsProblem,
  ) => string
  return say(problem)
}
