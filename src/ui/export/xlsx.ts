import type { ExportCell, ExportTable } from './exportTable'

const FORMATS = { amount: '#,##0', decimal: '#,##0.0#', share: '0.0%' } as const

function cell(value: ExportCell) {
  return 'text' in value
    ? { value: value.text, type: String }
    : { value: Number(value.number), type: Number, format: FORMATS[value.format] }
}

/** A workbook with one sheet per table, numbers as numeric cells. Loaded only when asked for. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal')
  return writeExcelFile(
    tables.map((table) => ({
      sheet: table.name.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '),
      data: [
        table.header.map((header) => ({
          value: header,
          type: String,
          fontWeight: 'bold' as const,
        })),
        ...table.rows.map((row) => row.map(cell)),
      ],
      columns: table.header.map((header, i) => ({
        width: i === 1 ? 40 : Math.max(12, header.length + 2),
      })),
    })),
  ).toBlob()
}
