import { ScrollRegion } from '../../ScrollRegion'
import type { PastedCell, PastePlan, readPaste } from '../../../state/paste/readPaste'
import type { TableColumn } from '../../../state/table/tableColumn'
import { Dialog } from '../../Dialog'
import { useBaselineText } from '../baseline/useBaselineText'

/**
 * What a paste from a spreadsheet would fill in, cell by cell, before anything changes. Each cell
 * that cannot be used is marked and named by row and column with the reason; a paste with such
 * cells is not applied at all, so a table is never half filled from a block with mistakes in it.
 */
export function PastePreview({
  plan,
  columns,
  onApply,
  onClose,
}: {
  plan: ReturnType<typeof readPaste>
  columns: readonly TableColumn[]
  onApply: (plan: PastePlan) => void
  onClose: () => void
}) {
  const t = useBaselineText().paste
  if (!plan.ok)
    return (
      <Dialog title={t.title} onClose={onClose}>
        <p role="alert">{plan.reason === 'tooLarge' ? t.tooLarge : t.empty}</p>
        <div className="buttons">
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </Dialog>
    )
  const cells = plan.rows.flat()
  const width = Math.max(...plan.rows.map((row) => row.length))
  const first = plan.rows[0]?.[0]
  const firstColumn = first?.column ?? columns.length
  const headers = Array.from({ length: width }, (_, i) => columns[firstColumn + i]?.label ?? '–')
  const problem = (cell: PastedCell, outside: number) =>
    cell.reading.ok
      ? ''
      : t.problem(
          {
            row: cell.row + 1,
            column: cell.column === null ? '' : (columns[cell.column]?.label ?? ''),
          },
          cell.text,
          cell.reading.reason,
          outside,
        )
  return (
    <Dialog title={t.title} onClose={onClose}>
      <p>{t.summary(plan.rows.length, cells.length, plan.newRows)}</p>
      <ScrollRegion label={t.title}>
        <table className="paste-preview">
          <thead>
            <tr>
              <td />
              {headers.map((header, i) => (
                <th key={i} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row">{(first?.row ?? 0) + r + 1}</th>
                {row.map((cell, c) => (
                  <td
                    key={c}
                    className={cell.reading.ok ? undefined : 'bad'}
                    title={problem(cell, c + 1) || undefined}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {plan.bad.length > 0 && (
        <div role="alert">
          <p>{t.bad(plan.bad.length)}</p>
          <ul className="paste-problems">
            {plan.rows.flatMap((row) =>
              row.flatMap((cell, c) =>
                cell.reading.ok ? [] : [<li key={`${cell.row}-${c}`}>{problem(cell, c + 1)}</li>],
              ),
            )}
          </ul>
          <p>{t.refused}</p>
        </div>
      )}
      <div className="buttons">
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        {plan.bad.length === 0 && (
          <button type="button" className="primary" onClick={() => onApply(plan)}>
            {t.apply}
          </button>
        )}
      </div>
    </Dialog>
  )
}
