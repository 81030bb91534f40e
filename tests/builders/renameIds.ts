import type { ModelFile } from '../../src/model/schema/modelFile'
import type { Json } from './model'

/** Property names every plain object inherits: legal ids, and what a careless lookup finds. */
export const BUILT_IN_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
  'propertyIsEnumerable',
] as const

export const ID_KINDS = [
  'theme',
  'unit',
  'team',
  'measure',
  'driver',
  'rule',
  'package',
  'account',
  'grantLine',
  'partner',
  'partnershipKey',
  'settlementCategory',
  'benefitRate',
  'household',
  'regime',
  'line',
] as const
export type IdKind = (typeof ID_KINDS)[number]

/** A new name for an id of a kind; two ids of one kind must not get the same name. */
export type Rename = (kind: IdKind, id: string) => string

const renameKeys = <T>(record: Record<string, T>, rename: (id: string) => string) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]))

/**
 * A copy of a model file's JSON with every id renamed, and every reference to it renamed with it:
 * fields, lists, and keys of records. A model file's JSON has the shape of the decoded model.
 */
export function renameIds(model: Json, rename: Rename): Json {
  const m = structuredClone(model) as unknown as ModelFile
  const as = (kind: IdKind) => (id: string) => rename(kind, id)
  const [theme, unit, team, measure, driver] = [
    as('theme'),
    as('unit'),
    as('team'),
    as('measure'),
    as('driver'),
  ]
  const [household, regime, line, partner] = [
    as('household'),
    as('regime'),
    as('line'),
    as('partner'),
  ]

  for (const t of m.themes) t.id = theme(t.id)
  for (const u of m.units) {
    u.id = unit(u.id)
    for (const t of u.teams) t.id = team(t.id)
  }
  for (const a of m.accounts ?? []) {
    a.id = rename('account', a.id)
    if (a.unit !== undefined) a.unit = unit(a.unit)
  }
  for (const l of m.grants?.lines ?? []) l.id = rename('grantLine', l.id)
  const partnership = m.partnership
  if (partnership) {
    partnership.self = partner(partnership.self)
    partnership.unit = unit(partnership.unit)
    for (const p of partnership.partners) p.id = partner(p.id)
    for (const k of partnership.keys) {
      k.id = rename('partnershipKey', k.id)
      if (k.reportedShares) k.reportedShares = renameKeys(k.reportedShares, partner)
    }
  }
  for (const c of m.settlement?.categories ?? []) c.id = rename('settlementCategory', c.id)
  for (const b of m.benefitRates ?? []) b.id = rename('benefitRate', b.id)
  for (const h of m.households ?? []) {
    h.id = household(h.id)
    for (const r of h.regimes) r.id = regime(r.id)
    for (const l of h.lines) {
      l.id = line(l.id)
      if (l.kind === 'amount') l.amounts = renameKeys(l.amounts, regime)
      else {
        l.base = l.base.map(line)
        l.regimes = l.regimes.map(regime)
        if (l.reported) l.reported = renameKeys(l.reported, regime)
      }
    }
    h.reportedDisposable = renameKeys(h.reportedDisposable, regime)
  }
  for (const x of m.measures) {
    x.id = measure(x.id)
    x.theme = theme(x.theme)
    x.units = x.units.map(unit)
    for (const d of x.drivers) {
      d.id = driver(d.id)
      if (d.unit !== undefined) d.unit = unit(d.unit)
      if (d.team !== undefined) d.team = team(d.team)
    }
    for (const e of x.householdEffects ?? []) {
      e.household = household(e.household)
      e.regime = regime(e.regime)
      e.line = line(e.line)
      e.driver = driver(e.driver)
    }
  }
  for (const r of m.rules ?? []) {
    r.id = rename('rule', r.id)
    if (r.kind === 'alternatives') r.measures = r.measures.map(measure)
    else {
      r.measure = measure(r.measure)
      r.requires = r.requires.map(measure)
    }
  }
  for (const p of m.packages ?? []) {
    p.id = rename('package', p.id)
    p.measures = p.measures.map(measure)
    const byTheme = p.reported?.byTheme
    if (p.reported && byTheme) p.reported.byTheme = renameKeys(byTheme, theme)
  }
  return m
}

/** Every id of each kind in a model file's JSON, once each, in file order. */
export function idsOf(model: Json): Record<IdKind, string[]> {
  const found = Object.fromEntries(ID_KINDS.map((kind) => [kind, new Set<string>()]))
  renameIds(model, (kind, id) => {
    found[kind]?.add(id)
    return id
  })
  return Object.fromEntries(Object.entries(found).map(([kind, ids]) => [kind, [...ids]])) as Record<
    IdKind,
    string[]
  >
}

/**
 * Renames that give the ids of each kind built-in names: `names[kind][i]` for the i-th id of that
 * kind (from `offset`), keeping the others. Returned with its inverse, to read results back.
 */
export function builtInRenaming(
  model: Json,
  names: Partial<Record<IdKind, readonly string[]>>,
  offset = 0,
): { rename: Rename; original: Rename } {
  const ids = idsOf(model)
  const forward = new Map<string, string>()
  const back = new Map<string, string>()
  for (const kind of ID_KINDS) {
    const list = ids[kind]
    const given = names[kind] ?? []
    list.forEach((id, i) => {
      const name = given[(((i - offset) % list.length) + list.length) % list.length]
      if (name === undefined) return
      forward.set(`${kind}/${id}`, name)
      back.set(`${kind}/${name}`, id)
    })
  }
  return {
    rename: (kind, id) => forward.get(`${kind}/${id}`) ?? id,
    original: (kind, id) => back.get(`${kind}/${id}`) ?? id,
  }
}
