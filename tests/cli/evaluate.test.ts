import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { Exit, runEvaluate } from '../../src/cli/runEvaluate'
import { plainText } from '../../src/i18n/numbers'
import { VESTVAGOY_PATH, vestvagoyJson, vestvagoyText } from '../builders/model'
import { BUILT_IN_NAMES, builtInRenaming, ID_KINDS, renameIds } from '../builders/renameIds'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runEvaluate(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const tempFile = (name: string, text: string | Uint8Array) => {
  const path = join(mkdtempSync(join(tmpdir(), 'omstilling-')), name)
  writeFileSync(path, text)
  return path
}

interface JsonResult {
  target: string
  years: { year: number; netChange: string; staffYearsChange: string }[]
  measures: { id: string; byYear: Record<string, string> }[]
  problems: { code: string; severity: string; message: string }[]
}

describe('npm run evaluate', () => {
  it('prints the JSON the issue describes for the recommended package', async () => {
    const { code, out } = await run(VESTVAGOY_PATH, '--package', 'recommended', '--json')
    expect(code).toBe(Exit.ok)
    const json = JSON.parse(out) as JsonResult
    expect(json.target).toBe('6500000')
    expect(json.years.map((y) => [y.year, y.netChange, y.staffYearsChange])).toEqual([
      [2015, '-6700000', '-7.2'],
      [2016, '-6700000', '-7.2'],
      [2017, '-6700000', '-7.2'],
      [2018, '-6300000', '-7.2'],
    ])
    expect(json.measures.find((m) => m.id === 'A')?.byYear).toEqual({
      '2015': '-750000',
      '2016': '-750000',
      '2017': '-750000',
      '2018': '-750000',
    })
    expect(json.problems.map((p) => p.code)).toContain('targetMetOnlyWhileTemporary')
    const mismatches = json.problems.filter((p) => p.code === 'reportedMismatch')
    expect(mismatches).toHaveLength(10)
    // The JSON carries the path as data; the message says where in words.
    expect(mismatches[2]?.message).toBe(
      'Regnskapstabellen «Flyktningenheten, netto driftsutgifter», sum for 2012: rapporten oppgir ' +
        '-7 924 000 kr, men linjene summerer til -7 982 000 kr (differanse -58 000 kr). Tabell i 2.6. ' +
        'Overskriften sier «beløp i 100 kr», men tallene er i 1000 kr. De trykte totalene stemmer ' +
        'ikke med linjene, som summerer til -4 039, -7 982 og -8 927.',
    )
    for (const problem of json.problems) {
      expect(problem.severity).toBe('warning')
      expect(problem.message.length).toBeGreaterThan(20)
    }
    // Decimal strings in JSON, never the display characters of Norwegian formatting (notes are
    // the model file's own prose, copied as written).
    const withoutNotes = JSON.stringify(json, (key, value: unknown) =>
      key === 'note' ? undefined : value,
    )
    expect(withoutNotes).not.toMatch(/[\u00a0\u2212]/)
  })

  it('evaluates a chosen list of measures', async () => {
    const json = JSON.parse(
      (await run(VESTVAGOY_PATH, '--measures', 'A,B1,D', '--json')).out,
    ) as JsonResult
    expect(json.years[0]?.netChange).toBe('-2400000')
    expect(json.measures.map((m) => m.id)).toEqual(['A', 'B1', 'D'])
  })

  it('applies overridden assumptions', async () => {
    const { out } = await run(
      VESTVAGOY_PATH,
      '--measures',
      'D',
      '--set',
      'D.groupHomes.refundRate=0.5',
      '--json',
    )
    expect((JSON.parse(out) as JsonResult).years[0]?.netChange).toBe('-2500000')
  })

  it('prints a readable table in 1000 kr by default', async () => {
    const { code, out } = await run(VESTVAGOY_PATH)
    expect(code).toBe(Exit.ok)
    const normal = out.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-')
    expect(normal).toContain('Arbeidsgruppas anbefaling (15 tiltak)')
    expect(normal).toMatch(/^Sum\s+-6 700\s+-6 700\s+-6 700\s+-6 300\s+-6 300\s+-7,2$/m)
    expect(normal).toContain(
      'Målet nås i 2015, 2016 og 2017 bare så lenge tidsbegrensede tiltak varer',
    )
  })

  it('names each data warning in words, then the field as the file writes it', async () => {
    const { out } = await run(VESTVAGOY_PATH)
    const notes = plainText(out)
      .split('\n')
      .filter((line) => line.startsWith('- '))
    expect(notes).toContain(
      '- Regnskapstabellen «Flyktningenheten, netto driftsutgifter», sum for 2012 ' +
        '(accounts[1].reportedTotals["2012"]): rapporten oppgir -7 924 000 kr, men linjene ' +
        'summerer til -7 982 000 kr (differanse -58 000 kr). Tabell i 2.6. Overskriften sier ' +
        '«beløp i 100 kr», men tallene er i 1000 kr. De trykte totalene stemmer ikke med linjene, ' +
        'som summerer til -4 039, -7 982 og -8 927.',
    )
    expect(notes).toContain(
      '- Husholdningseksempelet «Eksempel 2: Enslig 28 år», disponibelt under ordningen ' +
        '«Introduksjonsstønad» (households[1].reportedDisposable.intro): rapporten oppgir ' +
        '5 983 kr per måned, men linjene summerer til 5 982,40 kr per måned (differanse ' +
        '-0,60 kr per måned). Tabell i 2.7 («Case 2»), kroner per måned. Rapporten stryker ørene i ' +
        'skattetrekket: 2 945 i stedet for 2 945,60, så disponibelt blir 5 983 der det nøyaktig ' +
        'er 5 982,40.',
    )
  })

  it('speaks English when asked', async () => {
    const { out } = await run(VESTVAGOY_PATH, '--lang', 'en')
    expect(out).toContain('NOK 1000 per year')
    expect(out.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-')).toMatch(/^Total\s+-6,700/m)
  })

  it.each([
    [
      ['--measures', 'B1,B2'],
      Exit.refused,
      'B1 «Reduksjon bemanning flyktning (1 åv)» og B2 «Reduksjon bemanning flyktning (3,0 åv)» ' +
        'kan ikke velges sammen: B1, B2 og B3 er alternativer, velg bare ett.',
    ],
    [
      ['--measures', 'E'],
      Exit.refused,
      'E «Øke bosetting enslige mindreårige» krever D «Slå sammen bokollektiv enslige mindreårige»: ' +
        'Kapasiteten',
    ],
    [['--measures', 'A,Q9'], Exit.badInput, 'Ukjent tiltak: Q9.'],
    [['--package', 'nope'], Exit.badInput, 'Ukjent pakke: «nope».'],
    [
      ['--set', 'D.groupHomes.refundRate=80', '--measures', 'D'],
      Exit.badInput,
      'Antakelsen «Refusjonssats» i tiltak D «Slå sammen bokollektiv enslige mindreårige» ' +
        '(D.groupHomes.refundRate): må være mellom 0 % og 100 % (fant "80")',
    ],
    [
      ['--measures', 'A', '--package', 'recommended'],
      Exit.badInput,
      'Bruk enten --measures eller --package',
    ],
    [['--frobnicate'], Exit.badInput, 'Ugyldige argumenter'],
  ])('%j exits %i with one clear line', async (args, exit, line) => {
    const { code, out, err } = await run(VESTVAGOY_PATH, ...args)
    expect(code).toBe(exit)
    expect(out).toBe('')
    expect(err.split('\n')).toHaveLength(1)
    expect(plainText(err)).toContain(line)
  })

  it('prints the JSON of a refused selection with the measures that break a rule counted nowhere', async () => {
    const { code, out } = await run(VESTVAGOY_PATH, '--measures', 'A,B1,B2,E', '--json')
    expect(code).toBe(Exit.refused)
    const json = JSON.parse(out) as JsonResult & { excluded: string[]; selection: string[] }
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: 'alternativesChosenTogether', severity: 'error' }),
    )
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: 'requirementMissing', severity: 'error' }),
    )
    expect(json.selection).toEqual(['A'])
    expect([...json.excluded].sort()).toEqual(['B1', 'B2', 'E'])
    expect(json.years.map((y) => y.netChange)).toEqual(['-750000', '-750000', '-750000', '-750000'])
  })

  it.each([
    [
      'a missing file',
      () => '/nonexistent/model.json',
      'Finner ikke filen «/nonexistent/model.json».',
    ],
    [
      'a file that is not JSON',
      () => tempFile('bad.json', '{"format": '),
      'bad.json: Filen er ikke gyldig JSON: feil på linje 1, kolonne 12.',
    ],
    [
      'an invalid model',
      () => {
        const json = vestvagoyJson() as {
          measures: { drivers: { inputs: Record<string, string> }[] }[]
        }
        json.measures[3]!.drivers[0]!.inputs['refundRate'] = '1.8'
        return tempFile('invalid.json', JSON.stringify(json))
      },
      'invalid.json: Tiltak D «Slå sammen bokollektiv enslige mindreårige», refusjonssats ' +
        '(measures[3].drivers[0].inputs.refundRate): må være mellom 0 % og 100 % (fant "1.8")',
    ],
  ])('refuses %s with the path and what is wrong', async (_, file, line) => {
    const { code, out, err } = await run(file())
    expect(code).toBe(Exit.badInput)
    expect(out).toBe('')
    expect(err.split('\n')).toHaveLength(1)
    expect(plainText(err)).toContain(line)
  })

  it('runs as the README says, with no stack trace on bad input', async () => {
    const exec = promisify(execFile)
    const ok = await exec('npm', ['run', '--silent', 'evaluate', '--', VESTVAGOY_PATH, '--json'])
    expect((JSON.parse(ok.stdout) as JsonResult).years[0]?.netChange).toBe('-6700000')
    const failed = await exec('npm', [
      'run',
      '--silent',
      'evaluate',
      '--',
      VESTVAGOY_PATH,
      '--measures',
      'E',
    ]).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect('code' in failed && failed.code).toBe(Exit.refused)
    expect(failed.stderr).toContain('E «Øke bosetting enslige mindreårige» krever D')
    expect(failed.stderr).not.toMatch(/\s+at .*:\d+:\d+/)
  }, 30_000)

  // The decimals of an exact result: 100 persons more, a rate change of -0.333333333333 on an
  // affected base with 12 decimals. Intl on Node 20 cannot show more than 20 fraction digits.
  const MANY_DECIMALS = [
    '--measures',
    'D,E,J',
    '--set',
    'E.settlement.settledChange=100',
    '--set',
    'J.waiting.rateChange=-0.333333333333',
    '--set',
    'J.waiting.affectedBase=1000000.000000000001',
  ]

  it('shows a result with many decimals exactly, in both languages', async () => {
    for (const lang of ['nb', 'en']) {
      const { code, out, err } = await run(VESTVAGOY_PATH, ...MANY_DECIMALS, '--lang', lang)
      expect(err).toBe('')
      expect(code).toBe(Exit.ok)
      expect(plainText(out)).toContain(
        lang === 'nb'
          ? '5 166 666,666666999999666666666667 kr'
          : 'NOK 5,166,666.666666999999666666666667',
      )
    }
    const json = await run(VESTVAGOY_PATH, ...MANY_DECIMALS, '--json')
    expect(json.code).toBe(Exit.ok)
    const gap = (JSON.parse(json.out) as { lasting: { gap: string } }).lasting.gap
    expect(gap.split('.')[1]?.length).toBeGreaterThan(20)
  })

  const bom = () => tempFile('bom.json', `\uFEFF${vestvagoyText()}`)
  // "Vestvågøy" on the model's title line, saved in Latin-1: "å" is the single byte E5.
  const latin1 = () => {
    const text = vestvagoyText()
    const at = text.indexOf('Vestvågøy')
    const bytes = new TextEncoder().encode(text.slice(0, at))
    return tempFile('latin1.json', new Uint8Array([...bytes, ...Buffer.from('Vestv'), 0xe5]))
  }
  const latin1Line = vestvagoyText().slice(0, vestvagoyText().indexOf('Vestvågøy')).split('\n')
  const renamed = () => {
    const json = vestvagoyJson()
    const names = Object.fromEntries(ID_KINDS.map((kind) => [kind, BUILT_IN_NAMES]))
    return tempFile(
      'renamed.json',
      JSON.stringify(renameIds(json, builtInRenaming(json, names).rename)),
    )
  }

  it('reads a model file that starts with a byte-order mark, and one whose ids are constructor, toString…', async () => {
    const expected = (await run(VESTVAGOY_PATH, '--json')).out
    const years = (out: string) =>
      (JSON.parse(out) as JsonResult).years.map((y) => [y.year, y.netChange, y.staffYearsChange])
    for (const file of [bom(), renamed()]) {
      const { code, out, err } = await run(file, '--json')
      expect(err).toBe('')
      expect(code).toBe(Exit.ok)
      expect(years(out)).toEqual(years(expected))
    }
    const table = await run(renamed(), '--measures', 'constructor,toString')
    expect(table.code).toBe(Exit.ok)
    expect(table.out).toMatch(/^constructor/m)
  })

  it.each([
    [
      'a file nested 100 000 deep',
      () => tempFile('deep.json', '['.repeat(100_000)),
      'deep.json: Filen har lister og objekter inne i hverandre i mer enn 64 nivåer (linje 1, kolonne 65).',
    ],
    [
      'a file of more than 5 000 000 characters',
      () => tempFile('long.json', `{"a": "${'x'.repeat(5_000_000)}"}`),
      'long.json: Filen er for stor (5\u00a0000\u00a0009 tegn; grensen er 5\u00a0000\u00a0000).',
    ],
    [
      'a file too large to read at all',
      () => tempFile('huge.json', new Uint8Array(16_000_000).fill(0x20)),
      'huge.json» er for stor til å være en modellfil',
    ],
    ['a device that never ends', () => '/dev/zero', '«/dev/zero» er for stor'],
    ['a directory', () => tmpdir(), 'EISDIR'],
    [
      'a file not saved as UTF-8',
      latin1,
      `latin1.json: Filen er ikke lagret som UTF-8: ugyldige byte på linje ${latin1Line.length}, kolonne ${latin1Line.at(-1)!.length + 6}.`,
    ],
  ])('refuses %s with one line, never a crash', async (_, file, line) => {
    const { code, out, err } = await run(file())
    expect(code).toBe(Exit.badInput)
    expect(out).toBe('')
    expect(err.split('\n')).toHaveLength(1)
    expect(err).toContain(line)
  })

  it.each([
    [
      ['--set', 'D.groupHomes.constructor=1'],
      '(D.groupHomes.constructor): skriv tiltak.driver.input',
    ],
    [['--set', 'D.groupHomes.toString=0.5'], '(D.groupHomes.toString): skriv tiltak.driver.input'],
    [['--set', '__proto__=1'], 'Ukjent antakelse «__proto__»'],
    [
      ['--set', 'D.groupHomes.refundRate=0.5', '--set', 'D.groupHomes.refundRate=0.6'],
      '--set D.groupHomes.refundRate er gitt to ganger med ulike verdier (0.5 og 0.6); gi den én gang.',
    ],
  ])('refuses %j with one line', async (args, line) => {
    const { code, out, err } = await run(VESTVAGOY_PATH, '--measures', 'D', ...args)
    expect(code).toBe(Exit.badInput)
    expect(out).toBe('')
    expect(err.split('\n')).toHaveLength(1)
    expect(err).toContain(line)
  })

  it('accepts the same --set twice, and -0 as a rate', async () => {
    const twice = ['--set', 'D.groupHomes.refundRate=0.5', '--set', 'D.groupHomes.refundRate=0.5']
    const { code, out } = await run(VESTVAGOY_PATH, '--measures', 'D', ...twice, '--json')
    expect(code).toBe(Exit.ok)
    expect((JSON.parse(out) as JsonResult).years[0]?.netChange).toBe('-2500000')
    const zero = await run(VESTVAGOY_PATH, '--measures', 'D', '--set', 'D.groupHomes.refundRate=-0')
    expect(zero.code).toBe(Exit.ok)
  })

  it('prints many decimals through the real command, where it used to exit 70', async () => {
    const exec = promisify(execFile)
    const result = await exec('npm', [
      'run',
      '--silent',
      'evaluate',
      '--',
      VESTVAGOY_PATH,
      ...MANY_DECIMALS,
    ])
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Sum')
  }, 30_000)
})
