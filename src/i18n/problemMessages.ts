import type { ValueIssue } from '../model/drivers/inputSpec'
import type {
  CheckRef,
  Collection,
  ComputedFrom,
  JsonType,
  NonJsonType,
  Path,
  Problem,
  ProblemCode,
  Quantity,
  TextPattern,
} from '../model/problems'
import type { BadCharacterKind } from '../model/schema/textCharacters'
import type { TimestampPart } from '../model/schema/timestamp'

/** What a problem message may use: places, measures and numbers put in words for the reader. */
export interface ProblemFormat {
  /** Where a path points, in words: "Tiltak D «…», refusjonssats"; the CLI adds the path. */
  at(path: Path): string
  /** A measure by id and title: "E «Øke bosetting enslige mindreårige»", or "E" where unknown. */
  measure(id: string): string
  measures(ids: readonly string[]): string
  /** The assumption an override key names: "«Refusjonssats» i tiltak D «…»"; the CLI adds the key. */
  assumption(key: string): string
  /** A reported figure, what the file gives instead and their difference, each with its unit. */
  figures(problem: Extract<Problem, { code: 'reportedMismatch' }>): {
    reported: string
    computed: string
    difference: string
  }
  /** A decimal string for eyes: "7 924 000", "−1". */
  number(value: string): string
  /** A whole number such as a year, ungrouped: "2014", "−1". */
  whole(value: number): string
  /** A share as per cent: "0.8" → "80 %". */
  percent(share: string): string
  list(values: readonly (string | number)[]): string
  /** A check a driver's inputs fail, as its kind words it: "«…» kan ikke være større enn …";
   *  without the input's name if the sentence has just named that input (`named`). */
  check(failed: CheckRef | undefined, named?: string): string
}

export type ProblemMessages = {
  [C in ProblemCode]: (problem: Extract<Problem, { code: C }>, format: ProblemFormat) => string
} & {
  jsonType: Record<JsonType, string>
  collection: Record<Collection, string>
  inputIssue: Record<ValueIssue | 'unknown', (found: string, format: ProblemFormat) => string>
  pattern: Record<TextPattern, string>
  /** A figure with its unit: "−7 924 000 kr", "41 personer"; shares are written as per cent. */
  quantity: Record<Exclude<Quantity, 'share'>, (number: string) => string>
  /** A difference between two per cents: "0,1 prosentpoeng". */
  percentagePoints: (number: string) => string
  /** What the file's own figure is made of, before the figure: "men linjene summerer til". */
  computedFrom: Record<ComputedFrom, string>
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
