import { setAt } from '../table/setAt'
import type { TableColumn } from '../table/tableColumn'
import type { PastePlan } from './readPaste'

/**
 * Writes a paste's good cells into a table's rows (an immer draft of the list), adding the rows it
 * needs from `newRow`. Bad and outside cells are never written (the preview does not offer to
 * apply a plan that has any).
 */
export function applyPaste(
  rows: unknown[],
  plan: PastePlan,
  columns: readonly TableColumn[],
  newRow: (index: number) => unknown,
): void {
  for (let added = 0; added < plan.newRows; added += 1) rows.push(newRow(rows.length))
  for (const cell of plan.rows.flat()) {
    const column = cell.column === null ? undefined : columns[cell.column]
    if (!column || !cell.reading.ok) continue
    if (column.key.length === 0) rows[cell.row] = cell.reading.value ?? null
    else {
      const row = rows[cell.row]
      if (typeof row === 'object' && row !== null) setAt(row, column.key, cell.reading.value)
    }
  }
}
