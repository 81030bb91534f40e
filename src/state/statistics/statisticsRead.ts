import type { StatisticsProblem } from '../../i18n/model/statistics'

/** A statistics file read, or the first reason it cannot be. */
export type StatisticsRead<T> = { ok: true; table: T } | { ok: false; problem: StatisticsProblem }
