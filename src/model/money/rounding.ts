import { Dec, type Dec as DecType } from './decimal'

/**
 * The one rounding policy for showing figures: to the nearest step, halves away from zero, the way
 * Norwegian budget documents round (-0,95 mill. is shown as -1,0 mill.). Computations never round.
 */
const DISPLAY_ROUNDING = Dec.ROUND_HALF_UP

export function roundToStep(value: DecType, step: DecType): DecType {
  return value.dividedBy(step).toDecimalPlaces(0, DISPLAY_ROUNDING).times(step)
}

/** `value` rounded for display to `places` decimals, under the display policy. */
export function roundToPlaces(value: DecType, places: number): DecType {
  return value.toDecimalPlaces(places, DISPLAY_ROUNDING)
}

/** True when a figure printed with the given step is what the exact value rounds to. */
export function agreesAtStep(exact: DecType, printed: DecType, step: DecType): boolean {
  return roundToStep(exact, step).equals(printed)
}
