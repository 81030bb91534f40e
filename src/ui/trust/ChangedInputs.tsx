import type { ValidModel } from '../../model/load/validModel'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import { useText } from '../useText'
import { useChangeText } from './useChangeText'

/** Each changed input with the model file's value and the value used, by measure if asked. */
export function ChangedInputs({
  model,
  changes,
  withMeasure = false,
}: {
  model: ValidModel
  changes: readonly ChangedInput[]
  withMeasure?: boolean
}) {
  const t = useText()
  const text = useChangeText(model)
  if (changes.length === 0) return null
  return (
    <ul className="changed-inputs">
      {changes.map((change) => (
        <li key={change.key}>
          {withMeasure ? t.trust.inMeasure(change.measure, text(change)) : text(change)}
        </li>
      ))}
    </ul>
  )
}
