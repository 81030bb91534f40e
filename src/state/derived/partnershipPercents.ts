import type { PartnershipSplit } from '../../model/engine/types'
import { allocate } from '../../model/money/allocate'
import { dec } from '../../model/money/decimal'
import { perEvaluation } from './perEvaluation'

const HUNDRED = dec(100)
const STEP = dec('0.1')

/**
 * Shares in per cent to one decimal that add up to exactly 100,0 %; none when a count is below
 * zero, as when the staff-years typed for a measure cut more than the unit has.
 */
function percents(split: PartnershipSplit['keys'][number] | undefined): Map<string, string> {
  if (!split) return new Map()
  const ids = Object.keys(split.partners)
  const weights = ids.map((id) => split.partners[id]?.count ?? dec(0))
  if (!weights.some((w) => w.gt(0)) || weights.some((w) => w.lt(0))) return new Map()
  const parts = allocate({ total: HUNDRED, weights, step: STEP })
  return new Map(ids.map((id, i) => [id, parts[i]?.toFixed(1) ?? '0']))
}

/** Each cost-sharing key's shares by partner, in per cent: before the measures and in a year. */
export interface PartnershipPercents {
  before: Map<string, string>[]
  after: Map<string, string>[]
}

/** The partnership's split in per cent, once per evaluation and year; none without a partnership. */
export const partnershipPercents = perEvaluation(
  (evaluation, year: number): PartnershipPercents | null => {
    const result = evaluation.partnership
    const after = result?.byYear[year]
    if (!result || !after) return null
    return {
      before: result.before.keys.map(percents),
      after: after.keys.map(percents),
    }
  },
)
