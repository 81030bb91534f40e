import { describe, expect, it } from 'vitest'
import { Exit, runEvaluate } from '../../src/cli/runEvaluate'
import { plainText } from '../../src/i18n/numbers'
import { VESTVAGOY_PATH } from '../builders/model'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runEvaluate(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

interface UncertaintyJson {
  probability: { lasting: string; byYear: Record<string, string> }
  samples: number
  seed: number
  standardError: string
  fan: { lasting: { p10: string; p50: string; p90: string } }
  standardErrorByYear: Record<string, string>
  ranges: Record<string, { low: string; high: string; from: string }>
  spread: { measure: string; share: string }[]
}

const DECIMAL = /^-?\d+(\.\d+)?$/

describe('npm run evaluate -- --uncertainty', () => {
  it('prints the JSON the issue describes, as decimal strings, the same for the same seed', async () => {
    const args = [VESTVAGOY_PATH, '--package', 'recommended', '--uncertainty', '--json']
    const first = await run(...args, '--samples', '4000', '--seed', '9')
    expect(first.code).toBe(Exit.ok)
    const json = JSON.parse(first.out) as UncertaintyJson
    expect(json).toMatchObject({ method: 'simulation', samples: 4000, seed: 9 })
    expect(Object.keys(json.standardErrorByYear)).toEqual(['2015', '2016', '2017', '2018'])
    for (const value of Object.values(json.standardErrorByYear)) expect(value).toMatch(DECIMAL)
    // Each measure's range as the draws used it, and where it came from.
    expect(json.ranges['A']).toEqual({ low: '0.9', high: '1.1', from: 'level' })
    expect(json.ranges['I']).toMatchObject({ low: '0.75', from: 'potential' })
    expect(Object.keys(json.probability.byYear)).toEqual(['2015', '2016', '2017', '2018'])
    for (const value of [
      json.probability.lasting,
      ...Object.values(json.probability.byYear),
      json.standardError,
      ...Object.values(json.fan.lasting),
    ])
      expect(value).toMatch(DECIMAL)
    // E is time-limited: the plan years, with it, are likelier to reach 6,5 mill. than the lasting.
    expect(Number(json.probability.byYear['2015'])).toBeGreaterThan(
      Number(json.probability.lasting),
    )
    // The shares of the spread add up to the whole, largest first.
    const shares = json.spread.map((s) => Number(s.share))
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    expect([...shares].sort((a, b) => b - a)).toEqual(shares)
    expect((await run(...args, '--samples', '4000', '--seed', '9')).out).toBe(first.out)
    expect((await run(...args, '--samples', '4000', '--seed', '10')).out).not.toBe(first.out)
  })

  it('says in words how likely the target is and where the uncertainty lies, and exits 0 when unlikely', async () => {
    const { code, out } = await run(VESTVAGOY_PATH, '--uncertainty', '--samples', '2000')
    expect(code).toBe(Exit.ok)
    const text = plainText(out)
    expect(text).toContain('2 000 trekk med frø 1')
    expect(text).toMatch(
      /Målet nås varig med \d+ % sannsynlighet; det meste av usikkerheten ligger i \w+(, \w+)?( og \w+)?\./,
    )
    const english = await run(VESTVAGOY_PATH, '--uncertainty', '--samples', '2000', '--lang', 'en')
    expect(plainText(english.out)).toMatch(/The lasting target is reached with a \d+ % chance/)
  })

  it('refuses a count of draws or a seed that is not a whole number in range, saying which', async () => {
    for (const [option, value] of [
      ['--samples', '0'],
      ['--samples', '1e5'],
      ['--samples', '10000001'],
      ['--seed', '-1'],
      ['--seed', '4294967296'],
    ] as const) {
      const { code, out, err } = await run(VESTVAGOY_PATH, '--uncertainty', `${option}=${value}`)
      expect(code).toBe(Exit.badInput)
      expect(out).toBe('')
      expect(err).toContain(`${option} må være et helt tall`)
      expect(err).toContain(`«${value}»`)
    }
  })
})
