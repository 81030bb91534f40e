import { applyRules } from '../engine/applyRules'
import { reportedFigureWarnings } from '../checks/reportedFigures'
import { firstProblems, isError, type Problem } from '../problems'
import { INVALID } from '../schema/decoders'
import { modelMigrations } from '../migrations/modelMigrations'
import { upgrade, type FileFormat } from '../migrations/upgrade'
import { MODEL_FORMAT, MODEL_SCHEMA_VERSION, modelFile } from '../schema/modelFile'
import { checkDrivers } from './checkDrivers'
import { checkIds } from './checkIds'
import { checkReferences } from './checkReferences'
import { checkRulesCanBeKept } from './checkRulesCanBeKept'
import { checkYears } from './checkYears'
import { parseJson } from './parseJson'
import type { ValidModel } from './validModel'

const MODEL_FILE: FileFormat = {
  format: MODEL_FORMAT,
  version: MODEL_SCHEMA_VERSION,
  chain: modelMigrations,
  notThisFormat: { code: 'notModelFile' },
  newer: (found) => ({ code: 'newerSchema', found, supported: MODEL_SCHEMA_VERSION }),
}

export type ModelLoad =
  { ok: true; model: ValidModel; warnings: Problem[] } | { ok: false; problems: Problem[] }

/**
 * Checks a parsed model file, of this or an older schema version (migrated first): its shape field by field, then ids, references and years, then the
 * rules in its packages. A valid model comes back with data warnings about figures the source
 * prints that do not add up; an invalid one with the problems found, each with its path (the first
 * hundred, and a count of the rest). Never throws, whatever the value.
 */
export function validateModel(value: unknown): ModelLoad {
  const upgraded = upgrade(value, MODEL_FILE)
  if (!upgraded.ok) return upgraded
  const problems: Problem[] = []
  const model = modelFile().decode(upgraded.file, [], problems)
  if (model === INVALID) return { ok: false, problems: firstProblems(problems) }

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
  if (problems.some(isError)) return { ok: false, problems: firstProblems(problems) }
  return { ok: true, model: model as ValidModel, warnings: reportedFigureWarnings(model) }
}

/**
 * Model files longer than this (in characters) are not read. A real model is about 60 000
 * characters; the limit leaves room for the largest municipality and refuses what is not a model.
 */
export const MAX_MODEL_CHARACTERS = 5_000_000

/** Reads a model file's text: its size and JSON first, then every check of `validateModel`. */
export function loadModel(text: string): ModelLoad {
  const parsed = parseJson(text, MAX_MODEL_CHARACTERS)
  return parsed.ok ? validateModel(parsed.value) : { ok: false, problems: [parsed.problem] }
}
