import type { ValidModel } from '../../model/load/validModel'
import { dec, ZERO, type Dec } from '../../model/money/decimal'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import { uncertainShare } from '../../state/derived/uncertainty'
import type { ScenarioFigures } from '../../state/scenarioFigures'
import type { UiMessages } from '../../i18n/uiMessages'

/** Whether a scenario counts a measure: chosen and counted, chosen but left out by a rule, or not. */
export type MeasureStatus = 'counted' | 'leftOut' | 'notChosen'

/** A measure in one scenario: whether it counts, and with which inputs changed from the file. */
export interface MeasureCell {
  status: MeasureStatus
  /** The measure's changed inputs where it counts; empty where it does not. */
  changed: ChangedInput[]
}

export type ComparisonRow =
  | {
      key: string
      label: string
      kind: 'amount' | 'staffYears' | 'share'
      values: Dec[]
      differs: boolean
    }
  | { key: string; label: string; kind: 'measure'; values: MeasureCell[]; differs: boolean }

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

/** Two cells are alike when the measure counts alike, with the same inputs. */
const sameCell = (a: MeasureCell, b: MeasureCell) =>
  a.status === b.status &&
  a.changed.length === b.changed.length &&
  a.changed.every((c, i) => {
    const other = b.changed[i]
    return other?.key === c.key && dec(other.used).equals(dec(c.used))
  })

/**
 * The figures of two to four scenarios side by side: savings per plan year, the lasting effect
 * against the target, staff-years, lost income, uncertain share, and each measure any of them
 * chose: counted, left out by a rule, or not chosen, with the inputs it counts with. A row differs
 * when the scenarios do, also when a measure counts in both but with different inputs.
 */
export function comparisonRows(
  model: ValidModel,
  figures: readonly ScenarioFigures[],
  t: UiMessages,
): ComparisonRow[] {
  const evaluations = figures.map((f) => f.evaluation)
  const chosen = new Set(figures.flatMap((f) => [...f.evaluation.selection, ...f.leftOut]))
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
        const values = figures.map((f): MeasureCell => {
          const status = f.evaluation.selection.includes(m.id)
            ? 'counted'
            : f.leftOut.includes(m.id)
              ? 'leftOut'
              : 'notChosen'
          return {
            status,
            changed: status === 'counted' ? (f.bases.get(m.id)?.changed ?? []) : [],
          }
        })
        return {
          key: `measure-${m.id}`,
          label: `${m.id} ${m.title}`,
          kind: 'measure',
          values,
          differs: !allEqual(values, sameCell),
        }
      }),
  ]
}
