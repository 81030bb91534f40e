import type { Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'

/**
 * A measure that requires, directly or through others, two measures that are alternatives of each
 * other can never be chosen: switching it on would have to switch one of them off again.
 */
export function checkRulesCanBeKept(model: ModelFile, problems: Problem[]): void {
  const rules = model.rules ?? []
  const requires = new Map<string, string[]>()
  for (const rule of rules) {
    if (rule.kind === 'requires')
      requires.set(rule.measure, [...(requires.get(rule.measure) ?? []), ...rule.requires])
  }
  for (const measure of model.measures) {
    const needed = [measure.id]
    for (let i = 0; i < needed.length; i++) {
      for (const id of requires.get(needed[i] ?? '') ?? [])
        if (!needed.includes(id)) needed.push(id)
    }
    rules.forEach((rule, r) => {
      if (rule.kind !== 'alternatives') return
      const clash = rule.measures.filter((id) => needed.includes(id))
      if (clash.length > 1)
        problems.push({
          code: 'rulesCannotBeKept',
          path: ['rules', r],
          measure: measure.id,
          alternatives: clash,
        })
    })
  }
}
