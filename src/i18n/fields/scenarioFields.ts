import type { InputLabel } from './measureFields'
import { commonFields, entries, field, fields, items, type FieldNode } from './fieldNode'
import type { FieldWords } from './fieldWords'
import { assumptionName } from './measureFields'

/** Every field a scenario file may have (src/model/scenario/scenarioFile.ts), in words. */
export function scenarioFields(w: FieldWords, inputLabels: InputLabel): FieldNode {
  const s = w.scenario
  return fields({
    format: field(w.file.format),
    schemaVersion: field(w.file.schemaVersion),
    name: field(s.name),
    note: field(s.note),
    model: field(s.model, fields({ id: field(s.modelId), version: field(s.modelVersion) }), {
      through: true,
    }),
    selection: field(
      s.selection,
      items((_, i) => s.selectedAt(i + 1)),
    ),
    overrides: field(
      s.overrides,
      entries((key, scope) =>
        s.override(assumptionName(w, inputLabels, key, scope.model) ?? w.quote(key)),
      ),
    ),
    ...commonFields(w, 'id'),
    rev: field(s.rev),
    createdAt: field(s.createdAt),
    updatedAt: field(s.updatedAt),
  })
}
