/** One bar: where it starts and ends on the value axis, the value written on it, and its colour. */
export interface ChartBar {
  from: number
  to: number
  /** Signed as the chart's convention says: savings positive. */
  value: number
  color: string
}

export interface ChartRow {
  label: string
  /** One bar per series, in the series' order. */
  bars: readonly ChartBar[]
  /** The target this row is measured against, where it has one: shown in the table. */
  target?: number
}

/**
 * What a chart shows, as plain numbers in the chosen unit: drawn by recharts, and written out as
 * a table for keyboard and screen-reader users and for anyone who wants the figures.
 */
export interface ChartSpec {
  /** Columns stand on a horizontal category axis; bars lie along a vertical one. */
  layout: 'columns' | 'bars'
  /** The heading of the category column in the table: year, measure, unit. */
  category: string
  series: readonly string[]
  rows: readonly ChartRow[]
  /** The dashed target line and its name. */
  target?: { value: number; name: string }
  /** A value as written on its bar and in the table. */
  format: (value: number) => string
  /** An axis tick, as short as it can be. */
  tick: (value: number) => string
}

/** A bar from zero to its value. */
export const barOf = (value: number, color: string): ChartBar => ({
  from: 0,
  to: value,
  value,
  color,
})
