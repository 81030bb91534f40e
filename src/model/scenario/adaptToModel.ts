import { checkInput, InputType } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { applyRules } from '../engine/applyRules'
import { evaluate } from '../engine/evaluate'
import { splitOverrideKey } from '../engine/overrideKey'
import type { ValidModel } from '../load/validModel'
import { own } from '../own'
import type { Problem } from '../problems'
import type { ScenarioFile } from './scenarioFile'

export interface Adapted {
  selection: string[]
  overrides: Record<string, string>
  /** What could not be carried over to this model, and why: shown to the user, never hidden. */
  dropped: Problem[]
}

/**
 * A scenario's choices on the model at hand. Made on another model: refused. Made on another
 * version of it: what still exists is carried over, what does not is named in `dropped`. Measures
 * that break a rule of the model are left out and named in `dropped` as well.
 */
export function adaptToModel(
  scenario: ScenarioFile,
  model: ValidModel,
): { ok: true; adapted: Adapted } | { ok: false; problems: Problem[] } {
  if (scenario.model.id !== model.id) {
    return {
      ok: false,
      problems: [{ code: 'scenarioForOtherModel', expected: model.id, found: scenario.model.id }],
    }
  }
  const dropped: Problem[] = []
  if (scenario.model.version !== model.version) {
    dropped.push({ code: 'modelVersionChanged', from: scenario.model.version, to: model.version })
  }
  const known = new Set(model.measures.map((m) => m.id))
  const missing = scenario.selection.filter((id) => !known.has(id))
  if (missing.length > 0) dropped.push({ code: 'measuresNotInModel', ids: missing })
  // Measures that break a rule of this model are left out, and said so, never counted.
  const rules = applyRules(
    model.rules ?? [],
    [...new Set(scenario.selection)].filter((id) => known.has(id)),
  )
  for (const rule of rules.problems) dropped.push({ code: 'ruleLeftOut', rule })
  const selection = rules.counted

  const overrides: Record<string, string> = {}
  for (const [key, found] of Object.entries(scenario.overrides)) {
    const parts = splitOverrideKey(key)
    const driver = model.measures
      .find((m) => m.id === parts?.measureId)
      ?.drivers.find((d) => d.id === parts?.driverId)
    const spec = driver && parts ? own(driverKinds[driver.kind]?.inputs, parts.input) : undefined
    if (!spec) {
      dropped.push({ code: 'overrideDropped', key, found, issue: 'unknown' })
      continue
    }
    const issue = checkInput(spec, found)
    if (issue) dropped.push({ code: 'overrideDropped', key, found, issue })
    else if (spec.type === InputType.year && !model.planYears.includes(Number(found))) {
      dropped.push({ code: 'overrideDropped', key, found, issue: 'yearNotInPlan' })
    } else overrides[key] = found
  }
  // Overrides that are each valid but break a relation together are dropped as the engine would.
  for (const problem of evaluate(model, [], overrides).problems) {
    if (problem.code === 'badOverride' && problem.issue === 'affectedExceedsBase') {
      const prefix = problem.key.split('.').slice(0, 2).join('.')
      for (const key of Object.keys(overrides).filter((k) => k.startsWith(`${prefix}.`))) {
        dropped.push({
          code: 'overrideDropped',
          key,
          found: own(overrides, key) ?? '',
          issue: 'affectedExceedsBase',
        })
        delete overrides[key]
      }
    }
  }
  return { ok: true, adapted: { selection, overrides, dropped } }
}
