/** A table to export: text cells, and numbers kept as decimal strings until the file is written. */
export type ExportCell =
  | { text: string }
  /** Without a format, the number is shown as it is ("90", "2016"). */
  | { number: string; format?: 'amount' | 'decimal' | 'share' }
  | { date: Date }

export interface ExportTable {
  /** Sheet name in a workbook; at most 31 characters. */
  name: string
  /** Rows above the table that say what its figures are: scenario, model, date, unit, inputs. */
  about: ExportCell[][]
  header: string[]
  rows: ExportCell[][]
}

export const text = (value: string): ExportCell => ({ text: value })
export const amount = (value: string): ExportCell => ({ number: value, format: 'amount' })
export const decimal = (value: string): ExportCell => ({ number: value, format: 'decimal' })
export const share = (value: string): ExportCell => ({ number: value, format: 'share' })
export const plainNumber = (value: string): ExportCell => ({ number: value })
export const date = (value: Date): ExportCell => ({ date: value })
