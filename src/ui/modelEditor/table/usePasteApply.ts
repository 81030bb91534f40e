import { applyPaste } from '../../../state/paste/applyPaste'
import type { PastePlan } from '../../../state/paste/readPaste'
import { setAt, valueAt } from '../../../state/table/setAt'
import type { ModelPath, TableColumn } from '../../../state/table/tableColumn'
import { useScenario } from '../../../state/store'

/**
 * Fills a table from a confirmed paste. It is one change without a coalesce key, so it is an
 * undo step of its own, never merged with the typing before or after it.
 */
export function usePasteApply(options: {
  path: ModelPath
  columns: readonly TableColumn[]
  newRow: (index: number) => unknown
}) {
  const changeModel = useScenario((s) => s.changeModel)
  const { path, columns, newRow } = options
  return (plan: PastePlan) =>
    changeModel((file) => {
      if (!Array.isArray(valueAt(file, path))) setAt(file, path, [])
      const rows = valueAt(file, path)
      if (Array.isArray(rows)) applyPaste(rows, plan, columns, newRow)
    })
}
