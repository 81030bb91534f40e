import { useScenario } from '../../state/store'

type Path = readonly (string | number)[]

const at = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, part) =>
      typeof node === 'object' && node !== null && Object.hasOwn(node, part)
        ? (node as Record<string | number, unknown>)[part]
        : undefined,
    root,
  )

/**
 * One place in the model being edited: its value, a setter that records the edit (typing in one
 * field is one undo step) and the end of the edit when the field loses focus. `undefined` removes
 * an optional field. Missing objects on the way are made.
 */
export function useModelField(path: Path): {
  value: unknown
  set: (value: unknown) => void
  done: () => void
} {
  const value = useScenario((s) => at(s.modelEdit?.file, path))
  const changeModel = useScenario((s) => s.changeModel)
  const done = useScenario((s) => s.sealModelEdit)
  const set = (next: unknown) =>
    changeModel((file) => {
      let node = file as Record<string | number, unknown>
      for (const part of path.slice(0, -1)) {
        if (typeof node[part] !== 'object' || node[part] === null) node[part] = {}
        node = node[part] as Record<string | number, unknown>
      }
      const last = path.at(-1)
      if (last === undefined) return
      if (next === undefined) delete node[last]
      else node[last] = next
    }, path.join('.'))
  return { value, set, done }
}
