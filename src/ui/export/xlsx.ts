import type { ExportCell, ExportTable } from './exportTable'

const FORMATS = { amount: '#,##0', decimal: '#,##0.0#', share: '0.0%' } as const

function cell(value: ExportCell) {
  if ('text' in value) return { value: value.text, type: String }
  if ('date' in value) {
    // The calendar date the user sees, whatever the time zone: midnight UTC of the local date.
    const { date } = value
    const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()))
    return { value: day, type: Date, format: 'dd.mm.yyyy' }
  }
  return {
    value: Number(value.number),
    type: Number,
    ...(value.format && { format: FORMATS[value.format] }),
  }
}

/**
 * A workbook with one sheet per table, numbers as numeric cells: first what the figures are, then
 * an empty row, then the table with its header in bold. Loaded only when asked for.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal')
  return writeExcelFile(
    tables.map((table) => {
      const width = (i: number) =>
        Math.max(
          12,
          (table.header[i]?.length ?? 0) + 2,
          ...table.about.map((row) => {
            const first = row[i]
            return i === 0 && first && 'text' in first ? first.text.length + 2 : 0
          }),
        )
      return {
        sheet: table.name.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '),
        data: [
          ...table.about.map((row) => row.map(cell)),
          ...(table.about.length > 0 ? [[]] : []),
          table.header.map((header) => ({
            value: header,
            type: String,
            fontWeight: 'bold' as const,
          })),
          ...table.rows.map((row) => row.map(cell)),
        ],
        columns: table.header.map((_, i) => ({ width: i === 1 ? 40 : width(i) })),
      }
    }),
  ).toBlob()
}
