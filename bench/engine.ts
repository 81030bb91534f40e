import { createEvaluator } from '../src/model/engine/createEvaluator'
import { evaluate } from '../src/model/engine/evaluate'
import type { ValidModel } from '../src/model/load/validModel'
import { generatedModel } from '../tests/builders/generatedModel'
import { validModel, vestvagoy } from '../tests/builders/model'
import { floatEvaluate } from './floatBaseline'
import { ms, timePerCall } from './measure'

interface Row {
  case: string
  decimalMs: number
  /** The float baseline's full evaluation of the same model, from the same run. */
  floatMs: number
  goalMs: number
  /** The most the decimal figure may be, as a multiple of the float baseline. */
  goalRatio?: number
}

/** Median time of the first evaluation of freshly loaded copies, loading itself not counted. */
function firstEvaluation(evaluateOnce: (model: ValidModel) => unknown, copies = 7): number {
  const models = Array.from({ length: copies }, () =>
    validModel(generatedModel({ measures: 1000, years: 10, seed: 1 })),
  )
  const times = models.map((model) => {
    const start = performance.now()
    evaluateOnce(model)
    return performance.now() - start
  })
  return times.sort((a, b) => a - b)[Math.floor(copies / 2)] ?? Number.NaN
}

/**
 * Median engine time of one switch on the state layer's evaluator: each of `switches` measures in
 * turn switched off and on again, every call timed on its own.
 */
function switchTime(model: ValidModel, switches = 60): number {
  const evaluator = createEvaluator(model)
  const all = model.measures.map((m) => m.id)
  evaluator.evaluate(all)
  const times: number[] = []
  for (let k = 0; k < switches; k++) {
    const id = all[(k * 16) % all.length]
    for (const selection of [all.filter((m) => m !== id), all]) {
      const start = performance.now()
      evaluator.evaluate(selection)
      times.push(performance.now() - start)
    }
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN
}

/** Time per evaluation of the Vestvågøy model and of a generated 1 000 × 10 model. */
export function benchEngine(): Row[] {
  const model = vestvagoy()
  const recommended = model.packages?.[0]?.measures ?? []
  const generated = validModel(generatedModel({ measures: 1000, years: 10, seed: 1 }))
  const all = generated.measures.map((m) => m.id)
  // Switching one measure on and off is what a working group does: time both selections in turn.
  const toggled = recommended.filter((id) => id !== 'D')
  let calls = 0
  const alternate = () => (++calls % 2 === 0 ? recommended : toggled)
  const floatFull = timePerCall(() => floatEvaluate(generated, all))
  const rows: Row[] = [
    {
      case: `Vestvågøy 2014, recommended package (${recommended.length} measures × ${model.planYears.length} years), switching D`,
      decimalMs: timePerCall(() => evaluate(model, alternate())),
      floatMs: timePerCall(() => floatEvaluate(model, alternate())),
      goalMs: 1,
    },
    {
      case: 'Generated model, 1 000 measures × 10 years, all selected, full evaluation',
      decimalMs: timePerCall(() => evaluate(generated, all), { batches: 11 }),
      floatMs: floatFull,
      goalMs: 10,
      goalRatio: 5,
    },
    {
      case: 'Switch on 1 000 measures (engine time), median of 120 switches',
      decimalMs: switchTime(generated),
      floatMs: floatFull,
      goalMs: 1,
    },
    {
      case: 'Generated model, first evaluation of a freshly loaded file (loading not counted)',
      decimalMs: firstEvaluation((m) => evaluate(m, all)),
      floatMs: firstEvaluation((m) => floatEvaluate(m, all)),
      goalMs: Number.NaN,
    },
  ]
  return rows
}

export function printEngine(rows: readonly Row[]): void {
  console.log(
    'Engine: time per evaluation (median), decimal.js against a float baseline in the same process',
  )
  for (const row of rows) {
    const ratio = row.decimalMs / row.floatMs
    const met = (ok: boolean) => (ok ? 'met' : 'NOT MET')
    const goal = Number.isNaN(row.goalMs)
      ? ''
      : `  goal ≤ ${row.goalMs} ms: ${met(row.decimalMs <= row.goalMs)}` +
        (row.goalRatio === undefined
          ? ''
          : `, goal ≤ ${row.goalRatio}× float: ${met(ratio <= row.goalRatio)}`)
    console.log(`- ${row.case}`)
    console.log(
      `    decimal ${ms(row.decimalMs)} ms, float ${ms(row.floatMs)} ms, ratio ${ratio.toFixed(1)}×${goal}`,
    )
  }
}
