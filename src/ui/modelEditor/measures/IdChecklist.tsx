import { fieldId } from '../fieldId'
import { useModelField } from '../useModelField'
import { FieldProblem, problemId } from './FieldProblem'
import type { Choice } from './ChoiceField'
import { useFieldProblem } from './useFieldProblem'

/**
 * A list of ids in the model (units, measures) as checkboxes, kept in the order of the choices.
 * An id the file has that is not among them stays listed, ticked, so it can be taken out.
 */
export function IdChecklist({
  path,
  label,
  choices,
}: {
  path: readonly (string | number)[]
  label: string
  choices: readonly Choice[]
}) {
  const { value, set, done } = useModelField(path)
  const problem = useFieldProblem(path)
  const ids = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  const all = [
    ...choices,
    ...ids
      .filter((id) => !choices.some((c) => c.value === id))
      .map((id) => ({ value: id, label: id })),
  ]
  const toggle = (id: string, on: boolean) => {
    set(all.map((c) => String(c.value)).filter((v) => (v === id ? on : ids.includes(v))))
    done()
  }
  return (
    <fieldset
      id={fieldId(path)}
      className="me-checklist"
      aria-invalid={problem !== null}
      aria-describedby={problemId(path)}
    >
      <legend>{label}</legend>
      {all.map((choice) => (
        <label key={String(choice.value)}>
          <input
            type="checkbox"
            checked={ids.includes(String(choice.value))}
            onChange={(event) => toggle(String(choice.value), event.target.checked)}
          />
          {choice.label}
        </label>
      ))}
      <FieldProblem path={path} text={problem} />
    </fieldset>
  )
}
