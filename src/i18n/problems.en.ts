import { codePointText, type ProblemMessages } from './problemMessages'

export const problemsEn: ProblemMessages = {
  root: '(the root of the file)',
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
  inputIssue: {
    notDecimal: (found) =>
      `"${found}" is not a number as model files write it (point as decimal separator, no spaces, e.g. "0.8" or "-750000")`,
    negative: (found) => `cannot be negative (found ${found})`,
    aboveOne: (found) => `must be between 0 and 1 (found ${found}); 80 % is written "0.8"`,
    belowMinusOne: (found) => `cannot be below -1, that is -100 % (found ${found})`,
    notYear: (found) => `"${found}" is not a year`,
    yearNotInPlan: (found) => `${found} is not one of the plan years`,
    affectedExceedsBase: (found) => `the affected base (${found}) cannot exceed the whole base`,
    unknown: () => 'it is not in the model',
  },
  pattern: {
    id: 'an id (letters, digits, - and _, no spaces or dots)',
    kostra: 'a KOSTRA function (three digits, e.g. "242")',
    yearKey: 'a year (four digits)',
    overrideKey: 'an assumption written measure.driver.input, e.g. "D.groupHomes.refundRate"',
    timestamp: 'a time written as 2026-11-23T12:00:00Z',
  },
  within: {
    measures: 'measure',
    units: 'unit',
    packages: 'package',
    households: 'household',
    accounts: 'accounts table',
    rules: 'rule',
  },
  notJson: (p) => `The file is not valid JSON: error at line ${p.line}, column ${p.column}.`,
  notModelFile: () =>
    'The file is not an Omstilling model file: the field "format" must be "omstilling.model".',
  newerSchema: (p) =>
    `The file was made for a newer version of Omstilling (schemaVersion ${p.found}); this version reads schemaVersion ${p.supported}. Update the program to open it.`,
  wrongType: (p, f) =>
    `${f.at(p.path)}: should be ${problemsEn.jsonType[p.expected]}, but is ${problemsEn.jsonType[p.found]}` +
    (p.expected === 'string' && (p.found === 'number' || p.found === 'integer')
      ? ' (write numbers in quotes, e.g. "750000", so they are read exactly).'
      : '.'),
  missingField: (p, f) => `${f.at(p.path)}: the field is missing.`,
  unknownField: (p, f) => `${f.at(p.path)}: unknown field (misspelt?).`,
  notOneOf: (p, f) => `${f.at(p.path)}: "${p.found}" is not allowed; use ${f.list(p.allowed)}.`,
  badNumber: (p, f) => `${f.at(p.path)}: ${problemsEn.inputIssue[p.issue](p.found)}.`,
  badText: (p, f) => `${f.at(p.path)}: "${p.found}" is not ${problemsEn.pattern[p.pattern]}.`,
  outOfRange: (p, f) =>
    `${f.at(p.path)}: ${p.found} is outside the allowed range (${p.min}–${p.max}).`,
  empty: (p, f) => `${f.at(p.path)}: cannot be empty.`,
  duplicateId: (p, f) => `${f.at(p.path)}: "${p.id}" is used more than once.`,
  unknownReference: (p, f) =>
    `${f.at(p.path)}: "${p.id}" is not among ${problemsEn.collection[p.collection]}.`,
  planYearsNotConsecutive: (p, f) =>
    `${f.at(p.path)}: the plan years must be consecutive years in ascending order.`,
  baseYearNotBeforePlan: (p, f) =>
    `${f.at(p.path)}: the base year ${p.baseYear} must come before the first plan year ${p.firstPlanYear}.`,
  yearNotInPlan: (p, f) =>
    `${f.at(p.path)}: ${p.year} is not one of the plan years (${f.list(p.planYears)}).`,
  endBeforeStart: (p, f) =>
    `${f.at(p.path)}: the last year ${p.lastYear} comes before the first year ${p.firstYear}.`,
  affectedExceedsBase: (p, f) => `${f.at(p.path)}: the affected base cannot exceed the whole base.`,
  yearKeysMismatch: (p, f) =>
    `${f.at(p.path)}: must have figures for exactly the years ${f.list(p.expected)}.`,
  packageBreaksRule: (p, f) =>
    `${f.at(p.path)}: the package "${p.packageId}" breaks a rule: ${problemsEn[p.rule.code](p.rule as never, f)}`,
  reportedMismatch: (p, f) =>
    `${f.at(p.path)}: the source prints ${f.number(p.reported)}, but its lines give ${f.number(p.computed)} (difference ${f.number(p.difference)}).` +
    (p.note ? ` ${p.note}` : ''),
  unknownMeasure: (p, f) =>
    `Unknown measure: ${f.list(p.ids)}. The model has no measure with this id.`,
  unknownPackage: (p) => `Unknown package: "${p.id}".`,
  unknownOverride: (p) =>
    `Unknown assumption "${p.key}": write measure.driver.input, e.g. "D.groupHomes.refundRate".`,
  badOverride: (p) => `Assumption ${p.key}: ${problemsEn.inputIssue[p.issue](p.found)}.`,
  alternativesChosenTogether: (p, f) =>
    `${f.list(p.measures)} cannot be chosen together: ${f.list(p.alternatives)} are alternatives, choose only one.`,
  requirementMissing: (p, f) => `${p.measure} requires ${f.list(p.requires)}: ${p.reason}`,
  tooLong: (p, f) => `${f.at(p.path)}: the text is longer than ${p.max} characters.`,
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
    `Measures ${f.list(p.ids)} are no longer in the model and are left out.`,
  overrideDropped: (p) =>
    `The assumption ${p.key} = ${p.found} is left out: ${problemsEn.inputIssue[p.issue](p.found)}.`,
  fileTooLarge: (p, f) =>
    `The file is too large (${f.number(String(p.characters))} characters; the limit is ${f.number(String(p.limit))}).`,
  targetMetOnlyWhileTemporary: (p, f) =>
    `The target is met in ${f.list(p.years)} only while time-limited measures last; the lasting effect falls short by NOK ${f.number(p.lastingGap)}.`,
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
