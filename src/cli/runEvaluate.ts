import { parseArgs } from 'node:util'
import { evaluate } from '../model/engine/evaluate'
import { decodeUtf8 } from '../model/load/decodeUtf8'
import { parseJson } from '../model/load/parseJson'
import { MAX_MODEL_CHARACTERS, validateModel, type ModelLoad } from '../model/load/validateModel'
import { isError, type Problem } from '../model/problems'
import { cliMessages } from '../i18n/cli'
import { isLang, Lang } from '../i18n/lang'
import { problemText } from '../i18n/problemText'
import { formatDecimal } from '../i18n/numbers'
import { DEFAULT_SAMPLES, DEFAULT_SEED, simulate } from '../model/uncertainty/simulate'
import { spreadShares } from '../model/uncertainty/spreadShares'
import { evaluationJson } from './evaluationJson'
import { readAtMost } from './readAtMost'
import { evaluationTable } from './table'
import { uncertaintyText } from './uncertaintyReport'
import { uncertaintyJson } from '../model/uncertainty/uncertaintyJson'

export interface Io {
  out(text: string): void
  err(text: string): void
}

/** Exit codes: 0 accepted, 1 a selection the rules refuse, 2 a problem with the input. */
export const Exit = { ok: 0, refused: 1, badInput: 2 } as const

/**
 * UTF-8 takes at most three bytes per UTF-16 code unit (and three for a byte-order mark): a file
 * with more bytes than this has more characters than any model may, and is refused unread.
 */
const MAX_MODEL_BYTES = 3 * MAX_MODEL_CHARACTERS + 3

const MAX_SAMPLES = 10_000_000
const MAX_SEED = 2 ** 32 - 1

/** An option's whole number from `least` to `most`, its default when not given, or else null. */
function wholeNumber(
  given: string | undefined,
  fallback: number,
  least: number,
  most: number,
): number | null {
  if (given === undefined) return fallback
  if (!/^\d{1,10}$/.test(given)) return null
  const value = Number(given)
  return value >= least && value <= most ? value : null
}

function languageOf(argv: readonly string[]): Lang {
  const index = argv.indexOf('--lang')
  const value = index >= 0 ? argv[index + 1] : undefined
  return value !== undefined && isLang(value) ? value : Lang.nb
}

/** `npm run evaluate -- <model.json> …`: evaluates a model file and prints a table or JSON. */
export async function runEvaluate(argv: readonly string[], io: Io): Promise<number> {
  const lang = languageOf(argv)
  const words = cliMessages[lang]
  let args
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        measures: { type: 'string' },
        package: { type: 'string' },
        set: { type: 'string', multiple: true },
        uncertainty: { type: 'boolean' },
        samples: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    io.err(words.badArguments(error instanceof Error ? error.message : String(error)))
    return Exit.badInput
  }
  const { values, positionals } = args
  if (values.help) {
    io.out(words.usage)
    return Exit.ok
  }
  const [file, ...extra] = positionals
  if (
    file === undefined ||
    extra.length > 0 ||
    (values.lang !== undefined && !isLang(values.lang))
  ) {
    io.err(words.usage)
    return Exit.badInput
  }
  if (values.measures !== undefined && values.package !== undefined) {
    io.err(words.measuresAndPackage)
    return Exit.badInput
  }
  const samples = wholeNumber(values.samples, DEFAULT_SAMPLES, 1, MAX_SAMPLES)
  const seed = wholeNumber(values.seed, DEFAULT_SEED, 0, MAX_SEED)
  if (samples === null || seed === null) {
    const [option, given, least, most] =
      samples === null
        ? ['--samples', values.samples, 1, MAX_SAMPLES]
        : ['--seed', values.seed, 0, MAX_SEED]
    const [from, to] = [least, most].map((n) => formatDecimal(String(n), lang))
    io.err(words.badCount(option, given ?? '', from ?? '', to ?? ''))
    return Exit.badInput
  }

  let bytes: Uint8Array | null
  try {
    bytes = await readAtMost(file, MAX_MODEL_BYTES)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.err(
      code === 'ENOENT'
        ? words.fileMissing(file)
        : words.fileUnreadable(file, code ?? String(error)),
    )
    return Exit.badInput
  }
  if (bytes === null) {
    io.err(words.fileTooLarge(file, MAX_MODEL_CHARACTERS))
    return Exit.badInput
  }
  const decoded = decodeUtf8(bytes)
  const parsed = decoded.ok ? parseJson(decoded.text, MAX_MODEL_CHARACTERS) : decoded
  const loaded: ModelLoad = parsed.ok
    ? validateModel(parsed.value)
    : { ok: false, problems: [parsed.problem] }
  if (!loaded.ok) {
    const raw = parsed.ok ? parsed.value : undefined
    for (const problem of loaded.problems) {
      io.err(`${file}: ${problemText(problem, lang, { model: raw, paths: true })}`)
    }
    return Exit.badInput
  }
  const { model } = loaded

  const packages = model.packages ?? []
  const chosenPackage =
    values.package !== undefined
      ? packages.find((p) => p.id === values.package)
      : values.measures === undefined
        ? packages[0]
        : undefined
  if (values.package !== undefined && !chosenPackage) {
    io.err(problemText({ code: 'unknownPackage', id: values.package }, lang))
    return Exit.badInput
  }
  const selection =
    values.measures !== undefined
      ? values.measures
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '')
      : (chosenPackage?.measures ??
        model.measures.filter((m) => m.status === 'recommended').map((m) => m.id))
  const overrides = new Map<string, string>()
  for (const pair of values.set ?? []) {
    const at = pair.indexOf('=')
    const [key, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
    const earlier = overrides.get(key)
    if (earlier !== undefined && earlier !== value) {
      io.err(words.setTwice(key, earlier, value))
      return Exit.badInput
    }
    overrides.set(key, value)
  }

  const evaluation = evaluate(model, selection, Object.fromEntries(overrides))
  const problems: Problem[] = [...loaded.warnings, ...evaluation.problems]
  const errors = evaluation.problems.filter(isError)
  const badInput = errors.some(
    (p) => p.code === 'unknownMeasure' || p.code === 'unknownOverride' || p.code === 'badOverride',
  )

  if (values.uncertainty && errors.length === 0) {
    const simulation = simulate(model, evaluation, { samples, seed })
    const shares = spreadShares(evaluation, simulation.ranges)
    io.out(
      values.json
        ? JSON.stringify(uncertaintyJson(evaluation, simulation, shares), null, 2)
        : uncertaintyText(model, evaluation, simulation, shares, lang),
    )
  } else if (values.json) {
    io.out(JSON.stringify(evaluationJson(model, evaluation, problems, lang), null, 2))
  } else if (errors.length === 0) {
    const title = chosenPackage?.title ?? selection.join(', ')
    io.out(evaluationTable(model, evaluation, title, lang))
    const notes = problems.map((p) => `- ${problemText(p, lang, { model, paths: true })}`)
    if (notes.length > 0) io.out(`\n${words.heading.notes}:\n${notes.join('\n')}`)
  }
  for (const problem of errors) io.err(problemText(problem, lang, { model, paths: true }))
  return errors.length === 0 ? Exit.ok : badInput ? Exit.badInput : Exit.refused
}
