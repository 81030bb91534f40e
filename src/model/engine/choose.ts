import type { Rule } from '../schema/measure'

/** Something a switch did beyond the measure switched, because of a rule, and which rule. */
export type RuleEffect =
  /** `off` were switched off because `measure`, one of the `alternatives`, was chosen. */
  | { kind: 'alternativesOff'; measure: string; off: string[]; alternatives: string[] }
  /** `on` were switched on because `measure` requires them. */
  | { kind: 'requirementsOn'; measure: string; on: string[]; reason: string }
  /** `measure` was switched off because it requires `requires`, which went off. */
  | { kind: 'dependentOff'; measure: string; requires: string[]; reason: string }

/**
 * Switches a measure on or off so that the selection keeps every rule, as the interface does:
 * switching a measure on switches on what it requires and switches off the alternatives of both;
 * switching one off switches off what requires it. Every such consequence is returned, so it can be
 * said and undone. Given a selection that keeps the rules, the result keeps them too.
 */
export function choose(
  rules: readonly Rule[],
  selection: readonly string[],
  id: string,
  on: boolean,
): { selection: string[]; effects: RuleEffect[] } {
  const chosen = new Set(selection)
  const effects: RuleEffect[] = []
  const added = new Set<string>()
  if (on) {
    // The measure and everything it requires, directly or through others.
    const wanted = [id]
    for (let i = 0; i < wanted.length; i++) {
      const measure = wanted[i] ?? ''
      added.add(measure)
      for (const rule of rules) {
        if (rule.kind !== 'requires' || rule.measure !== measure) continue
        const missing = rule.requires.filter((r) => !chosen.has(r) && !added.has(r))
        for (const r of missing) if (!wanted.includes(r)) wanted.push(r)
        if (missing.length > 0)
          effects.push({ kind: 'requirementsOn', measure, on: missing, reason: rule.reason })
      }
    }
    for (const measure of added) chosen.add(measure)
    for (const measure of added) {
      for (const rule of rules) {
        if (rule.kind !== 'alternatives' || !rule.measures.includes(measure)) continue
        const off = rule.measures.filter((m) => m !== measure && chosen.has(m) && !added.has(m))
        for (const m of off) chosen.delete(m)
        if (off.length > 0)
          effects.push({
            kind: 'alternativesOff',
            measure,
            off,
            alternatives: rule.measures,
          })
      }
    }
  } else {
    chosen.delete(id)
  }
  // Whatever requires a measure that is now off goes off too, to a fixed point.
  for (let changed = true; changed;) {
    changed = false
    for (const rule of rules) {
      if (rule.kind !== 'requires' || !chosen.has(rule.measure) || added.has(rule.measure)) continue
      const gone = rule.requires.filter((r) => !chosen.has(r))
      if (gone.length === 0) continue
      chosen.delete(rule.measure)
      effects.push({
        kind: 'dependentOff',
        measure: rule.measure,
        requires: gone,
        reason: rule.reason,
      })
      changed = true
    }
  }
  const kept = selection.filter((m) => chosen.has(m))
  return {
    selection: [...new Set([...kept, ...[...added].filter((m) => chosen.has(m))])],
    effects,
  }
}
