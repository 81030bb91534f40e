import type { Dec } from '../../model/money/decimal'
import type { UiMessages } from '../../i18n/uiMessages'

/** What is left to the target, in words: short of it, over it, or on it. */
export function gapText(t: UiMessages, gap: Dec, amount: (value: Dec) => string): string {
  if (gap.isZero()) return t.headline.onTarget
  return gap.isNeg() ? t.headline.surplus(amount(gap.negated())) : t.headline.gap(amount(gap))
}
