import type { Json } from './model'

/** A small deterministic random source, so a seed always gives the same model. */
function random(seed: number) {
  let state = seed >>> 0 || 1
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T }
}

const FUNCTIONS = ['213', '232', '242', '252', '275', '276', '281', '850'] as const

/**
 * A synthetic model with many measures of every driver kind, time-limited, part-year and one-off
 * effects among them: for benchmarks and property tests, never for figures anyone reads.
 */
export function generatedModel({
  measures,
  years,
  seed = 1,
}: {
  measures: number
  years: number
  seed?: number
}): Json {
  const r = random(seed)
  const firstYear = 2025
  const planYears = Array.from({ length: years }, (_, i) => firstYear + i)
  const units = Array.from({ length: 20 }, (_, i) => ({
    id: `unit${i}`,
    name: `Enhet ${i}`,
    teams: [{ id: 'team', name: 'Team', staffYears: String(r.int(2, 40)) }],
  }))
  const amount = (max: number) => String(r.int(-max, max) * 1000 + r.int(0, 99))
  const driver = (kind: number, id: string, m: number): Json => {
    const unit = r.pick(units).id
    const fn = r.pick(FUNCTIONS)
    switch (kind % 6) {
      case 0:
        return {
          id,
          kind: 'staffYears',
          unit,
          function: fn,
          inputs: {
            staffYearsChange: `${r.int(-30, 30) / 10}`,
            costPerStaffYear: String(r.int(500, 900) * 1000),
          },
        }
      case 1:
        return {
          id,
          kind: 'refundedSpending',
          unit,
          function: fn,
          inputs: {
            grossChange: amount(5000),
            refundRate: `0.${r.int(0, 99)}`,
            staffYearsChange: `${r.int(-50, 0) / 10}`,
          },
        }
      case 2:
        return {
          id,
          kind: 'settlement',
          function: fn,
          incomeFunction: '850',
          inputs: {
            settledChange: String(r.int(-5, 5)),
            grantPerPerson: String(r.int(100, 400) * 1000),
            ownSharePerPerson: String(r.int(0, 100) * 1000),
          },
        }
      case 3: {
        const base = r.int(1000, 9000) * 1000
        return {
          id,
          kind: 'percentOfBase',
          function: fn,
          inputs: {
            base: String(base),
            rateChange: `-0.${r.int(1, 30)}`,
            affectedBase: String(Math.floor(base * r.next())),
          },
        }
      }
      case 4:
        return m % 7 === 0
          ? {
              id,
              kind: 'oneOff',
              function: fn,
              side: 'expenditure',
              inputs: { amount: amount(800), year: String(r.pick(planYears)) },
            }
          : {
              id,
              kind: 'fixedAmount',
              function: fn,
              side: r.pick(['expenditure', 'income']),
              inputs: { amount: amount(2000) },
            }
      default:
        return {
          id,
          kind: 'noMonetaryEffect',
          reasonCode: 'hardToEstimate',
          reason: 'Vanskelig å anslå',
          inputs: {},
        }
    }
  }
  const timing = (): Json | undefined => {
    const roll = r.int(0, 5)
    if (roll === 0) return { firstYear: r.pick(planYears), firstMonth: r.int(1, 12) }
    if (roll === 2)
      return { firstYear: r.pick(planYears), phaseIn: [`0.${r.int(1, 9)}`, `0.${r.int(5, 9)}`] }
    if (roll === 1) {
      const start = r.int(0, years - 1)
      return { firstYear: planYears[start], lastYear: planYears[r.int(start, years - 1)] }
    }
    return undefined
  }
  return {
    format: 'omstilling.model',
    schemaVersion: 2,
    id: `generated-${measures}x${years}`,
    version: String(seed),
    title: `Generert modell, ${measures} tiltak over ${years} år`,
    source: { title: 'Generert', publisher: 'Testdata', year: firstYear - 1 },
    municipality: { name: 'Testkommune' },
    baseYear: firstYear - 1,
    planYears,
    target: { lasting: String(r.int(1, 100) * 100000), text: 'Varig innsparing' },
    kostraFunctions: FUNCTIONS.map((code) => ({ code, name: `Funksjon ${code}` })),
    themes: Array.from({ length: 5 }, (_, i) => ({ id: `theme${i}`, title: `Tema ${i}` })),
    units,
    measures: Array.from({ length: measures }, (_, m) => {
      const t = timing()
      return {
        id: `M${m}`,
        title: `Tiltak ${m}`,
        description: 'Generert tiltak',
        status: r.next() < 0.7 ? 'recommended' : 'considered',
        theme: `theme${r.int(0, 4)}`,
        units: [],
        consequences: {
          users: { level: 'minor', summary: 'Liten' },
          staff: { level: 'minor', summary: 'Liten' },
        },
        uncertainty: { level: r.pick(['low', 'medium', 'high']), text: 'Anslag' },
        ...(t && { timing: t }),
        drivers: Array.from({ length: r.int(1, 3) }, (_, d) => driver(r.int(0, 5), `d${d}`, m)),
      }
    }),
  }
}
