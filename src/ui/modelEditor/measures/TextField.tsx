import { fieldId } from '../fieldId'
import { useIdRename, type RenameOf } from '../useIdRename'
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
  renames,
}: {
  path: readonly (string | number)[]
  label: string
  multiline?: boolean
  optional?: boolean
  hint?: string
  /** The field is an id that others name: they follow it when it changes. */
  renames?: RenameOf
}) {
  const { value, set, done } = useModelField(path)
  const rename = useIdRename(path, renames)
  const problem = useFieldProblem(path)
  const id = fieldId(path)
  const props = {
    id,
    value: typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value),
    'aria-invalid': problem !== null,
    'aria-describedby': problemId(path),
    onChange: (event: { target: { value: string } }) =>
      set(optional && event.target.value === '' ? undefined : event.target.value),
    onFocus: rename.onFocus,
    onBlur: () => {
      rename.onLeave()
      done()
    },
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
