import { fieldId } from '../fieldId'
import { useModelField } from '../useModelField'
import { FieldProblem, problemId } from './FieldProblem'
import { useFieldProblem } from './useFieldProblem'

export interface Choice {
  value: string | number
  label: string
}

/**
 * One of a few values in the model, as a select. `none` names the empty choice, which removes an
 * optional value. A value the file has that is not among the choices stays shown, as written, so a
 * wrong reference can be seen and changed.
 */
export function ChoiceField({
  path,
  label,
  choices,
  none,
}: {
  path: readonly (string | number)[]
  label: string
  choices: readonly Choice[]
  none?: string
}) {
  const { value, set, done } = useModelField(path)
  const problem = useFieldProblem(path)
  const id = fieldId(path)
  const current = typeof value === 'string' || typeof value === 'number' ? value : undefined
  const listed = current === undefined || choices.some((c) => c.value === current)
  return (
    <div className="me-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current === undefined ? '' : String(current)}
        aria-invalid={problem !== null}
        aria-describedby={problemId(path)}
        onChange={(event) => {
          const picked = choices.find((c) => String(c.value) === event.target.value)
          set(picked?.value)
          done()
        }}
      >
        {(none !== undefined || current === undefined) && <option value="">{none ?? ''}</option>}
        {!listed && <option value={String(current)}>{String(current)}</option>}
        {choices.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldProblem path={path} text={problem} />
    </div>
  )
}
