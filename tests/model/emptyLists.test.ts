import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { vestvagoyJson } from '../builders/model'

type Path = (string | number)[]

/** The Vestvågøy file with the list at `path` emptied. */
function emptied(path: Path) {
  const file = vestvagoyJson()
  let at: unknown = file
  for (const step of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[step]
  ;(at as Record<string | number, unknown>)[path.at(-1) as string | number] = []
  return file
}

// Every list the format says must hold something, each as the Vestvågøy file has it.
const NON_EMPTY: Path[] = [
  ['planYears'],
  ['kostraFunctions'],
  ['themes'],
  ['units'],
  ['units', 0, 'teams'],
  ['measures'],
  ['measures', 0, 'drivers'],
  ['measures', 4, 'timing', 'phaseIn'],
  ['accounts', 0, 'years'],
  ['accounts', 0, 'lines'],
  ['grants', 'lines'],
  ['partnership', 'keys'],
  ['partnership', 'partners'],
  ['settlement', 'years'],
  ['settlement', 'categories'],
  ['households', 0, 'regimes'],
  ['households', 0, 'lines'],
  ['households', 0, 'lines', 2, 'base'],
  ['households', 0, 'lines', 2, 'regimes'],
  ['rules', 0, 'measures'],
  ['rules', 1, 'requires'],
]

describe('a list the model file may not leave empty', () => {
  it.each(NON_EMPTY.map((path) => [path.join('.'), path] as const))(
    '%s, empty, is refused there',
    (_, path) => {
      const result = validateModel(emptied(path))
      expect(result.ok).toBe(false)
      expect(!result.ok && result.problems).toContainEqual({ code: 'empty', path })
    },
  )
})
