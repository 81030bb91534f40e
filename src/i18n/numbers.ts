import { dec, type Dec } from '../model/money/decimal'
import { roundToPlaces } from '../model/money/rounding'
import type { Lang } from './lang'

/**
 * Numbers for eyes only: Norwegian grouping with a no-break space, decimal comma and a true minus
 * sign (U+2212). Never write these strings to files, CSV or JSON. Every digit asked for is shown:
 * decimal.js writes the digits, and they are grouped here, exactly, at any length.
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
  const symbols = SYMBOLS[lang]
  const sign = rounded.isZero()
    ? ''
    : rounded.isNeg()
      ? symbols.minus
      : options.sign === 'always'
        ? symbols.plus
        : ''
  const grouped = whole.replace(THOUSANDS, symbols.group)
  return fraction === undefined
    ? `${sign}${grouped}`
    : `${sign}${grouped}${symbols.decimal}${fraction}`
}

/**
 * The signs each language writes numbers with, as Intl gives them for nb-NO and en-GB (a test
 * holds them to it). Written out rather than asked for: the first Intl object a page makes loads
 * the locale data, some 40 ms of the first screen on this machine. Both write the sign first.
 */
const SYMBOLS: Record<Lang, { group: string; decimal: string; minus: string; plus: string }> = {
  nb: { group: '\u00a0', decimal: ',', minus: '\u2212', plus: '+' },
  en: { group: ',', decimal: '.', minus: '-', plus: '+' },
}

// Before every run of three digits that ends the whole part.
const THOUSANDS = /\B(?=(\d{3})+$)/g

/** A share such as 0.653 as "65,3 %". */
export function formatPercent(share: Dec, lang: Lang, decimals = 1): string {
  const percent = formatDecimal(share.times(100), lang, { decimals, minDecimals: decimals })
  return `${percent}\u00a0%`
}

/** A whole number as people write years and versions: "2014", not "2 014"; "−5" in Norwegian. */
export function formatWhole(value: number, lang: Lang): string {
  return `${value < 0 ? SYMBOLS[lang].minus : ''}${Math.round(Math.abs(value))}`
}

/** Text for files and machines: formatted numbers with plain spaces and hyphen-minus. */
export function plainText(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')
}
