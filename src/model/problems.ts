import type { InputIssue, ValueIssue } from './drivers/inputSpec'
import type { BadCharacterKind } from './schema/textCharacters'
import type { TimestampPart } from './schema/timestamp'

/** Where in a model file something is: keys and array indexes from the root. */
export type Path = readonly (string | number)[]

/** The JSON types a field can have, as named in messages. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'

/** Values a JSON file cannot hold but a stored record can (IndexedDB keeps dates, maps, bytes…). */
export type NonJsonType =
  'undefined' | 'bigint' | 'function' | 'symbol' | 'date' | 'map' | 'set' | 'binary' | 'otherObject'

/**
 * Everything that can be wrong with a model file, a selection or its result, as typed values. The
 * words a user reads are in src/i18n; this file only says what happened and where.
 */
export type Problem =
  // The file as a whole
  | { code: 'notJson'; line: number; column: number }
  | { code: 'notModelFile' }
  | { code: 'newerSchema'; found: number; supported: number }
  // One field
  | { code: 'wrongType'; path: Path; expected: JsonType; found: JsonType }
  | { code: 'missingField'; path: Path }
  | { code: 'unknownField'; path: Path }
  | { code: 'notOneOf'; path: Path; allowed: readonly string[]; found: string }
  | { code: 'badNumber'; path: Path; issue: InputIssue; found: string }
  | {
      code: 'badText'
      path: Path
      found: string
      pattern: TextPattern
    }
  | { code: 'tooLong'; path: Path; max: number }
  | { code: 'outOfRange'; path: Path; min: number; max: number; found: number }
  | { code: 'empty'; path: Path }
  // Relations between fields
  | { code: 'duplicateId'; path: Path; id: string }
  | { code: 'unknownReference'; path: Path; id: string; collection: Collection }
  | { code: 'planYearsNotConsecutive'; path: Path }
  | { code: 'baseYearNotBeforePlan'; path: Path; baseYear: number; firstPlanYear: number }
  | { code: 'yearNotInPlan'; path: Path; year: number; planYears: readonly number[] }
  | { code: 'endBeforeStart'; path: Path; firstYear: number; lastYear: number }
  /** Two fields that say the same thing in different ways, of which a file may give only one. */
  | { code: 'eitherField'; path: Path; fields: readonly [string, string] }
  /** Inputs of a driver that break one of its kind's checks together; the path ends at the input. */
  | { code: 'driverCheck'; path: Path; failed: CheckRef }
  | { code: 'yearKeysMismatch'; path: Path; expected: readonly number[] }
  | { code: 'packageBreaksRule'; path: Path; packageId: string; rule: RuleProblem }
  | { code: 'rulesCannotBeKept'; path: Path; measure: string; alternatives: readonly string[] }
  // A figure the source prints that its own lines or drivers do not give
  | {
      code: 'reportedMismatch'
      path: Path
      quantity: Quantity
      computedFrom: ComputedFrom
      reported: string
      computed: string
      /** computed − reported */
      difference: string
      note?: string
    }
  // A selection and its overrides
  | { code: 'unknownMeasure'; ids: readonly string[] }
  | { code: 'unknownPackage'; id: string }
  | { code: 'unknownOverride'; key: string }
  | {
      code: 'badOverride'
      key: string
      issue: ValueIssue | 'breaksCheck'
      found: string
      /** With 'breaksCheck': the check the driver's overrides break together. */
      failed?: CheckRef
    }
  | RuleProblem
  // The result
  | { code: 'targetMetOnlyWhileTemporary'; years: readonly number[]; lastingGap: string }
  // A scenario file, and the model it was made on
  | { code: 'notScenarioFile' }
  | { code: 'newerScenarioSchema'; found: number; supported: number }
  | { code: 'missingMigration'; from: number }
  | { code: 'scenarioForOtherModel'; expected: string; found: string }
  | { code: 'modelVersionChanged'; from: string; to: string }
  | { code: 'measuresNotInModel'; ids: readonly string[] }
  | { code: 'ruleLeftOut'; rule: RuleProblem }
  | {
      code: 'overrideDropped'
      key: string
      found: string
      issue: ValueIssue | 'breaksCheck' | 'unknown'
      failed?: CheckRef
    }
  | { code: 'fileTooLarge'; characters: number; limit: number }
  // Hostile or damaged input
  | { code: 'notUtf8'; line: number; column: number }
  | { code: 'tooDeep'; limit: number; line: number; column: number }
  | { code: 'notJsonValue'; path: Path; expected: JsonType; found: NonJsonType }
  | { code: 'tooManyItems'; path: Path; max: number }
  | {
      code: 'badCharacter'
      path: Path
      codePoint: number
      kind: BadCharacterKind
      position: number
    }
  | { code: 'badTimestamp'; path: Path; found: string; part: TimestampPart }
  | { code: 'moreProblems'; count: number }

/** The kinds of text a field may have to match, named in messages. */
export type TextPattern =
  'id' | 'kostra' | 'municipalityNumber' | 'yearKey' | 'overrideKey' | 'timestamp'

/** A check of a driver kind, by the kind and the check's id within it. */
export interface CheckRef {
  kind: string
  check: string
}

export type RuleProblem =
  | {
      code: 'alternativesChosenTogether'
      measures: readonly string[]
      alternatives: readonly string[]
    }
  | { code: 'requirementMissing'; measure: string; requires: readonly string[]; reason: string }

/** What a reported figure counts, so a message can give it its unit. */
export type Quantity = 'amount' | 'monthlyAmount' | 'share' | 'persons'

/** What the file's own figure is made from: its table's lines, its measures, or a calculation. */
export type ComputedFrom = 'lines' | 'measures' | 'calculation'

export type Collection =
  | 'measures'
  | 'drivers'
  | 'units'
  | 'teams'
  | 'themes'
  | 'kostraFunctions'
  | 'partners'
  | 'households'
  | 'regimes'
  | 'lines'

export type ProblemCode = Problem['code']
export type Severity = 'error' | 'warning'

/** Errors stop a file from loading or a selection from being accepted; warnings inform. */
export const severityOf: Record<ProblemCode, Severity> = {
  notJson: 'error',
  notModelFile: 'error',
  newerSchema: 'error',
  wrongType: 'error',
  missingField: 'error',
  unknownField: 'error',
  notOneOf: 'error',
  badNumber: 'error',
  badText: 'error',
  outOfRange: 'error',
  empty: 'error',
  duplicateId: 'error',
  unknownReference: 'error',
  planYearsNotConsecutive: 'error',
  baseYearNotBeforePlan: 'error',
  yearNotInPlan: 'error',
  endBeforeStart: 'error',
  eitherField: 'error',
  driverCheck: 'error',
  yearKeysMismatch: 'error',
  packageBreaksRule: 'error',
  rulesCannotBeKept: 'error',
  reportedMismatch: 'warning',
  unknownMeasure: 'error',
  unknownPackage: 'error',
  unknownOverride: 'error',
  badOverride: 'error',
  alternativesChosenTogether: 'error',
  requirementMissing: 'error',
  targetMetOnlyWhileTemporary: 'warning',
  tooLong: 'error',
  notScenarioFile: 'error',
  newerScenarioSchema: 'error',
  missingMigration: 'error',
  scenarioForOtherModel: 'error',
  modelVersionChanged: 'warning',
  measuresNotInModel: 'warning',
  ruleLeftOut: 'warning',
  overrideDropped: 'warning',
  fileTooLarge: 'error',
  notUtf8: 'error',
  tooDeep: 'error',
  notJsonValue: 'error',
  tooManyItems: 'error',
  badCharacter: 'error',
  badTimestamp: 'error',
  moreProblems: 'error',
}

export function isError(problem: Problem): boolean {
  return severityOf[problem.code] === 'error'
}

/** A file's problems beyond this many are counted, not listed: a hostile file can have millions. */
export const MAX_PROBLEMS = 100

/** The first problems of a file, and how many more there are. */
export function firstProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems]
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'moreProblems', count: problems.length - MAX_PROBLEMS },
  ]
}
