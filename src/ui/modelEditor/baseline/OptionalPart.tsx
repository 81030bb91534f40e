import type { ReactNode } from 'react'
import { useScenario } from '../../../state/store'
import { setAt, valueAt } from '../../../state/table/setAt'

/**
 * An optional part of the model file (grants, the partnership, settlement): a button that adds it
 * from a blank, or its editor with a button that removes it. Both are undoable steps.
 */
export function OptionalPart({
  field,
  blank,
  addLabel,
  removeLabel,
  children,
}: {
  field: string
  blank: () => unknown
  addLabel: string
  removeLabel: string
  children: ReactNode
}) {
  const present = useScenario((s) => valueAt(s.modelEdit?.file, [field]) !== undefined)
  const changeModel = useScenario((s) => s.changeModel)
  const edit = (value: unknown) => changeModel((file) => setAt(file, [field], value))
  if (!present)
    return (
      <button type="button" onClick={() => edit(blank())}>
        {addLabel}
      </button>
    )
  return (
    <>
      {children}
      <button type="button" className="remove-part" onClick={() => edit(undefined)}>
        {removeLabel}
      </button>
    </>
  )
}
