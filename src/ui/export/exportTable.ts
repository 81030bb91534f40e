/** A table to export: text cells, and numbers kept as decimal strings until the file is written. */
export type ExportCell =
  { text: string } | { number: string; format: 'amount' | 'decimal' | 'share' }

export interface ExportTable {
  /** Sheet name in a workbook; at most 31 characters. */
  name: string
  header: string[]
  rows: ExportCell[][]
}

export const text = (value: string): ExportCell => ({ text: value })
export const amount = (value: string): ExportCell => ({ number: value, format: 'amount' })
export const decimal = (value: string): ExportCell => ({ number: value, format: 'decimal' })
export const share = (value: string): ExportCell => ({ number: value, format: 'share' })
