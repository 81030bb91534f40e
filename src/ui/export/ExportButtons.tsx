import { isoDate } from '../../i18n/dates'
import { useText } from '../useText'
import { toCsv } from './csv'
import { download, fileName } from './download'
import type { ExportTable } from './exportTable'
import { toXlsx } from './xlsx'

/**
 * Download a table as CSV for Norwegian Excel, or as a workbook with numeric cells, in a file named
 * after the scenario (or what is compared) and the day: "arbeidsgruppas-forslag-2026-11-24.csv".
 */
export function ExportButtons({
  table,
  name,
}: {
  table: (date: Date) => ExportTable
  name: string
}) {
  const t = useText()
  const file = (date: Date, extension: string) => fileName(`${name} ${isoDate(date)}`, extension)
  return (
    <span className="buttons export-buttons no-print">
      <button
        type="button"
        onClick={() => {
          const date = new Date()
          download(file(date, 'csv'), toCsv(table(date)), 'text/csv;charset=utf-8')
        }}
      >
        {t.scenarios.exportCsv}
      </button>
      <button
        type="button"
        onClick={() => {
          const date = new Date()
          void toXlsx([table(date)]).then((blob) => download(file(date, 'xlsx'), blob))
        }}
      >
        {t.scenarios.exportXlsx}
      </button>
    </span>
  )
}
