import { parseArgs } from 'node:util'
import { evaluate } from '../model/engine/evaluate'
import { decodeUtf8 } from '../model/load/decodeUtf8'
import { parseJson } from '../model/load/parseJson'
import { MAX_MODEL_CHARACTERS, validateModel, type ModelLoad } from '../model/load/validateModel'
import { isError, type Problem } from '../model/problems'
import { cliMessages } from '../i18n/cli'
import { isLang, Lang } from '../i18n/lang'
import { problemText } from '../i18n/problemText'
import { evaluationJson } from './evaluationJson'
import { readAtMost } from './readAtMost'
import { evaluationTable } from './table'

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

  if (values.json) {
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
