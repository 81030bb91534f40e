import { useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { InputDefinition } from '../../model/drivers/driverKind'
import { InputType } from '../../model/drivers/inputSpec'
import { checkWords } from '../../i18n/driverWords'
import { useOverrideRefusal } from '../../state/derived/measureSlices'
import { useScenario } from '../../state/store'
import { inputValueText } from '../trust/inputText'
import { useLang, useText } from '../useText'
import { displayValue, fractionMeant, isPercent, readValue } from './assumptionValue'

/**
 * One driver input as an editable assumption. What is typed is checked at once; a valid value
 * updates every figure as it is typed, an invalid one says why and is not used. A fraction typed in
 * a per-cent field ("0,85") is asked about before it is used. A changed value is marked and can be
 * reset to the model file's; typing the file's value again is no change.
 */
export function AssumptionInput({
  overrideKey,
  input,
  label,
  spec,
  fileValue,
  planYears,
}: {
  overrideKey: string
  /** The driver input's name, as its checks name it. */
  input: string
  label: string
  spec: InputDefinition
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
  // The value in force when the field got focus, kept while a typed fraction is asked about.
  const value = override ?? fileValue
  const [atFocus, setAtFocus] = useState(value)
  const inputId = useId()
  const messageId = useId()
  const typed = draft === null ? null : readValue(spec, draft, planYears)
  const meant = draft === null ? null : fractionMeant(spec, draft)
  const asking = meant !== null && typed?.ok === true && typed.value !== atFocus
  const refused = useOverrideRefusal(overrideKey)
  const issue =
    typed && !typed.ok ? typed.issue : refused?.code === 'badOverride' ? refused.issue : null
  const issueText =
    issue === 'breaksCheck'
      ? t.measures.notUsed(
          refused?.code === 'badOverride' && refused.failed
            ? checkWords(refused.failed, lang, input)
            : '',
        )
      : issue === 'notDecimal' && isPercent(spec)
        ? t.measures.notPercent
        : issue && t.measures.inputIssue[issue]
  const unit = spec.unit?.[lang] ?? t.measures.inputUnits[spec.type]
  const shown = (model: string) => inputValueText(spec.type, model, lang, t)
  const use = (model: string | null) => {
    setOverride(overrideKey, model === null || model === fileValue ? null : model)
    setDraft(null)
    sealEdit()
  }
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
          onFocus={() => setAtFocus(value)}
          onChange={(event) => {
            setDraft(event.target.value)
            const read = readValue(spec, event.target.value, planYears)
            if (!read.ok) return
            // A fraction in a per-cent field is not used until the user says which was meant.
            const ask = fractionMeant(spec, event.target.value) !== null && read.value !== atFocus
            const used = ask ? atFocus : read.value
            setOverride(overrideKey, used === fileValue ? null : used)
          }}
          onBlur={() => {
            if (!asking) setDraft(null)
            sealEdit()
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {override !== undefined && (
        <>
          <span className="badge badge--changed">{t.measures.overridden}</span>
          <button type="button" onClick={() => resetOverride(overrideKey)}>
            {t.measures.reset(shown(fileValue))}
          </button>
        </>
      )}
      <span
        id={messageId}
        className={issueText ? 'error' : asking ? 'question' : 'hint'}
        role={issueText || asking ? 'alert' : undefined}
      >
        {issueText ??
          (asking && meant !== null
            ? t.measures.percentQuestion(shown(meant))
            : override !== undefined
              ? t.measures.fromFile(shown(fileValue))
              : '')}
      </span>
      {asking && meant !== null && typed?.ok && (
        <span className="buttons question-buttons">
          <button type="button" className="primary" onClick={() => use(meant)}>
            {t.measures.usePercent(shown(meant))}
          </button>
          <button type="button" onClick={() => use(typed.value)}>
            {t.measures.usePercent(shown(typed.value))}
          </button>
        </span>
      )}
    </div>
  )
}
