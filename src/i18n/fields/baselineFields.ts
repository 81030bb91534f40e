import {
  commonFields,
  entries,
  field,
  fields,
  items,
  type FieldNode,
  type Scope,
} from './fieldNode'
import type { FieldWords } from './fieldWords'
import { child, findById, nameIn } from './readFile'

/** The fields of the baseline tables (src/model/schema/baseline.ts), by field of the model file. */
export function baselineFields(w: FieldWords) {
  const c = w.common
  const years = field(
    c.years,
    items((_, i) => c.yearAt(i + 1)),
  )
  const totals = (word: string) =>
    field(
      word,
      entries((year) => c.totalFor(year)),
    )
  const lines = (node: FieldNode, name: 'label' | 'name' = 'label') =>
    field(
      c.lines,
      items((item, i) => c.line(nameIn(item, name), i + 1), node),
    )

  const accounts = items(
    (item, i) => w.account.item(nameIn(item, 'title'), i + 1),
    fields({
      ...commonFields(w, 'id', 'title', 'unit', 'note'),
      years,
      lines: lines(
        fields({
          ...commonFields(w, 'label', 'function', 'side'),
          amounts: field(
            c.amounts,
            entries((year) => year),
          ),
        }),
      ),
      reportedTotals: totals(w.account.reportedTotals),
    }),
  )

  const g = w.grants
  const categories: Readonly<Record<string, string>> = g.categories
  const categoryName = (key: string) => {
    const known = Object.hasOwn(categories, key) ? categories[key] : undefined
    return g.categoryTotal(known ?? w.quote(key))
  }
  const grants = fields({
    ...commonFields(w, 'year', 'note'),
    lines: lines(
      fields({
        ...commonFields(w, 'id', 'name', 'amount', 'description'),
        category: field(g.category),
      }),
      'name',
    ),
    reportedTotal: field(g.reportedTotal),
    reportedByCategory: field(g.reportedByCategory, entries(categoryName)),
  })

  const p = w.partnership
  const partnerName = (key: string, scope: Scope) =>
    nameIn(findById(child(scope.top, 'partners'), key), 'name') ?? key
  const partnership = fields({
    ...commonFields(w, 'name', 'year', 'unit', 'note'),
    self: field(p.self),
    keys: field(
      p.keys,
      items(
        (item, i) => p.key(nameIn(item, 'label'), i + 1),
        fields({
          ...commonFields(w, 'id', 'label'),
          basis: field(p.basis),
          reportedShares: field(
            p.reportedShares,
            entries((key, scope) => p.shareOf(partnerName(key, scope))),
          ),
        }),
      ),
    ),
    partners: field(
      p.partners,
      items(
        (item, i) => p.partner(nameIn(item, 'name'), i + 1),
        fields({
          ...commonFields(w, 'id', 'name', 'staffYears'),
          officeStaff: field(p.officeStaff),
        }),
      ),
    ),
  })

  const s = w.settlement
  const settlement = fields({
    ...commonFields(w, 'note'),
    years,
    categories: field(
      s.categories,
      items(
        (item, i) => s.category(nameIn(item, 'label'), i + 1),
        fields({
          ...commonFields(w, 'id', 'label'),
          counts: field(
            s.counts,
            entries((y) => y),
          ),
        }),
      ),
    ),
    reportedTotals: totals(s.totals),
  })

  const benefitRates = items(
    (item, i) => w.benefitRate.item(nameIn(item, 'label'), i + 1),
    fields({
      ...commonFields(w, 'id', 'label', 'amount', 'note'),
      per: field(w.benefitRate.per),
    }),
  )

  const h = w.household
  const regimeLabel = (key: string, scope: Scope) =>
    nameIn(findById(child(scope.top, 'regimes'), key), 'label') ?? key
  const regimes = entries((key, scope) => h.regime(regimeLabel(key, scope), 0))
  const households = items(
    (item, i) => h.item(nameIn(item, 'title'), i + 1),
    fields({
      ...commonFields(w, 'id', 'title', 'note'),
      regimes: field(
        h.regimes,
        items(
          (item, i) => h.regime(nameIn(item, 'label'), i + 1),
          fields(commonFields(w, 'id', 'label')),
        ),
      ),
      lines: lines(
        fields({
          ...commonFields(w, 'kind', 'id', 'label'),
          amounts: field(c.amounts, regimes),
          rate: field(h.taxRate),
          base: field(
            h.taxBase,
            items((_, i) => h.baseLineAt(i + 1)),
          ),
          regimes: field(
            h.taxRegimes,
            items((_, i) => h.regimeAt(i + 1)),
          ),
          reported: field(h.reported, regimes),
        }),
      ),
      reportedDisposable: field(
        h.reportedDisposable,
        entries((key, scope) => h.disposableUnder(regimeLabel(key, scope))),
      ),
    }),
  )

  return {
    accounts: field(w.account.list, accounts),
    grants: field(g.word, grants),
    partnership: field(p.named(undefined), partnership, {
      named: (value) => p.named(nameIn(value, 'name')),
    }),
    settlement: field(s.word, settlement),
    benefitRates: field(w.benefitRate.list, benefitRates),
    households: field(h.list, households),
  }
}
