/** What a table cell holds, and so how typed or pasted text is read into the model file. */
export const CellKind = {
  /** Words, stored as typed. */
  text: 'text',
  /** A decimal string: money, staff-years, counts, shares. */
  amount: 'amount',
  /** A whole number stored as a JSON number. */
  integer: 'integer',
  /** A year, a whole number stored as a JSON number. */
  year: 'year',
  /** One of a few values, chosen from a list. */
  select: 'select',
} as const
export type CellKind = (typeof CellKind)[keyof typeof CellKind]

export interface CellOption {
  value: string
  label: string
}

/** A place in a model file: object keys and list positions. */
export type ModelPath = readonly (string | number)[]

/** A column of a table that edits a list in the model file. */
export interface TableColumn {
  /** Where the column's value sits in a row; empty when the row itself is the value. */
  key: ModelPath
  label: string
  kind: CellKind
  /** The choices of a `select` column. */
  options?: readonly CellOption[]
  /** What an emptied number cell becomes: removed (default) or `null` where the file allows it. */
  empty?: null
}
