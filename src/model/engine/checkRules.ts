import type { RuleProblem } from '../problems'
import type { Rule } from '../schema/measure'

/** The rules a set of chosen measures breaks: alternatives chosen together, requirements left out. */
export function checkRules(rules: readonly Rule[], chosen: ReadonlySet<string>): RuleProblem[] {
  const problems: RuleProblem[] = []
  for (const rule of rules) {
    if (rule.kind === 'alternatives') {
      const together = rule.measures.filter((id) => chosen.has(id))
      if (together.length > 1) {
        problems.push({
          code: 'alternativesChosenTogether',
          measures: together,
          alternatives: rule.measures,
        })
      }
    } else if (chosen.has(rule.measure)) {
      const missing = rule.requires.filter((id) => !chosen.has(id))
      if (missing.length > 0) {
        problems.push({
          code: 'requirementMissing',
          measure: rule.measure,
          requires: missing,
          reason: rule.reason,
        })
      }
    }
  }
  return problems
}
