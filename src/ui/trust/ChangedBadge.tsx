import type { ValidModel } from '../../model/load/validModel'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import { useListFormat } from '../useListFormat'
import { useText } from '../useText'
import { useChangeText } from './useChangeText'

/** Marks a measure whose inputs differ from the model file; names them on hover and to screen readers. */
export function ChangedBadge({
  model,
  changes,
}: {
  model: ValidModel
  changes: readonly ChangedInput[]
}) {
  const t = useText()
  const text = useChangeText(model)
  const list = useListFormat()
  if (changes.length === 0) return null
  const names = t.measures.changedAssumptions(list(changes.map(text)))
  return (
    <span className="badge badge--changed" title={names}>
      {t.measures.changedAssumption}
      <span className="visually-hidden"> ({names})</span>
    </span>
  )
}
