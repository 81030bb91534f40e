import { splitOverrideKey } from '../../model/engine/overrideKey'
import { commonFields, entries, field, fields, items, type FieldNode } from './fieldNode'
import type { FieldWords } from './fieldWords'
import { child, findById, nameIn, shortName } from './readFile'

/** A measure by id and title, inside a sentence; just the id when the model does not have it. */
export function measureRef(words: FieldWords, id: string, model: unknown): string {
  const measure = findById(child(model, 'measures'), id)
  return words.measureRef(shortName(id) ?? id, nameIn(measure, 'title'))
}

/** One of several drivers of a measure: by the team it is about, else by its position. */
export function driverName(words: FieldWords, driver: unknown, index: number, model: unknown) {
  const unit = findById(child(model, 'units'), nameIn(driver, 'unit'))
  const team = findById(child(unit, 'teams'), nameIn(driver, 'team'))
  return words.driver.item(nameIn(team, 'name'), index + 1)
}

/** A driver input as the interface labels it, in running text: "refusjonssats". */
export function inputWords(
  words: FieldWords,
  labels: Readonly<Record<string, string>>,
  name: string,
): string {
  const label = Object.hasOwn(labels, name) ? labels[name] : undefined
  return label === undefined ? words.driver.input(shortName(name) ?? name) : lowerFirst(label)
}

/**
 * The assumption an override key names, in words: "«Refusjonssats» i tiltak D «Slå sammen …»",
 * naming the driver only where the measure has several. Undefined for a key that is not
 * measure.driver.input.
 */
export function assumptionName(
  words: FieldWords,
  labels: Readonly<Record<string, string>>,
  key: string,
  model: unknown,
): string | undefined {
  const parts = splitOverrideKey(key)
  if (!parts) return undefined
  const label = Object.hasOwn(labels, parts.input) ? labels[parts.input] : undefined
  const drivers = child(findById(child(model, 'measures'), parts.measureId), 'drivers')
  const index = Array.isArray(drivers)
    ? drivers.findIndex((driver) => child(driver, 'id') === parts.driverId)
    : -1
  const driver =
    Array.isArray(drivers) && drivers.length > 1 && index >= 0
      ? driverName(words, drivers[index], index, model)
      : undefined
  return words.assumption(
    label ?? shortName(parts.input) ?? parts.input,
    measureRef(words, parts.measureId, model),
    driver,
  )
}

/** "Refusjonssats" → "refusjonssats", but "KOSTRA-funksjon" keeps its capitals. */
function lowerFirst(text: string): string {
  const second = text.charAt(1)
  const isCapital = second !== second.toLowerCase()
  return isCapital ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

/** The fields of a measure and its drivers (src/model/schema/measure.ts, driver.ts). */
export function measureFields(
  w: FieldWords,
  inputLabels: Readonly<Record<string, string>>,
  figure: FieldNode,
): FieldNode {
  const m = w.measure
  const consequence = (word: string) =>
    field(word, fields(commonFields(w, 'level', 'summary', 'text')))
  const driver = fields({
    ...commonFields(w, 'id', 'unit', 'function', 'note', 'side', 'reason'),
    kind: field(w.driver.kind),
    inputs: field(
      w.driver.inputs,
      entries((name) => inputWords(w, inputLabels, name)),
    ),
    team: field(w.driver.team),
    incomeFunction: field(w.driver.incomeFunction),
    reasonCode: field(w.driver.reasonCode),
  })
  const uncertainty = fields({
    ...commonFields(w, 'level', 'text'),
    label: field(m.uncertaintyLabel),
    range: field(m.range, fields({ low: field(m.low), high: field(m.high) })),
  })
  const timing = fields({
    firstYear: field(m.firstYear),
    lastYear: field(m.lastYear),
    firstYearShare: field(m.firstYearShare),
  })
  const householdEffect = fields({
    household: field(m.household),
    regime: field(m.regime),
    line: field(m.line),
    driver: field(m.driver),
    situation: field(m.situation),
  })
  return fields({
    ...commonFields(w, 'id', 'title', 'description', 'status'),
    theme: field(m.theme),
    units: field(
      m.units,
      items((_, i) => m.unitAt(i + 1)),
    ),
    consequences: field(
      m.consequences,
      fields({ users: consequence(m.users), staff: consequence(m.staff) }),
      { through: true },
    ),
    uncertainty: field(m.uncertainty, uncertainty),
    drivers: field(
      w.driver.list,
      items((item, i, scope) => driverName(w, item, i, scope.model), driver, {
        quietWhenOnly: true,
      }),
    ),
    reportSection: field(m.reportSection),
    reportLabel: field(m.reportLabel),
    reported: field(m.reported, figure),
    economy: field(m.economy),
    risk: field(m.risk),
    timing: field(m.timing, timing, { through: true }),
    householdEffects: field(
      m.householdEffects,
      items((_, i) => m.householdEffectAt(i + 1), householdEffect),
    ),
  })
}

/** A rule by what it says, "regelen om at E krever D", else by its position. */
function ruleName(w: FieldWords, rule: unknown, index: number): string {
  const ids = (value: unknown) =>
    Array.isArray(value) && value.length > 0
      ? // Array.from, not map: a hole in a stored list is an item without a name, not nothing.
        w.list(Array.from(value as unknown[], (id) => shortName(id) ?? '?'))
      : undefined
  const measures = ids(child(rule, 'measures'))
  const required = ids(child(rule, 'requires'))
  const measure = nameIn(rule, 'measure')
  const kind = child(rule, 'kind')
  if (kind === 'alternatives' && measures) return w.rule.alternativesRule(measures)
  if (kind === 'requires' && measure && required) return w.rule.requiresRule(measure, required)
  return w.rule.item(index + 1)
}

export function ruleFields(w: FieldWords): FieldNode {
  const c = w.common
  return items(
    (rule, i) => ruleName(w, rule, i),
    fields({
      ...commonFields(w, 'kind', 'id', 'reason'),
      measures: field(
        c.measures,
        items((_, i) => c.measureAt(i + 1)),
      ),
      measure: field(w.rule.measure),
      requires: field(
        w.rule.requirements,
        items((_, i) => w.rule.requirementAt(i + 1)),
      ),
    }),
  )
}

export function packageFields(w: FieldWords, figure: FieldNode): FieldNode {
  const k = w.package
  const themeTitle = (key: string, model: unknown) =>
    nameIn(findById(child(model, 'themes'), key), 'title') ?? shortName(key) ?? key
  const reported = fields({
    total: field(k.reportedTotal, figure),
    byTheme: field(
      k.reportedByTheme,
      entries((key, scope) => k.themeTotal(themeTitle(key, scope.model)), figure),
    ),
  })
  return items(
    (item, i) => k.item(nameIn(item, 'title'), i + 1),
    fields({
      ...commonFields(w, 'id', 'title', 'description'),
      measures: field(
        w.common.measures,
        items((_, i) => w.common.measureAt(i + 1)),
      ),
      reported: field(k.reported, reported, { through: true }),
    }),
  )
}
