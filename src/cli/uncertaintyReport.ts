import type { Evaluation } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { dec, type Dec } from '../model/money/decimal'
import type { Simulation } from '../model/uncertainty/simulate'
import { carriers, type SpreadShare } from '../model/uncertainty/spreadShares'
import { cliMessages } from '../i18n/cli'
import type { Lang } from '../i18n/lang'
import { joinList } from '../i18n/lists'
import { formatDecimal, formatPercent } from '../i18n/numbers'

const THOUSAND = dec(1000)
const LABEL_WIDTH = 34
const NUMBER_WIDTH = 10

/** The simulation as text: the chance per year and lasting, the fan in 1000 kr, and in words. */
export function uncertaintyText(
  model: ValidModel,
  evaluation: Evaluation,
  simulation: Simulation,
  shares: readonly SpreadShare[],
  lang: Lang,
): string {
  const words = cliMessages[lang].uncertainty
  const thousands = (value: Dec) => formatDecimal(value.dividedBy(THOUSAND), lang, { decimals: 0 })
  const points = (value: Dec) =>
    formatDecimal(value.times(100), lang, { decimals: 2, minDecimals: 2 })
  const row = (label: string, cells: readonly string[]) =>
    label.slice(0, LABEL_WIDTH).padEnd(LABEL_WIDTH) +
    cells.map((c) => c.padStart(NUMBER_WIDTH)).join('')
  const outlooks = [...simulation.byYear, simulation.lasting]
  const targets = [...evaluation.years.map((y) => y.target), evaluation.target]
  const named = carriers(shares)
  return [
    `${model.municipality.name}: ${model.title}`,
    words.method(formatDecimal(String(simulation.samples), lang), simulation.seed),
    '',
    row('', [...simulation.byYear.map((y) => String(y.year)), words.lasting]),
    row(
      words.probability,
      outlooks.map((o) => formatPercent(o.probability, lang)),
    ),
    row(
      words.standardError,
      outlooks.map((o) => points(o.standardError)),
    ),
    row(
      words.saving(10),
      outlooks.map((o) => thousands(o.p10)),
    ),
    row(
      words.saving(50),
      outlooks.map((o) => thousands(o.p50)),
    ),
    row(
      words.saving(90),
      outlooks.map((o) => thousands(o.p90)),
    ),
    row(words.target, targets.map(thousands)),
    '',
    words.summary(
      formatPercent(simulation.lasting.probability, lang, 0),
      named.length > 0 ? joinList(named, lang) : null,
    ),
  ].join('\n')
}
