import { dec, toDecimalString, type Dec } from '../model/money/decimal'
import { roundToPlaces } from '../model/money/rounding'
import { LOCALE, type Lang } from './lang'

/**
 * Numbers for eyes only: Norwegian grouping with a no-break space, decimal comma and a true minus
 * sign (U+2212). Never write these strings to files, CSV or JSON.
 */
export function formatDecimal(
  value: Dec | string,
  lang: Lang,
  options: { decimals?: number; minDecimals?: number; sign?: 'always' } = {},
): string {
  const exact = typeof value === 'string' ? dec(value) : value
  const rounded = options.decimals === undefined ? exact : roundToPlaces(exact, options.decimals)
  const places = rounded.decimalPlaces()
  const format = numberFormat(
    lang,
    options.minDecimals ?? Math.min(places, options.decimals ?? places),
    options.decimals ?? Math.max(places, 0),
    options.sign === 'always' ? 'exceptZero' : 'negative',
  )
  // A decimal string keeps every digit; a JavaScript number would not.
  return format.format(toDecimalString(rounded) as `${number}`)
}

// Creating an Intl.NumberFormat costs far more than using one, and a screen formats hundreds of
// figures on every switch: keep one per combination of options.
const formats = new Map<string, Intl.NumberFormat>()

function numberFormat(
  lang: Lang,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
  signDisplay: 'exceptZero' | 'negative',
): Intl.NumberFormat {
  const key = `${lang}/${minimumFractionDigits}/${maximumFractionDigits}/${signDisplay}`
  const known = formats.get(key)
  if (known) return known
  const format = new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits,
    maximumFractionDigits,
    signDisplay,
  })
  formats.set(key, format)
  return format
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
