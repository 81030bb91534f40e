import { inputOf } from '../model/engine/overrideKey'
import { codePointText, type ProblemMessages } from './problemMessages'

export const problemsEn: ProblemMessages = {
  jsonType: {
    string: 'text',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true/false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    null: 'null',
  },
  collection: {
    measures: 'the measures',
    drivers: "the measure's drivers that change a rate",
    units: 'the units',
    teams: "the unit's teams",
    themes: 'the themes',
    kostraFunctions: "the model's KOSTRA functions",
    partners: 'the partners of the partnership',
    households: 'the household cases',
    regimes: "the household case's regimes",
    lines: "the household case's lines",
  },
  // `found` is file text: it is quoted as written, and so are examples of how to write a value.
  inputIssue: {
    notDecimal: (found) =>
      `"${found}" is not a number as the file writes numbers: in quotes, with a point as decimal separator and no spaces, e.g. "0.8" or "-750000"`,
    negative: (found) => `cannot be negative (found "${found}")`,
    aboveOne: (found, f) =>
      `must be between ${f.percent('0')} and ${f.percent('1')} (found "${found}"); in the file, ${f.percent('0.8')} is written "0.8"`,
    belowMinusOne: (found, f) =>
      `cannot be below ${f.number('-1')}, that is ${f.percent('-1')} (found "${found}")`,
    notYear: (found) => `"${found}" is not a year`,
    yearNotInPlan: (found) => `${found} is not one of the plan years`,
    unknown: (found) => `it is not in the model (the value was "${found}")`,
  },
  pattern: {
    id: 'an id (letters, digits, - and _, no spaces or dots)',
    kostra: 'a KOSTRA function (three digits, e.g. "242")',
    municipalityNumber: 'a municipality number (four digits, e.g. "1860")',
    yearKey: 'a year (four digits)',
    overrideKey: 'an assumption written measure.driver.input, e.g. "D.groupHomes.refundRate"',
    timestamp: 'a time written as 2026-11-23T12:00:00Z',
  },
  quantity: {
    amount: (n) => `NOK\u00a0${n}`,
    monthlyAmount: (n) => `NOK\u00a0${n} a month`,
    persons: (n) => `${n} persons`,
  },
  percentagePoints: (n) => `${n} percentage points`,
  computedFrom: {
    lines: 'its lines add up to',
    measures: 'its measures add up to',
    calculation: 'the model calculates',
  },
  notJson: (p) => `The file is not valid JSON: error at line ${p.line}, column ${p.column}.`,
  notModelFile: () =>
    'The file is not an Omstilling model file: the field "format" must be "omstilling.model".',
  newerSchema: (p) =>
    `The file was made for a newer version of Omstilling (schemaVersion ${p.found}); this version reads schemaVersion ${p.supported}. Update the program to open it.`,
  wrongType: (p, f) =>
    `${f.at(p.path)}: should be ${problemsEn.jsonType[p.expected]}, but is ${problemsEn.jsonType[p.found]}` +
    (p.expected === 'string' && (p.found === 'number' || p.found === 'integer')
      ? ' (write numbers in quotes in the file, e.g. "750000", so they are read exactly).'
      : '.'),
  missingField: (p, f) => `${f.at(p.path)}: the field is missing.`,
  unknownField: (p, f) => `${f.at(p.path)}: unknown field (misspelt?).`,
  notOneOf: (p, f) =>
    `${f.at(p.path)}: "${p.found}" is not allowed; write ${f.list(p.allowed.map((a) => `"${a}"`))}.`,
  badNumber: (p, f) => `${f.at(p.path)}: ${problemsEn.inputIssue[p.issue](p.found, f)}.`,
  badText: (p, f) => `${f.at(p.path)}: "${p.found}" is not ${problemsEn.pattern[p.pattern]}.`,
  outOfRange: (p, f) =>
    `${f.at(p.path)}: ${f.whole(p.found)} is outside the allowed range (${f.whole(p.min)}–${f.whole(p.max)}).`,
  empty: (p, f) => `${f.at(p.path)}: cannot be empty.`,
  duplicateId: (p, f) => `${f.at(p.path)}: "${p.id}" is used more than once.`,
  unknownReference: (p, f) =>
    `${f.at(p.path)}: "${p.id}" is not among ${problemsEn.collection[p.collection]}.`,
  planYearsNotConsecutive: (p, f) =>
    `${f.at(p.path)}: must be consecutive years in ascending order.`,
  baseYearNotBeforePlan: (p, f) =>
    `${f.at(p.path)}: ${p.baseYear} must come before the first plan year, ${p.firstPlanYear}.`,
  yearNotInPlan: (p, f) =>
    `${f.at(p.path)}: ${p.year} is not one of the plan years (${f.list(p.planYears)}).`,
  eitherField: (p, f) =>
    `${f.at(p.path)}: give either "${p.fields[0]}" or "${p.fields[1]}", not both; they say the same thing in two ways.`,
  endBeforeStart: (p, f) =>
    `${f.at(p.path)}: ${p.lastYear} comes before the first year, ${p.firstYear}.`,
  yearKeysMismatch: (p, f) =>
    `${f.at(p.path)}: must have figures for exactly the years ${f.list(p.expected)}.`,
  packageBreaksRule: (p, f) =>
    `${f.at(p.path)}: the package breaks a rule: ${problemsEn[p.rule.code](p.rule as never, f)}`,
  rulesCannotBeKept: (p, f) =>
    `${f.at(p.path)}: measure ${f.measure(p.measure)} requires, directly or through other measures, both ${f.measures(p.alternatives)}, which are alternatives. ${p.measure} can therefore never be chosen.`,
  reportedMismatch: (p, f) => {
    const figures = f.figures(p)
    return (
      `${f.at(p.path)}: the report prints ${figures.reported}, but ${problemsEn.computedFrom[p.computedFrom]} ${figures.computed} (difference ${figures.difference}).` +
      (p.note ? ` ${p.note}` : '')
    )
  },
  unknownMeasure: (p, f) =>
    `Unknown measure: ${f.measures(p.ids)}. The model has no measure with this id.`,
  unknownPackage: (p) => `Unknown package: "${p.id}".`,
  unknownOverride: (p, f) =>
    `Unknown assumption ${f.assumption(p.key)}: write measure.driver.input, e.g. "D.groupHomes.refundRate".`,
  badOverride: (p, f) =>
    p.issue === 'breaksCheck'
      ? `The assumption ${f.assumption(p.key)} is not used: ${f.check(p.failed, inputOf(p.key))}.`
      : `The assumption ${f.assumption(p.key)}: ${problemsEn.inputIssue[p.issue](p.found, f)}.`,
  driverCheck: (p, f) => `${f.at(p.path)}: ${f.check(p.failed, String(p.path.at(-1)))}.`,
  alternativesChosenTogether: (p, f) =>
    `${f.measures(p.measures)} cannot be chosen together: ${f.list(p.alternatives)} are alternatives, choose only one.`,
  requirementMissing: (p, f) =>
    `${f.measure(p.measure)} requires ${f.measures(p.requires)}: ${p.reason}`,
  tooLong: (p, f) =>
    `${f.at(p.path)}: the text is longer than ${f.number(String(p.max))} characters.`,
  notScenarioFile: () =>
    'The file is not an Omstilling scenario: the field "format" must be "omstilling.scenario".',
  newerScenarioSchema: (p) =>
    `The scenario was made with a newer version of Omstilling (schemaVersion ${p.found}); this version reads up to ${p.supported}. It has not been changed.`,
  missingMigration: (p) =>
    `The scenario has an older format (schemaVersion ${p.from}) that this version cannot translate.`,
  scenarioForOtherModel: (p) =>
    `The scenario was made for the model "${p.found}", not for "${p.expected}", which is open.`,
  modelVersionChanged: (p) =>
    `The scenario was made on version ${p.from} of the model; the current one is ${p.to}.`,
  measuresNotInModel: (p, f) =>
    `Measures ${f.measures(p.ids)} are no longer in the model and are left out.`,
  ruleLeftOut: (p, f) =>
    p.rule.code === 'alternativesChosenTogether'
      ? `${f.measures(p.rule.measures)} are not counted: ${f.list(p.rule.alternatives)} are alternatives, and only one can be chosen.`
      : `${f.measure(p.rule.measure)} is not counted: it requires ${f.measures(p.rule.requires)}. ${p.rule.reason}`,
  overrideDropped: (p, f) =>
    `The assumption ${f.assumption(p.key)} is left out: ${
      p.issue === 'breaksCheck'
        ? f.check(p.failed, inputOf(p.key))
        : problemsEn.inputIssue[p.issue](p.found, f)
    }.`,
  fileTooLarge: (p, f) =>
    `The file is too large (${f.number(String(p.characters))} characters; the limit is ${f.number(String(p.limit))}).`,
  targetMetOnlyWhileTemporary: (p, f) =>
    `The target is met in ${f.list(p.years)} only while time-limited measures last; the lasting effect falls short by ${problemsEn.quantity.amount(f.number(p.lastingGap))}.`,
  notUtf8: (p) =>
    `The file is not saved as UTF-8: invalid bytes at line ${p.line}, column ${p.column}. Save it as UTF-8 and try again.`,
  tooDeep: (p) =>
    `The file nests lists and objects inside each other more than ${p.limit} levels deep (line ${p.line}, column ${p.column}). No model or scenario is built like that, so the file is not read.`,
  notJsonValue: (p, f) =>
    `${f.at(p.path)}: should be ${problemsEn.jsonType[p.expected]}, but is ${problemsEn.nonJsonType[p.found]}, which a JSON file cannot hold.`,
  tooManyItems: (p, f) =>
    `${f.at(p.path)}: the list has more than ${f.number(String(p.max))} items.`,
  badCharacter: (p, f) =>
    `${f.at(p.path)}: character ${p.position} (${codePointText(p.codePoint)}) is ${problemsEn.badCharacterKind[p.kind]}. Remove it.`,
  badTimestamp: (p, f) =>
    `${f.at(p.path)}: "${p.found}" is not a time that exists: ${problemsEn.timestampPart[p.part]}.`,
  moreProblems: (p, f) => `… and ${f.number(String(p.count))} more problems.`,
  nonJsonType: {
    undefined: 'undefined',
    bigint: 'a BigInt',
    function: 'a function',
    symbol: 'a symbol',
    date: 'a Date object',
    map: 'a Map',
    set: 'a Set',
    binary: 'binary data',
    otherObject: 'an object of a special kind',
  },
  badCharacterKind: {
    control: 'a control character, which does not show',
    lineBreak: 'a line break or tab, and this text must be on one line',
    direction:
      'an invisible character that reverses the writing direction and can make the text look like something it is not',
    unpaired: 'a broken character code (half a surrogate pair)',
  },
  timestampPart: {
    month: 'the month must be 01–12',
    day: 'that day does not exist in that month',
    hour: 'the hour must be 00–23',
    minute: 'the minutes must be 00–59',
    second: 'the seconds must be 00–59',
  },
}
