import type { InputIssue } from '../model/drivers/inputSpec'
import type {
  Collection,
  JsonType,
  NonJsonType,
  Path,
  Problem,
  ProblemCode,
} from '../model/problems'
import type { BadCharacterKind } from '../model/schema/textCharacters'
import type { TimestampPart } from '../model/schema/timestamp'

/** What a problem message may use: the located path, numbers and lists formatted for the reader. */
export interface ProblemFormat {
  /** "measures[3].drivers[0].inputs.refundRate (tiltak D)" */
  at(path: Path): string
  number(value: string): string
  list(values: readonly (string | number)[]): string
}

export type ProblemMessages = {
  [C in ProblemCode]: (problem: Extract<Problem, { code: C }>, format: ProblemFormat) => string
} & {
  /** The path of the file as a whole. */
  root: string
  jsonType: Record<JsonType, string>
  collection: Record<Collection, string>
  inputIssue: Record<
    InputIssue | 'yearNotInPlan' | 'affectedExceedsBase' | 'unknown',
    (found: string) => string
  >
  pattern: Record<'id' | 'kostra' | 'yearKey' | 'overrideKey' | 'timestamp', string>
  /** Names the enclosing item of a path: "tiltak D". */
  within: Record<'measures' | 'units' | 'packages' | 'households' | 'accounts' | 'rules', string>
  /** Values a JSON file cannot hold, as a stored record may: "udefinert (undefined)". */
  nonJsonType: Record<NonJsonType, string>
  /** What a character a text may not hold is. */
  badCharacterKind: Record<BadCharacterKind, string>
  /** Why a time does not exist. */
  timestampPart: Record<TimestampPart, string>
}

/** A code point as Unicode charts write it: U+202E. */
export const codePointText = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
