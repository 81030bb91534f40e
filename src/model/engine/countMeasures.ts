import type { ValidModel } from '../load/validModel'
import type { Problem } from '../problems'
import { applyRules } from './applyRules'
import type { CheckedOverrides } from './checkedOverrides'
import { contributionOf } from './contributionOf'
import type { MeasureContribution } from './measureContribution'

export interface Counted {
  /** The measures counted, in the model's order. */
  counted: MeasureContribution[]
  /** Chosen measures not counted because they break a rule, in the model's order. */
  excluded: string[]
  /** Unknown measures, bad overrides and broken rules. */
  problems: Problem[]
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
  const known = new Set(model.measures.map((m) => m.id))
  const problems: Problem[] = []
  const unknown = [...new Set(selection)].filter((id) => !known.has(id))
  if (unknown.length > 0) problems.push({ code: 'unknownMeasure', ids: unknown })
  const rules = applyRules(model.rules ?? [], selection)
  problems.push(...checked.problems, ...rules.problems)
  const counted = new Set(rules.counted)
  const excluded = new Set(rules.excluded)
  return {
    counted: model.measures
      .filter((m) => counted.has(m.id))
      .map((m) => contributionOf(m, checked, model.planYears)),
    excluded: model.measures.filter((m) => excluded.has(m.id)).map((m) => m.id),
    problems,
  }
}
