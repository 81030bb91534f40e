import { useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { InputType, type InputSpec } from '../../model/drivers/inputSpec'
import { useEvaluation } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { useLang, useText } from '../useText'
import { displayValue, readValue } from './assumptionValue'

/**
 * One driver input as an editable assumption. What is typed is checked at once; a valid value
 * updates every figure as it is typed, an invalid one says why and is not used. A changed value is
 * marked and can be reset to the model file's.
 */
export function AssumptionInput({
  overrideKey,
  label,
  spec,
  fileValue,
  planYears,
}: {
  overrideKey: string
  label: string
  spec: InputSpec
  fileValue: string
  planYears: readonly number[]
}) {
  const t = useText()
  const lang = useLang()
  const { override, setOverride, resetOverride, sealEdit } = useScenario(
    useShallow((s) => ({
      override: s.doc.overrides[overrideKey],
      setOverride: s.setOverride,
      resetOverride: s.resetOverride,
      sealEdit: s.sealEdit,
    })),
  )
  // While the field has focus it shows what is typed; otherwise the value in force.
  const [draft, setDraft] = useState<string | null>(null)
  const inputId = useId()
  const messageId = useId()
  const value = override ?? fileValue
  const typed = draft === null ? null : readValue(spec, draft, planYears)
  const refused = useEvaluation()?.problems.find(
    (p) => p.code === 'badOverride' && p.key === overrideKey,
  )
  const issue =
    typed && !typed.ok ? typed.issue : refused?.code === 'badOverride' ? refused.issue : null
  const unit = t.measures.inputUnits[spec.type]
  const signed =
    !spec.nonNegative &&
    (spec.type === InputType.amount ||
      spec.type === InputType.staffYears ||
      spec.type === InputType.persons)
  return (
    <div className={`assumption ${override !== undefined ? 'assumption--changed' : ''}`}>
      <label htmlFor={inputId}>
        {label}
        {signed && <span className="hint"> ({t.measures.signedHint})</span>}
      </label>
      <span className="assumption-field">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={draft ?? displayValue(spec, value, lang)}
          aria-invalid={issue !== null}
          aria-describedby={messageId}
          onChange={(event) => {
            setDraft(event.target.value)
            const read = readValue(spec, event.target.value, planYears)
            if (read.ok) setOverride(overrideKey, read.value === fileValue ? null : read.value)
          }}
          onBlur={() => {
            setDraft(null)
            sealEdit()
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {override !== undefined && (
        <>
          <span className="badge badge--changed">{t.measures.overridden}</span>
          <button type="button" onClick={() => resetOverride(overrideKey)}>
            {t.measures.reset(`${displayValue(spec, fileValue, lang)}${unit ? ` ${unit}` : ''}`)}
          </button>
        </>
      )}
      <span id={messageId} className={issue ? 'error' : 'hint'} role={issue ? 'alert' : undefined}>
        {issue
          ? t.measures.inputIssue[issue]
          : override !== undefined
            ? t.measures.fromFile(displayValue(spec, fileValue, lang))
            : ''}
      </span>
    </div>
  )
}
