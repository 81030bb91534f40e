import type { Path, Problem } from '../model/problems'
import type { Lang } from './lang'
import { formatDecimal } from './numbers'
import type { ProblemFormat, ProblemMessages } from './problemMessages'
import { problemsEn } from './problems.en'
import { problemsNb } from './problems.nb'

const MESSAGES: Record<Lang, ProblemMessages> = { nb: problemsNb, en: problemsEn }

/** "measures[3].drivers[0].inputs.refundRate" */
function pathText(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('')
}

/** The id of the top-level item a path is inside, read from the file as written, if it has one. */
function enclosingId(path: Path, file: unknown): string | undefined {
  const [collection, index] = path
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined
  const list = (file as Record<string, unknown> | null)?.[collection]
  const item = Array.isArray(list) ? (list[index] as unknown) : undefined
  const id = (item as { id?: unknown } | undefined)?.id
  return typeof id === 'string' ? id : undefined
}

/**
 * A problem as one readable sentence in the user's language. `file` is the parsed file the
 * problem is about, if any: it lets a path name the measure it is in ("tiltak D").
 */
export function problemText(problem: Problem, lang: Lang, file?: unknown): string {
  const messages = MESSAGES[lang]
  const format: ProblemFormat = {
    at: (path) => {
      if (path.length === 0) return messages.root
      const id = enclosingId(path, file)
      const collection = path[0] as keyof ProblemMessages['within']
      const within = Object.hasOwn(messages.within, collection)
        ? messages.within[collection]
        : undefined
      return id && within ? `${pathText(path)} (${within} ${id})` : pathText(path)
    },
    number: (value) => formatDecimal(value, lang),
    list: (values) =>
      new Intl.ListFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { type: 'conjunction' }).format(
        values.map(String),
      ),
  }
  const message = messages[problem.code] as (p: Problem, f: ProblemFormat) => string
  return message(problem, format)
}
