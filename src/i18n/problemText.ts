import { dec } from '../model/money/decimal'
import type { Problem } from '../model/problems'
import {
  describeAssumption,
  describeField,
  describeMeasure,
  pathText,
  type FileKind,
} from './fields/describeField'
import { checkWords } from './driverWords'
import type { Lang } from './lang'
import { joinList } from './lists'
import { formatDecimal, formatPercent, formatWhole } from './numbers'
import type { ProblemFormat, ProblemMessages } from './problemMessages'
import { problemsEn } from './problems.en'
import { problemsNb } from './problems.nb'

const MESSAGES: Record<Lang, ProblemMessages> = { nb: problemsNb, en: problemsEn }

export interface ProblemTextOptions {
  /** The model the problem is about, as parsed and possibly invalid: names things by title. */
  model?: unknown
  /** The file the problem's path points into: the model file (default) or a scenario. */
  file?: FileKind
  /**
   * Follow the words with the path and override key as written in the file, for people who edit
   * files (the CLI): "Tiltak D «…», refusjonssats (measures[3].drivers[0].inputs.refundRate)".
   */
  paths?: boolean
}

type Mismatch = Extract<Problem, { code: 'reportedMismatch' }>

/** Amounts in whole kroner as they are; with øre, two decimals (more only where they matter). */
function amount(value: string, lang: Lang, sign?: 'always'): string {
  const places = dec(value).decimalPlaces()
  const decimals =
    places === 0 ? {} : { decimals: Math.min(Math.max(places, 2), 6), minDecimals: 2 }
  return formatDecimal(value, lang, { ...decimals, ...(sign && { sign }) })
}

function figures(p: Mismatch, lang: Lang, messages: ProblemMessages) {
  if (p.quantity === 'share') {
    // Per cent as precise as the source prints (at least to a tenth, as shares are shown
    // elsewhere), and one decimal more for what the model gives instead.
    const printed = Math.max(1, dec(p.reported).decimalPlaces() - 2)
    const points = formatDecimal(dec(p.difference).times(100), lang, {
      decimals: printed + 1,
      minDecimals: printed + 1,
      sign: 'always',
    })
    return {
      reported: formatPercent(dec(p.reported), lang, printed),
      computed: formatPercent(dec(p.computed), lang, printed + 1),
      difference: messages.percentagePoints(points),
    }
  }
  const unit = messages.quantity[p.quantity]
  return {
    reported: unit(amount(p.reported, lang)),
    computed: unit(amount(p.computed, lang)),
    difference: unit(amount(p.difference, lang, 'always')),
  }
}

/**
 * A problem as one readable sentence in the user's language, naming fields, measures and
 * assumptions in words, never as JSON paths unless `paths` asks for them too.
 */
export function problemText(
  problem: Problem,
  lang: Lang,
  options: ProblemTextOptions = {},
): string {
  const messages = MESSAGES[lang]
  const { model, file = 'model', paths = false } = options
  const list = (values: readonly (string | number)[]) => joinList(values.map(String), lang)
  const measure = (id: string) => describeMeasure(id, lang, model)
  const format: ProblemFormat = {
    at: (path) => {
      const words = describeField(path, lang, { model, file })
      return paths && path.length > 0 ? `${words} (${pathText(path)})` : words
    },
    measure,
    measures: (ids) => list(ids.map(measure)),
    assumption: (key) => {
      const words = describeAssumption(key, lang, model)
      return paths && !words.includes(key) ? `${words} (${key})` : words
    },
    figures: (p) => figures(p, lang, messages),
    number: (value) => formatDecimal(value, lang),
    whole: (value) => formatWhole(value, lang),
    percent: (share) => formatPercent(dec(share), lang, 0),
    list,
    check: (failed, named) => (failed ? checkWords(failed, lang, named) : ''),
  }
  const message = messages[problem.code] as (p: Problem, f: ProblemFormat) => string
  return message(problem, format)
}
