import { dec, type Dec } from '../model/money/decimal'
import { roundToPlaces } from '../model/money/rounding'
import { LOCALE, type Lang } from './lang'

/**
 * Numbers for eyes only: Norwegian grouping with a no-break space, decimal comma and a true minus
 * sign (U+2212). Never write these strings to files, CSV or JSON. Every digit asked for is shown:
 * decimal.js writes the digits, Intl only groups the whole part (as a BigInt, exactly) and gives
 * the locale's signs; Intl itself refuses more than 20 fraction digits.
 */
export function formatDecimal(
  value: Dec | string,
  lang: Lang,
  options: { decimals?: number; minDecimals?: number; sign?: 'always' } = {},
): string {
  const exact = typeof value === 'string' ? dec(value) : value
  const rounded = options.decimals === undefined ? exact : roundToPlaces(exact, options.decimals)
  const places = Math.max(rounded.decimalPlaces(), options.minDecimals ?? 0)
  const [whole = '0', fraction] = rounded.abs().toFixed(places).split('.')
  const symbols = symbolsOf(lang)
  const sign = rounded.isZero()
    ? ''
    : rounded.isNeg()
      ? symbols.minus
      : options.sign === 'always'
        ? symbols.plus
        : ''
  const grouped = symbols.grouping.format(BigInt(whole))
  return fraction === undefined
    ? `${sign}${grouped}`
    : `${sign}${grouped}${symbols.decimal}${fraction}`
}

interface Symbols {
  grouping: Intl.NumberFormat
  minus: string
  plus: string
  decimal: string
}

// Creating an Intl.NumberFormat costs far more than using one, and a screen formats hundreds of
// figures on every switch: keep one per language. Both languages write the sign before the number.
const symbols = new Map<Lang, Symbols>()

function symbolsOf(lang: Lang): Symbols {
  const known = symbols.get(lang)
  if (known) return known
  const part = (
    options: Intl.NumberFormatOptions,
    value: number,
    type: Intl.NumberFormatPartTypes,
  ) =>
    new Intl.NumberFormat(LOCALE[lang], options).formatToParts(value).find((p) => p.type === type)
      ?.value ?? ''
  const fresh: Symbols = {
    grouping: new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }),
    minus: part({}, -1, 'minusSign'),
    plus: part({ signDisplay: 'always' }, 1, 'plusSign'),
    decimal: part({ minimumFractionDigits: 1 }, 1, 'decimal'),
  }
  symbols.set(lang, fresh)
  return fresh
}

/** A share such as 0.653 as "65,3 %". */
export function formatPercent(share: Dec, lang: Lang, decimals = 1): string {
  const percent = formatDecimal(share.times(100), lang, { decimals, minDecimals: decimals })
  return `${percent}\u00a0%`
}

const wholeFormats: Record<Lang, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat(LOCALE.nb, { useGrouping: false, maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALE.en, { useGrouping: false, maximumFractionDigits: 0 }),
}

/** A whole number as people write years and versions: "2014", not "2 014"; "−5" in Norwegian. */
export function formatWhole(value: number, lang: Lang): string {
  return wholeFormats[lang].format(value)
}

/** Text for files and machines: formatted numbers with plain spaces and hyphen-minus. */
export function plainText(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')
}
