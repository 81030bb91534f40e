import type { ValidModel } from '../load/validModel'
import type { Problem } from '../problems'
import { applyRules } from './applyRules'
import type { CheckedOverrides } from './checkedOverrides'
import { contributionOf } from './contributionOf'
import type { MeasureContribution } from './measureContribution'

export interface Counted {
  /** The measures counted, in the model's order. */
  counted: MeasureContribution[]
  /** Each of the model's measures by its place: its contribution if counted, else null. Two
   *  selections differ where these differ, which a switch finds without looking anything up. */
  byPlace: (MeasureContribution | null)[]
  /** Chosen measures not counted because they break a rule, in the model's order. */
  excluded: string[]
  /** Unknown measures, bad overrides and broken rules. */
  problems: Problem[]
}

// Every call asks whether the chosen ids are the model's: a thousand ids put in a set once a model.
const idsOf = new WeakMap<ValidModel, ReadonlySet<string>>()
function modelIds(model: ValidModel): ReadonlySet<string> {
  const known = idsOf.get(model) ?? new Set(model.measures.map((m) => m.id))
  idsOf.set(model, known)
  return known
}

/**
 * Which measures of a selection count, each with its contribution. A measure that breaks a rule is
 * never counted, whoever chose it: the figures stay honest and the problems say what was left out.
 */
export function countMeasures(
  model: ValidModel,
  selection: readonly string[],
  checked: CheckedOverrides,
): Counted {
  const known = modelIds(model)
  const problems: Problem[] = []
  const unknown = [...new Set(selection.filter((id) => !known.has(id)))]
  if (unknown.length > 0) problems.push({ code: 'unknownMeasure', ids: unknown })
  const rules = applyRules(model.rules ?? [], selection)
  problems.push(...checked.problems, ...rules.problems)
  const counts = new Set(rules.counted)
  const excluded = new Set(rules.excluded)
  const counted: MeasureContribution[] = []
  const byPlace = model.measures.map((m) => {
    if (!counts.has(m.id)) return null
    const contribution = contributionOf(m, checked, model.planYears)
    counted.push(contribution)
    return contribution
  })
  return {
    counted,
    byPlace,
    excluded: model.measures.filter((m) => excluded.has(m.id)).map((m) => m.id),
    problems,
  }
}
