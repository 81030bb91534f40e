import type { InputLabel } from './measureFields'
import { baselineFields } from './baselineFields'
import { commonFields, entries, field, fields, items, type FieldNode } from './fieldNode'
import type { FieldWords } from './fieldWords'
import { measureFields, packageFields, ruleFields } from './measureFields'
import { nameIn } from './readFile'

/** Every field a model file may have (src/model/schema/modelFile.ts), with the words for it. */
export function modelFields(
  w: FieldWords,
  inputLabels: InputLabel,
  extraLabels: Readonly<Record<string, string>> = {},
): FieldNode {
  const figure = fields(commonFields(w, 'amount', 'precision', 'note'))
  const named = (
    word: string,
    name: (name: string | undefined, position: number) => string,
    key: 'title' | 'name',
    node: FieldNode,
  ) =>
    field(
      word,
      items((item, i) => name(nameIn(item, key), i + 1), node),
    )

  const kostra = items(
    (item, i) => w.kostra.item(nameIn(item, 'code'), nameIn(item, 'name'), i + 1),
    fields({
      ...commonFields(w, 'name'),
      code: field(w.kostra.code),
      fromYear: field(w.kostra.fromYear),
      toYear: field(w.kostra.toYear),
    }),
  )
  const unit = fields({
    ...commonFields(w, 'id', 'name', 'note'),
    teams: named(
      w.unit.teams,
      w.unit.team,
      'name',
      fields(commonFields(w, 'id', 'name', 'staffYears')),
    ),
    history: field(
      w.unit.history,
      entries((year) => w.unit.historyYear(year)),
    ),
  })
  const measure = measureFields(w, inputLabels, extraLabels, figure)

  return fields({
    format: field(w.file.format),
    schemaVersion: field(w.file.schemaVersion),
    id: field(w.model.id),
    version: field(w.model.version),
    title: field(w.model.title),
    description: field(w.model.description),
    $schema: field(w.model.schema),
    priceBasis: field(w.model.priceBasis),
    notes: field(
      w.model.notes,
      items((_, i) => w.model.noteAt(i + 1)),
    ),
    source: field(
      w.model.source,
      fields({
        ...commonFields(w, 'title', 'year', 'note'),
        publisher: field(w.model.publisher),
        section: field(w.model.section),
      }),
    ),
    municipality: field(
      w.model.municipality,
      fields({ ...commonFields(w, 'name'), number: field(w.model.municipalityNumber) }),
    ),
    baseYear: field(w.model.baseYear),
    planYears: field(
      w.model.planYears,
      items((_, i) => w.model.planYearAt(i + 1)),
    ),
    target: field(
      w.model.target,
      fields({
        ...commonFields(w, 'text'),
        lasting: field(w.model.lasting),
        byYear: field(
          w.model.byYear,
          entries((year) => w.model.yearTarget(year)),
          { through: true },
        ),
      }),
    ),
    kostraFunctions: field(w.kostra.list, kostra),
    themes: named(
      w.theme.list,
      w.theme.item,
      'title',
      fields(commonFields(w, 'id', 'title', 'summary')),
    ),
    units: named(w.unit.list, w.unit.item, 'name', unit),
    measures: field(
      w.measure.list,
      items((item, i) => w.measure.item(nameIn(item, 'id'), nameIn(item, 'title'), i + 1), measure),
    ),
    ...baselineFields(w),
    rules: field(w.rule.list, ruleFields(w)),
    packages: field(w.package.list, packageFields(w, figure)),
  })
}
