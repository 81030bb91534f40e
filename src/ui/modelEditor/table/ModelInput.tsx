import { useState, type ClipboardEvent } from 'react'
import type { Lang } from '../../../i18n/lang'
import { formatDecimal } from '../../../i18n/numbers'
import { isDecimalString } from '../../../model/money/decimal'
import { readCell } from '../../../state/table/readCell'
import type { ModelPath, TableColumn } from '../../../state/table/tableColumn'
import { useLang } from '../../useText'
import { fieldId } from '../fieldId'
import { useBaselineText } from '../baseline/useBaselineText'
import { useIdRename, type RenameOf } from '../useIdRename'
import { useModelField } from '../useModelField'

export type InputColumn = Pick<TableColumn, 'kind' | 'options' | 'empty'>

/**
 * The input that edits one place of the model file, with the id the problem list links to. What
 * the user types is read for the column's kind (a Norwegian "1 234,5" becomes "1234.5"); text that
 * cannot be read is stored as typed, so the model's check names it in the list of problems.
 */
export function ModelInput({
  path,
  column,
  label,
  describedBy,
  multiline = false,
  onPaste,
  renames,
}: {
  path: ModelPath
  column: InputColumn
  /** The accessible name, when no visible label names the input. */
  label?: string
  describedBy?: string
  multiline?: boolean
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void
  /** The input is an id that others name: they follow it when it changes. */
  renames?: RenameOf
}) {
  const lang = useLang()
  const t = useBaselineText()
  const { value, set, done } = useModelField(path)
  const rename = useIdRename(path, renames)
  // While the user types, the field shows their text, not the value read from it.
  const [typing, setTyping] = useState<string | null>(null)
  const id = fieldId(path)
  const common = {
    id,
    ...(label !== undefined && { 'aria-label': label }),
    ...(describedBy !== undefined && { 'aria-describedby': describedBy }),
  }
  const change = (text: string) => {
    setTyping(text)
    const reading = readCell(text, column)
    set(reading.ok ? reading.value : text)
  }
  const blur = () => {
    setTyping(null)
    rename.onLeave()
    done()
  }
  if (column.kind === 'select') {
    const options = column.options ?? []
    const current = typeof value === 'string' ? value : ''
    const known = options.some((option) => option.value === current)
    return (
      <select {...common} value={current} onChange={(e) => change(e.target.value)} onBlur={blur}>
        {!known && <option value={current}>{current === '' ? t.fields.none : current}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )
  }
  const shown = typing ?? display(value, column, lang)
  if (multiline)
    return (
      <textarea
        {...common}
        value={shown}
        rows={3}
        onChange={(e) => change(e.target.value)}
        onBlur={blur}
      />
    )
  return (
    <input
      {...common}
      type="text"
      inputMode={column.kind === 'text' ? undefined : 'decimal'}
      className={column.kind === 'text' ? undefined : 'number'}
      value={shown}
      onChange={(e) => change(e.target.value)}
      onFocus={rename.onFocus}
      onBlur={blur}
      {...(onPaste && { onPaste })}
    />
  )
}

/**
 * A stored value as the field shows it: amounts grouped by spaces with the language's decimal sign
 * (never a grouping comma, which would not read back), anything unreadable as typed.
 */
function display(value: unknown, column: InputColumn, lang: Lang): string {
  if (value === undefined || value === null) return ''
  if (column.kind === 'amount' && typeof value === 'string' && isDecimalString(value)) {
    const shown = formatDecimal(value, 'nb')
    return lang === 'nb' ? shown : shown.replace(',', '.')
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}
