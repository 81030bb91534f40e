import type { RuleProblem } from '../problems'
import type { Rule } from '../schema/measure'

export interface RulesApplied {
  /** The chosen measures that count, in the order given. */
  counted: string[]
  /** Chosen measures that break a rule and so are not counted, in the order given. */
  excluded: string[]
  /** Why: alternatives chosen together, requirements missing or themselves not counted. */
  problems: RuleProblem[]
}

/**
 * Which chosen measures may be counted. Alternatives chosen together are none of them counted, as
 * nobody can tell which one was meant; a measure whose requirement is missing or not counted is not
 * counted either, to a fixed point. A selection that keeps every rule comes back whole.
 */
export function applyRules(rules: readonly Rule[], selection: readonly string[]): RulesApplied {
  const chosen = new Set(selection)
  const excluded = new Set<string>()
  const problems: RuleProblem[] = []
  for (const rule of rules) {
    if (rule.kind !== 'alternatives') continue
    const together = rule.measures.filter((id) => chosen.has(id))
    if (together.length < 2) continue
    problems.push({
      code: 'alternativesChosenTogether',
      measures: together,
      alternatives: rule.measures,
    })
    for (const id of together) excluded.add(id)
  }
  const counts = (id: string) => chosen.has(id) && !excluded.has(id)
  for (let changed = true; changed;) {
    changed = false
    for (const rule of rules) {
      if (rule.kind !== 'requires' || !counts(rule.measure)) continue
      const missing = rule.requires.filter((id) => !counts(id))
      if (missing.length === 0) continue
      problems.push({
        code: 'requirementMissing',
        measure: rule.measure,
        requires: missing,
        reason: rule.reason,
      })
      excluded.add(rule.measure)
      changed = true
    }
  }
  return {
    counted: selection.filter((id) => !excluded.has(id)),
    excluded: selection.filter((id) => excluded.has(id)),
    problems,
  }
}
