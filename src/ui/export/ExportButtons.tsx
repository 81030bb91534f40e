import { useText } from '../useText'
import { toCsv } from './csv'
import { download, fileName } from './download'
import type { ExportTable } from './exportTable'
import { toXlsx } from './xlsx'

/** Download a table as CSV for Norwegian Excel, or as a workbook with numeric cells. */
export function ExportButtons({ table, name }: { table: () => ExportTable; name: string }) {
  const t = useText()
  return (
    <span className="buttons export-buttons no-print">
      <button
        type="button"
        onClick={() => download(fileName(name, 'csv'), toCsv(table()), 'text/csv;charset=utf-8')}
      >
        {t.scenarios.exportCsv}
      </button>
      <button
        type="button"
        onClick={() =>
          void toXlsx([table()]).then((blob) => download(fileName(name, 'xlsx'), blob))
        }
      >
        {t.scenarios.exportXlsx}
      </button>
    </span>
  )
}
