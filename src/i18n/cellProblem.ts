/** Why a typed or pasted cell's text cannot be stored as its column's value. */
export const CellProblem = {
  notNumber: 'notNumber',
  ambiguous: 'ambiguous',
  notWhole: 'notWhole',
  notOption: 'notOption',
} as const
export type CellProblem = (typeof CellProblem)[keyof typeof CellProblem]

/** Why a pasted cell cannot be used: its text does not fit the column, or there is no column. */
export type PasteProblem = CellProblem | 'outside'
