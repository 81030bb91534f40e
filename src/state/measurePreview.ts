import { validateModel } from '../model/load/validateModel'
import { evaluate } from '../model/engine/evaluate'
import { toDecimalString, ZERO } from '../model/money/decimal'
import type { Problem } from '../model/problems'
import type { ModelDraft } from './modelEditSlice'

/** A measure's effect on net expenditure, NOK as decimal strings (negative is a saving). */
export interface MeasureEffectPreview {
  ok: true
  years: { year: number; net: string }[]
  /** What remains every year once the plan has run: zero for a time-limited measure. */
  lasting: string
  temporary: boolean
}

export type MeasurePreview =
  MeasureEffectPreview | { ok: false; problems: Problem[] } | { ok: false; missing: true }

/** Points a problem found in the one-measure copy back at the measure's place in the draft. */
function atIndex(problem: Problem, index: number): Problem {
  if (!('path' in problem) || problem.path[0] !== 'measures' || problem.path[1] !== 0)
    return problem
  return { ...problem, path: ['measures', index, ...problem.path.slice(2)] }
}

function compute(file: ModelDraft, measureId: string): MeasurePreview {
  const measures = Array.isArray(file.measures) ? (file.measures as unknown[]) : []
  const index = measures.findIndex(
    (m) => typeof m === 'object' && m !== null && (m as { id?: unknown }).id === measureId,
  )
  if (index < 0) return { ok: false, missing: true }
  // The baseline and this measure alone: another measure's errors, or rules and packages naming
  // measures left out, must not stop the preview of this one.
  const { rules: _rules, packages: _packages, ...rest } = file
  const loaded = validateModel({ ...rest, measures: [measures[index]] })
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => atIndex(p, index)) }
  const result = evaluate(loaded.model, [measureId]).measures[0]
  if (!result) return { ok: false, missing: true }
  return {
    ok: true,
    years: loaded.model.planYears.map((year) => ({
      year,
      net: toDecimalString(result.byYear[year]?.net ?? ZERO),
    })),
    lasting: toDecimalString(result.lasting.net),
    temporary: result.temporary,
  }
}

const previews = new WeakMap<ModelDraft, Map<string, MeasurePreview>>()

/**
 * The effect of one measure of a model being edited, per plan year and lasting, from the draft's
 * baseline and that measure alone; or the problems that stop it, with paths into the draft. Pure,
 * and memoised on the draft's identity, as every edit makes a new draft.
 */
export function measurePreview(file: ModelDraft, measureId: string): MeasurePreview {
  let byMeasure = previews.get(file)
  if (!byMeasure) {
    byMeasure = new Map()
    previews.set(file, byMeasure)
  }
  let preview = byMeasure.get(measureId)
  if (!preview) {
    preview = compute(file, measureId)
    byMeasure.set(measureId, preview)
  }
  return preview
}
