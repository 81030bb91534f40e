import type { Evaluation } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { dec, ZERO, type Dec } from '../model/money/decimal'
import { cliMessages } from '../i18n/cli'
import type { Lang } from '../i18n/lang'
import { formatDecimal } from '../i18n/numbers'

const THOUSAND = dec(1000)
const TITLE_WIDTH = 58
const NUMBER_WIDTH = 9

/** The evaluation as a text table in 1000 kr, the unit of the report's table 5.1. */
export function evaluationTable(
  model: ValidModel,
  evaluation: Evaluation,
  selectionTitle: string,
  lang: Lang,
): string {
  const words = cliMessages[lang].heading
  const thousands = (value: Dec) => formatDecimal(value.dividedBy(THOUSAND), lang, { decimals: 0 })
  const staff = (value: Dec) => formatDecimal(value, lang, { decimals: 1, minDecimals: 1 })
  const row = (label: string, cells: readonly string[]) =>
    label.slice(0, TITLE_WIDTH).padEnd(TITLE_WIDTH) +
    cells.map((c) => c.padStart(NUMBER_WIDTH)).join('')
  const years = evaluation.years.map((y) => String(y.year))
  const lines = [
    `${model.municipality.name}: ${model.title}`,
    words.selection(selectionTitle, evaluation.selection.length),
    words.amounts,
    '',
    row(words.measure, [...years, words.lasting, words.staffYears]),
  ]
  const titles = new Map(model.measures.map((m) => [m.id, m.title]))
  for (const m of evaluation.measures) {
    const label = `${m.id.padEnd(4)}${titles.get(m.id) ?? ''}${m.temporary ? ` (${words.temporary})` : ''}`
    lines.push(
      row(label, [
        ...evaluation.years.map((y) => thousands(m.byYear[y.year]?.net ?? ZERO)),
        thousands(m.lasting.net),
        staff(m.annual.staffYears),
      ]),
    )
  }
  const { lasting } = evaluation
  lines.push(
    row(words.total, [
      ...evaluation.years.map((y) => thousands(y.net)),
      thousands(lasting.net),
      staff(lasting.staffYears),
    ]),
    row(words.target, [
      ...evaluation.years.map((y) => thousands(y.target)),
      thousands(evaluation.target),
    ]),
    row(words.gap, [...evaluation.years.map((y) => thousands(y.gap)), thousands(lasting.gap)]),
  )
  return lines.join('\n')
}
