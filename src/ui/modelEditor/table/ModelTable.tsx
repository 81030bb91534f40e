import { ScrollRegion } from '../../ScrollRegion'
import { useState, type ClipboardEvent, type ReactNode } from 'react'
import { readPaste, type PastePlan } from '../../../state/paste/readPaste'
import { setAt, valueAt } from '../../../state/table/setAt'
import type { ModelPath, TableColumn } from '../../../state/table/tableColumn'
import { useScenario } from '../../../state/store'
import { useBaselineText } from '../baseline/useBaselineText'
import { fieldId } from '../fieldId'
import { ModelInput } from './ModelInput'
import { PastePreview } from './PastePreview'
import { usePasteApply } from './usePasteApply'
import { RemoveRowCell } from './RemoveRowCell'

export interface ModelTableProps {
  /** Where the list the table edits sits in the model file. */
  path: ModelPath
  caption: string
  columns: readonly TableColumn[]
  /** A new row for the list, as the table adds it at `index`. */
  newRow: (index: number) => unknown
  /** Names a row in the words that remove it, e.g. its label. */
  rowName?: (row: unknown) => string
  /** Shown under the table: totals computed from the rows. */
  footer?: ReactNode
}

/**
 * A list in the model file as a table: a row per item, an input per column, rows added and
 * removed with buttons that name them, and a block pasted from a spreadsheet into any cell
 * previewed before it is filled in from that cell.
 */
export function ModelTable({ path, caption, columns, newRow, rowName, footer }: ModelTableProps) {
  const t = useBaselineText()
  const rows = useScenario((s) => valueAt(s.modelEdit?.file, path))
  const changeModel = useScenario((s) => s.changeModel)
  const list = Array.isArray(rows) ? rows : []
  const [paste, setPaste] = useState<ReturnType<typeof readPaste> | null>(null)
  const apply = usePasteApply({ path, columns, newRow })

  const cellPath = (row: number, column: TableColumn) => [...path, row, ...column.key]
  const onPaste = (row: number, column: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain')
    // One value goes into the field as typing would; only a block of cells is previewed.
    if (!/[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''))) return
    event.preventDefault()
    setPaste(readPaste({ text, columns, at: { row, column }, rowCount: list.length }))
  }
  const add = () => {
    changeModel((file) => {
      const target = valueAt(file, path)
      // An optional list the file does not have yet starts with the new row.
      if (Array.isArray(target)) target.push(newRow(target.length))
      else setAt(file, path, [newRow(0)])
    })
    const first = columns[0]
    if (first) {
      const id = fieldId(cellPath(list.length, first))
      requestAnimationFrame(() => document.getElementById(id)?.focus())
    }
  }
  const remove = (index: number) => {
    changeModel((file) => {
      const target = valueAt(file, path)
      if (Array.isArray(target)) target.splice(index, 1)
    })
  }

  return (
    <div className="model-table">
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.key.join('.')} scope="col">
                  {column.label}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {list.map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {columns.map((column, c) => (
                  <td key={column.key.join('.')}>
                    <ModelInput
                      path={cellPath(r, column)}
                      column={column}
                      label={t.cellLabel(caption, r + 1, column.label)}
                      onPaste={onPaste(r, c)}
                    />
                  </td>
                ))}
                <RemoveRowCell
                  label={t.remove(caption, r + 1, rowName?.(row) ?? '')}
                  onRemove={() => remove(r)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {footer}
      <button type="button" onClick={add}>
        {t.add(caption)}
      </button>
      {paste && (
        <PastePreview
          plan={paste}
          columns={columns}
          onApply={(plan: PastePlan) => {
            apply(plan)
            setPaste(null)
          }}
          onClose={() => setPaste(null)}
        />
      )}
    </div>
  )
}
