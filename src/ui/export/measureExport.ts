import type { MeasureResult } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { toDecimalString, ZERO } from '../../model/money/decimal'
import type { UiMessages } from '../../i18n/uiMessages'
import { amount, decimal, text, type ExportTable } from './exportTable'

/** Every measure with its effect per plan year and for good, whether chosen, and its consequences. */
export function measureExport(
  model: ValidModel,
  effects: ReadonlyMap<string, MeasureResult>,
  selection: readonly string[],
  t: UiMessages,
): ExportTable {
  const themes = new Map(model.themes.map((theme) => [theme.id, theme.title]))
  return {
    name: t.exportTable.measures,
    header: [
      t.exportTable.id,
      t.exportTable.title,
      t.exportTable.theme,
      t.exportTable.status,
      t.exportTable.chosen,
      ...model.planYears.map((year) => t.exportTable.yearKr(year)),
      t.exportTable.lastingKr,
      t.exportTable.staffYears,
      t.exportTable.users,
      t.exportTable.staff,
      t.exportTable.reportLabel,
    ],
    rows: model.measures.map((measure) => {
      const result = effects.get(measure.id)
      return [
        text(measure.id),
        text(measure.title),
        text(themes.get(measure.theme) ?? measure.theme),
        text(t.measures.status[measure.status]),
        text(selection.includes(measure.id) ? t.exportTable.yes : t.exportTable.no),
        ...model.planYears.map((year) =>
          amount(toDecimalString(result?.byYear[year]?.net ?? ZERO)),
        ),
        amount(toDecimalString(result?.lasting.net ?? ZERO)),
        decimal(toDecimalString(result?.annual.staffYears ?? ZERO)),
        text(measure.consequences.users.summary),
        text(measure.consequences.staff.summary),
        text(measure.reportLabel ?? ''),
      ]
    }),
  }
}
