import type { ReactNode } from 'react'
import type { ModelPath } from '../../../state/table/tableColumn'
import { fieldId } from '../fieldId'
import { ModelInput, type InputColumn } from './ModelInput'

/** One labelled field of the model file, with an optional hint below it. */
export function ModelField({
  path,
  label,
  column = { kind: 'text' },
  hint,
  multiline,
}: {
  path: ModelPath
  label: string
  column?: InputColumn
  hint?: ReactNode
  multiline?: boolean
}) {
  const id = fieldId(path)
  const hintId = `${id}-hint`
  return (
    <div className="model-field">
      <label htmlFor={id}>{label}</label>
      <ModelInput
        path={path}
        column={column}
        {...(hint !== undefined && { describedBy: hintId })}
        {...(multiline !== undefined && { multiline })}
      />
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  )
}
