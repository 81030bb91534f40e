import { useState } from 'react'
import { dec, isDecimalString, toDecimalString } from '../../../model/money/decimal'
import { formatDecimal, plainText } from '../../../i18n/numbers'
import { parseNumber } from '../../../i18n/parseNumber'
import type { Lang } from '../../../i18n/lang'
import { useLang } from '../../useText'
import { fieldId } from '../fieldId'
import { useModelField } from '../useModelField'
import { FieldProblem, problemId } from './FieldProblem'
import { useFieldProblem } from './useFieldProblem'

/** A model value ("0.5") as it is shown for editing ("50" in a per-cent field). */
function shown(value: unknown, percent: boolean, lang: Lang): string {
  if (typeof value !== 'string') return value === undefined ? '' : JSON.stringify(value)
  if (!isDecimalString(value)) return value
  return plainText(formatDecimal(percent ? dec(value).times(100) : dec(value), lang))
}

/** What was typed as a model value: a decimal string, or the text as typed when it is no number. */
function stored(text: string, percent: boolean): string | undefined {
  if (text.trim() === '') return undefined
  const parsed = parseNumber(percent ? text.replace(/%\s*$/, '') : text)
  if (!parsed.ok) return text
  return percent ? toDecimalString(dec(parsed.value).dividedBy(100)) : parsed.value
}

/**
 * A number in the model, kept as a decimal string: "1 234,5" is stored as "1234.5", and a per-cent
 * field's "50" as "0.5". Text that is no number is stored as typed, so the check names it in words;
 * an empty field removes the value. While the field has focus it shows what is typed.
 */
export function DecimalField({
  path,
  label,
  percent = false,
  unit,
  hint,
  dropEmptyParent = false,
}: {
  path: readonly (string | number)[]
  label: string
  percent?: boolean
  unit?: string
  hint?: string
  /** Emptying the last field of an optional object (a range) removes the object. */
  dropEmptyParent?: boolean
}) {
  const lang = useLang()
  const { value, set, done } = useModelField(path)
  const parent = useModelField(path.slice(0, -1))
  const onlyField =
    typeof parent.value === 'object' &&
    parent.value !== null &&
    Object.keys(parent.value).every((key) => key === String(path.at(-1)))
  const problem = useFieldProblem(path)
  const [draft, setDraft] = useState<string | null>(null)
  const id = fieldId(path)
  return (
    <div className="me-field">
      <label htmlFor={id}>
        {label}
        {hint && <span className="hint"> ({hint})</span>}
      </label>
      <span className="me-number">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft ?? shown(value, percent, lang)}
          aria-invalid={problem !== null}
          aria-describedby={problemId(path)}
          onChange={(event) => {
            setDraft(event.target.value)
            const next = stored(event.target.value, percent)
            if (next === undefined && dropEmptyParent && onlyField) parent.set(undefined)
            else set(next)
          }}
          onBlur={() => {
            setDraft(null)
            done()
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      <FieldProblem path={path} text={problem} />
    </div>
  )
}
