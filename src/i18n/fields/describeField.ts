import type { Path } from '../../model/problems'
import type { Lang } from '../lang'
import { anyInputLabel, extraFieldLabels, inputLabel } from '../driverWords'
import type { FieldNode, Scope } from './fieldNode'
import type { FieldWords } from './fieldWords'
import { fieldsEn } from './fields.en'
import { fieldsNb } from './fields.nb'
import { assumptionName, measureRef, type InputLabel } from './measureFields'
import { modelFields } from './modelFields'
import { child, shortName } from './readFile'
import { scenarioFields } from './scenarioFields'

export const FIELD_WORDS: Record<Lang, FieldWords> = { nb: fieldsNb, en: fieldsEn }

/** Which file a path points into. */
export type FileKind = 'model' | 'scenario'

export interface DescribeOptions {
  /** The parsed model file, valid or not: measures, tables and lines are named by their titles. */
  model?: unknown
  /** The file the path points into; a scenario's paths are named with the help of `model`. */
  file?: FileKind
}

const trees = new Map<string, FieldNode>()

/** An input's name from its driver's kind, or from any kind that has it when the kind is unknown. */
const inputLabelIn = (input: string, lang: Lang, kind?: string): string | undefined =>
  kind === undefined ? anyInputLabel(input, lang) : inputLabel(kind, input, lang)

function treeFor(lang: Lang, file: FileKind): FieldNode {
  const key = `${lang}/${file}`
  const known = trees.get(key)
  if (known) return known
  const labels: InputLabel = (input, kind) => inputLabelIn(input, lang, kind)
  const tree =
    file === 'model'
      ? modelFields(FIELD_WORDS[lang], labels, extraFieldLabels(lang))
      : scenarioFields(FIELD_WORDS[lang], labels)
  trees.set(key, tree)
  return tree
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Where a path points in a model or scenario file, in words a person reads: "Regnskapstabellen
 * «Flyktningenheten, netto driftsutgifter», sum for 2012", "Tiltak D «Slå sammen bokollektiv
 * enslige mindreårige», refusjonssats". Things are named by title and id where the file gives
 * them, by position ("nr. 4") where not, and fields the schema does not know by their own name.
 * Reads the file defensively and never throws.
 */
export function describeField(path: Path, lang: Lang, options: DescribeOptions = {}): string {
  const words = FIELD_WORDS[lang]
  const file = options.file ?? 'model'
  if (path.length === 0)
    return capitalise(file === 'model' ? words.file.model : words.file.scenario)
  const root = file === 'model' ? options.model : undefined
  const [first = '', second] = path
  const firstValue = child(root, first)
  const scope: Scope = {
    model: options.model,
    top: Array.isArray(firstValue) && second !== undefined ? child(firstValue, second) : firstValue,
  }
  const phrases: string[] = []
  let node: FieldNode | undefined = treeFor(lang, file)
  let value: unknown = root
  path.forEach((part, i) => {
    const next = path[i + 1]
    const inner = child(value, part)
    const field =
      typeof part === 'string' && node?.fields && Object.hasOwn(node.fields, part)
        ? node.fields[part]
        : undefined
    if (node?.item && typeof part === 'number') {
      const { item } = node
      const alone = Array.isArray(value) && value.length === 1
      if (!(item.quietWhenOnly && alone && next !== undefined)) {
        phrases.push(item.name(inner, part, scope))
      }
      node = item.node
    } else if (node?.entry) {
      phrases.push(node.entry.name(shortName(String(part)) ?? String(part), scope))
      node = node.entry.node
    } else if (field) {
      // A list or map says nothing of itself when the path goes on to one of its items, nor does
      // a field that only groups others ("timing").
      const named = field.named?.(inner, scope)
      const inside =
        (field.node.item && typeof next === 'number') ||
        (field.node.entry && next !== undefined) ||
        (field.through && typeof next === 'string' && Object.hasOwn(field.node.fields ?? {}, next))
      if (named !== undefined) phrases.push(named)
      else if (!inside) phrases.push(field.word)
      node = field.node
    } else {
      phrases.push(
        typeof part === 'number' ? words.position(part + 1) : words.field(shortName(part) ?? part),
      )
      node = undefined
    }
    value = inner
  })
  return capitalise(phrases.join(', '))
}

/** A measure in a sentence: "E «Øke bosetting enslige mindreårige»", or "E" where unknown. */
export function describeMeasure(id: string, lang: Lang, model?: unknown): string {
  return measureRef(FIELD_WORDS[lang], id, model)
}

/**
 * The assumption an override key names, in words: "«Refusjonssats» i tiltak D «Slå sammen …»".
 * A key that is not measure.driver.input comes back quoted as it is.
 */
export function describeAssumption(key: string, lang: Lang, model?: unknown): string {
  const words = FIELD_WORDS[lang]
  const labels: InputLabel = (input, kind) => inputLabelIn(input, lang, kind)
  return assumptionName(words, labels, key, model) ?? words.quote(shortName(key) ?? key)
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The path as written for people who edit files: measures[3].drivers[0].inputs.refundRate */
export function pathText(path: Path): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`
      if (!IDENTIFIER.test(part)) return `[${JSON.stringify(part)}]`
      return i === 0 ? part : `.${part}`
    })
    .join('')
}
