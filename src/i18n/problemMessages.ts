import type { InputIssue } from '../model/drivers/inputSpec'
import type { Collection, JsonType, Path, Problem, ProblemCode } from '../model/problems'

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
}
