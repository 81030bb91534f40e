import { fieldId } from '../fieldId'
import { useModelField } from '../useModelField'
import { FieldProblem, problemId } from './FieldProblem'
import { useFieldProblem } from './useFieldProblem'

/**
 * A text in the model: a line, or several (`multiline`). An optional text left empty is removed
 * from the file; a required one is kept empty, and the check says it must be filled in.
 */
export function TextField({
  path,
  label,
  multiline,
  optional,
  hint,
}: {
  path: readonly (string | number)[]
  label: string
  multiline?: boolean
  optional?: boolean
  hint?: string
}) {
  const { value, set, done } = useModelField(path)
  const problem = useFieldProblem(path)
  const id = fieldId(path)
  const props = {
    id,
    value: typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value),
    'aria-invalid': problem !== null,
    'aria-describedby': problemId(path),
    onChange: (event: { target: { value: string } }) =>
      set(optional && event.target.value === '' ? undefined : event.target.value),
    onBlur: done,
  }
  return (
    <div className="me-field">
      <label htmlFor={id}>
        {label}
        {hint && <span className="hint"> ({hint})</span>}
      </label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      <FieldProblem path={path} text={problem} />
    </div>
  )
}
