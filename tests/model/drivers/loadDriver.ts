import { measureEffects } from '../../../src/model/engine/measureEffects'
import { validateModel } from '../../../src/model/load/validateModel'
import type { Problem } from '../../../src/model/problems'
import { measureJson, minimalModel, type Json } from '../../builders/model'

/**
 * A driver as a model file writes it, loaded as the app loads it: its measure's full-year effect,
 * or the problems that stop the file. Tests of a kind's declared defaults and checks go through
 * here, so they test what a user gets rather than restate the declaration.
 */
export function loadDriver(
  driver: Json,
):
  | { ok: true; net: string; gross: string; income: string; staffYears: string; potential?: string }
  | { ok: false; problems: Problem[] } {
  const loaded = validateModel(
    minimalModel({ measures: [measureJson('A', { drivers: [driver] })] }),
  )
  if (!loaded.ok) return { ok: false, problems: loaded.problems }
  const effect = measureEffects(loaded.model).get('A')
  if (!effect) throw new Error('no effect for A')
  return {
    ok: true,
    net: effect.annual.net.toFixed(),
    gross: effect.annual.gross.toFixed(),
    income: effect.annual.income.toFixed(),
    staffYears: effect.annual.staffYears.toFixed(),
    ...(effect.potential && { potential: effect.potential.toFixed() }),
  }
}
