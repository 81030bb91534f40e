import { setAt, valueAt } from '../../state/table/setAt'
import type { ModelPath } from '../../state/table/tableColumn'
import { useScenario } from '../../state/store'

/**
 * One place in the model being edited: its value, a setter that records the edit (typing in one
 * field is one undo step) and the end of the edit when the field loses focus. `undefined` removes
 * an optional field. Missing objects on the way are made.
 */
export function useModelField(path: ModelPath): {
  value: unknown
  set: (value: unknown) => void
  done: () => void
} {
  const value = useScenario((s) => valueAt(s.modelEdit?.file, path))
  const changeModel = useScenario((s) => s.changeModel)
  const done = useScenario((s) => s.sealModelEdit)
  const set = (next: unknown) => changeModel((file) => setAt(file, path, next), path.join('.'))
  return { value, set, done }
}
