import type { Rule } from '../schema/measure'

/**
 * Switches a measure on or off the way the interface does: switching one of a set of alternatives
 * on switches the others off (and says which set). Requirements are not added silently; they are
 * offered instead.
 */
export function choose(
  rules: readonly Rule[],
  selection: readonly string[],
  id: string,
  on: boolean,
): { selection: string[]; switchedOff: string[]; alternatives: string[] } {
  const rest = selection.filter((chosen) => chosen !== id)
  if (!on) return { selection: rest, switchedOff: [], alternatives: [] }
  const alternatives = [
    ...new Set(
      rules.flatMap((rule) =>
        rule.kind === 'alternatives' && rule.measures.includes(id) ? rule.measures : [],
      ),
    ),
  ]
  const switchedOff = rest.filter((chosen) => alternatives.includes(chosen))
  return {
    selection: [...rest.filter((chosen) => !alternatives.includes(chosen)), id],
    switchedOff,
    alternatives,
  }
}
