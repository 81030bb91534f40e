import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { problemText } from '../../src/i18n/problemText'
import { loadModel, validateModel } from '../../src/model/load/validateModel'
import type { ValidModel } from '../../src/model/load/validModel'

import type { Json } from './modelJson'

export type { Json }
export { measureJson, minimalModel, staffDriver } from './modelJson'

export const VESTVAGOY_PATH = fileURLToPath(
  new URL('../../scenarios/vestvagoy-2014.json', import.meta.url),
)
export const vestvagoyText = (): string => readFileSync(VESTVAGOY_PATH, 'utf8')
export const vestvagoyJson = (): Json => JSON.parse(vestvagoyText()) as Json

export function vestvagoy(): ValidModel {
  const loaded = loadModel(vestvagoyText())
  if (!loaded.ok) throw new Error('The Vestvågøy model does not load')
  return loaded.model
}

export function validModel(json: Json): ValidModel {
  const result = validateModel(json)
  if (!result.ok) {
    throw new Error(result.problems.map((p) => problemText(p, 'en', { model: json })).join('\n'))
  }
  return result.model
}
