import type { Evaluation } from '../../model/engine/types'
import { uncertaintyShares } from '../../model/engine/uncertainty'
import type { ValidModel } from '../../model/load/validModel'
import { ratio, sum, ZERO, type Dec } from '../../model/money/decimal'
import type { UiMessages } from '../../i18n/uiMessages'

export type ComparisonRow =
  | {
      key: string
      label: string
      kind: 'amount' | 'staffYears' | 'share'
      values: Dec[]
      differs: boolean
    }
  | { key: string; label: string; kind: 'chosen'; values: boolean[]; differs: boolean }

const allEqual = <T>(values: readonly T[], same: (a: T, b: T) => boolean) =>
  values.every((value) => values[0] === undefined || same(value, values[0]))

function numbers(
  key: string,
  label: string,
  kind: 'amount' | 'staffYears' | 'share',
  values: Dec[],
): ComparisonRow {
  return { key, label, kind, values, differs: !allEqual(values, (a, b) => a.equals(b)) }
}

/** Share of the lasting saving that rests on estimates the source calls uncertain. */
function uncertainShare(model: ValidModel, evaluation: Evaluation): Dec {
  const shares = uncertaintyShares(model.measures, evaluation.measures, (m) => m.lasting)
  const total = sum(shares.map((s) => s.net))
  const high = shares.find((s) => s.level === 'high')?.net ?? ZERO
  return total.isZero() ? ZERO : ratio(high, total)
}

/**
 * The figures of two to four scenarios side by side: savings per plan year, the lasting effect
 * against the target, staff-years, lost income, uncertain share, and which measures each has.
 */
export function comparisonRows(
  model: ValidModel,
  evaluations: readonly Evaluation[],
  t: UiMessages,
): ComparisonRow[] {
  const chosen = new Set(evaluations.flatMap((e) => e.selection))
  return [
    ...model.planYears.map((year) =>
      numbers(
        `saving-${year}`,
        t.compare.saving(year),
        'amount',
        evaluations.map((e) => e.years.find((y) => y.year === year)?.saving ?? ZERO),
      ),
    ),
    numbers(
      'lasting',
      t.compare.lasting,
      'amount',
      evaluations.map((e) => e.lasting.saving),
    ),
    numbers(
      'gap',
      t.compare.gap,
      'amount',
      evaluations.map((e) => e.lasting.gap),
    ),
    numbers(
      'staffYears',
      t.compare.staffYears,
      'staffYears',
      evaluations.map((e) => e.lasting.staffYears),
    ),
    numbers(
      'income',
      t.compare.income,
      'amount',
      evaluations.map((e) => e.lasting.income),
    ),
    numbers(
      'uncertain',
      t.compare.uncertain,
      'share',
      evaluations.map((e) => uncertainShare(model, e)),
    ),
    ...model.measures
      .filter((m) => chosen.has(m.id))
      .map((m): ComparisonRow => {
        const values = evaluations.map((e) => e.selection.includes(m.id))
        return {
          key: `measure-${m.id}`,
          label: `${m.id} ${m.title}`,
          kind: 'chosen',
          values,
          differs: !allEqual(values, (a, b) => a === b),
        }
      }),
  ]
}
