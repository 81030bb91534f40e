import { evaluate } from '../src/model/engine/evaluate'
import { seededRandom } from '../src/model/uncertainty/seededRandom'
import { DEFAULT_SAMPLES, simulate } from '../src/model/uncertainty/simulate'
import { vestvagoy } from '../tests/builders/model'
import { ms } from './measure'
import { median } from './servedApp'

const RUNS = 7

/**
 * The chance that the Vestvågøy recommendation reaches its target, by 100 000 draws, beside the
 * time the seeded generator alone takes to draw as many numbers: the rest is the simulation's own
 * work (summing each draw into every period, counting, sorting for the fan).
 */
export function benchUncertainty() {
  const model = vestvagoy()
  const evaluation = evaluate(model, model.packages?.[0]?.measures ?? [])
  const time = (fn: () => void) =>
    median(
      Array.from({ length: RUNS }, () => {
        const start = performance.now()
        fn()
        return performance.now() - start
      }),
    )
  const varying = evaluation.measures.length
  const simulationMs = time(() => simulate(model, evaluation, { samples: DEFAULT_SAMPLES }))
  const drawsMs = time(() => {
    const random = seededRandom(1)
    let total = 0
    for (let i = 0; i < DEFAULT_SAMPLES * varying; i++) total += random()
    if (Number.isNaN(total)) throw new Error('no draws')
  })
  return { samples: DEFAULT_SAMPLES, measures: varying, simulationMs, drawsMs }
}

export function printUncertainty(result: ReturnType<typeof benchUncertainty>): void {
  console.log(
    `\nUncertainty: Vestvågøy 2014, recommended package (${result.measures} measures counted), ${result.samples.toLocaleString('en-GB')} draws, median of ${RUNS} runs`,
  )
  console.log(
    `    simulation ${ms(result.simulationMs)} ms, the generator's draws alone ${ms(result.drawsMs)} ms, ratio ${(result.simulationMs / result.drawsMs).toFixed(1)}×; goal ≤ 200 ms (off the main thread)`,
  )
}
