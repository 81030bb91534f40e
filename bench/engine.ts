import { evaluate } from '../src/model/engine/evaluate'
import type { ValidModel } from '../src/model/load/validModel'
import { generatedModel } from '../tests/builders/generatedModel'
import { validModel, vestvagoy } from '../tests/builders/model'
import { floatEvaluate } from './floatBaseline'
import { ms, timePerCall } from './measure'

interface Row {
  case: string
  decimalMs: number
  floatMs: number
  goalMs: number
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
  const rows: Row[] = [
    {
      case: `Vestvågøy 2014, recommended package (${recommended.length} measures × ${model.planYears.length} years), switching D`,
      decimalMs: timePerCall(() => evaluate(model, alternate())),
      floatMs: timePerCall(() => floatEvaluate(model, alternate())),
      goalMs: 1,
    },
    {
      case: 'Generated model, 1 000 measures × 10 years, all selected',
      decimalMs: timePerCall(() => evaluate(generated, all), { batches: 11 }),
      floatMs: timePerCall(() => floatEvaluate(generated, all)),
      goalMs: 50,
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
    const goal = Number.isNaN(row.goalMs)
      ? ''
      : `  goal < ${row.goalMs} ms: ${row.decimalMs < row.goalMs ? 'met' : 'NOT MET'}`
    console.log(`- ${row.case}`)
    console.log(
      `    decimal ${ms(row.decimalMs)} ms, float ${ms(row.floatMs)} ms, ratio ${ratio.toFixed(1)}×${goal}`,
    )
  }
}
