import { evaluate } from '../../model/engine/evaluate'
import type { Overrides } from '../../model/engine/types'
import { validateModel } from '../../model/load/validateModel'
import type { ValidModel } from '../../model/load/validModel'
import { affordableSamples, simulate } from '../../model/uncertainty/simulate'
import { spreadShares } from '../../model/uncertainty/spreadShares'
import { uncertaintyJson, type UncertaintyJson } from '../../model/uncertainty/uncertaintyJson'

/**
 * What the worker is asked: the model when it is another than before, the selection, and the
 * most draws (a large model gets fewer: see affordableSamples).
 */
export interface ChanceRequest {
  id: number
  model?: unknown
  selection: readonly string[]
  overrides: Overrides
  samples: number
  seed: number
}

/** The worker's answer to a request: null when the model it holds does not load. */
export interface ChanceAnswer {
  id: number
  chance: UncertaintyJson | null
}

/**
 * Answers requests in order, holding the last model sent: a model crosses to the worker as plain
 * data, so it is checked there again, once, rather than trusted as valid.
 */
export function chanceAnswerer(): (request: ChanceRequest) => ChanceAnswer {
  let held: ValidModel | null = null
  return (request) => {
    if (request.model !== undefined) {
      const load = validateModel(request.model)
      held = load.ok ? load.model : null
    }
    if (!held) return { id: request.id, chance: null }
    const evaluation = evaluate(held, request.selection, request.overrides)
    const samples = affordableSamples(evaluation, request.samples)
    const simulation = simulate(held, evaluation, { samples, seed: request.seed })
    const shares = spreadShares(evaluation, simulation.ranges)
    return { id: request.id, chance: uncertaintyJson(evaluation, simulation, shares) }
  }
}
