import { useRef } from 'react'
import { renameReferences, type IdRename } from '../../state/renameReferences'
import { useScenario } from '../../state/store'
import { valueAt } from '../../state/table/setAt'
import type { ModelPath } from '../../state/table/tableColumn'

/** Says which id a field holds: from its value when editing began and its value now. */
export type RenameOf = (from: string, to: string) => IdRename

/**
 * An id field whose references follow it. The id changes as it is typed; when the field is left,
 * what named the id it had on entry is made to name the new one, in the same undoable step as the
 * typing. Done once at the end, not per key: on the way from "B2" to "C2" the field may hold "C",
 * another measure's id, whose references must not be taken.
 */
export function useIdRename(path: ModelPath, renameOf: RenameOf | undefined) {
  const changeModel = useScenario((s) => s.changeModel)
  const entered = useRef<unknown>(undefined)
  return {
    onFocus: () => {
      entered.current = valueAt(useScenario.getState().modelEdit?.file, path)
    },
    /** Call before the edit is sealed, so the references join the typing's step. */
    onLeave: () => {
      const from = entered.current
      const to = valueAt(useScenario.getState().modelEdit?.file, path)
      if (!renameOf || typeof from !== 'string' || typeof to !== 'string' || from === to) return
      changeModel((file) => renameReferences(file, renameOf(from, to)), path.join('.'))
    },
  }
}
