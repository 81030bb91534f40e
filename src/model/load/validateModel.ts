import { applyRules } from '../engine/applyRules'
import { reportedFigureWarnings } from '../checks/reportedFigures'
import { isError, type Problem } from '../problems'
import { INVALID, jsonTypeOf } from '../schema/decoders'
import { MODEL_FORMAT, MODEL_SCHEMA_VERSION, modelFile } from '../schema/modelFile'
import { checkDrivers } from './checkDrivers'
import { checkIds } from './checkIds'
import { checkReferences } from './checkReferences'
import { checkRulesCanBeKept } from './checkRulesCanBeKept'
import { checkYears } from './checkYears'
import { parseJson } from './parseJson'
import type { ValidModel } from './validModel'

export type ModelLoad =
  { ok: true; model: ValidModel; warnings: Problem[] } | { ok: false; problems: Problem[] }

/**
 * Checks a parsed model file: its shape field by field, then ids, references and years, then the
 * rules in its packages. A valid model comes back with data warnings about figures the source
 * prints that do not add up; an invalid one with every problem found, each with its path.
 */
export function validateModel(value: unknown): ModelLoad {
  if (jsonTypeOf(value) !== 'object') {
    return {
      ok: false,
      problems: [{ code: 'wrongType', path: [], expected: 'object', found: jsonTypeOf(value) }],
    }
  }
  const raw = value as Record<string, unknown>
  if (raw['format'] !== MODEL_FORMAT) return { ok: false, problems: [{ code: 'notModelFile' }] }
  const version = raw['schemaVersion']
  if (typeof version === 'number' && Number.isInteger(version) && version > MODEL_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [{ code: 'newerSchema', found: version, supported: MODEL_SCHEMA_VERSION }],
    }
  }

  const problems: Problem[] = []
  const model = modelFile().decode(value, [], problems)
  if (model === INVALID) return { ok: false, problems }

  checkIds(model, problems)
  checkReferences(model, problems)
  checkYears(model, problems)
  checkDrivers(model, problems)
  checkRulesCanBeKept(model, problems)
  model.packages?.forEach((pkg, p) => {
    for (const rule of applyRules(model.rules ?? [], pkg.measures).problems) {
      problems.push({
        code: 'packageBreaksRule',
        path: ['packages', p, 'measures'],
        packageId: pkg.id,
        rule,
      })
    }
  })
  if (problems.some(isError)) return { ok: false, problems }
  return { ok: true, model: model as ValidModel, warnings: reportedFigureWarnings(model) }
}

/** Reads a model file's text: JSON first, then every check of `validateModel`. */
export function loadModel(text: string): ModelLoad {
  const parsed = parseJson(text)
  return parsed.ok ? validateModel(parsed.value) : { ok: false, problems: [parsed.problem] }
}
