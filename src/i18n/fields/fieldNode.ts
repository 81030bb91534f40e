import type { FieldWords } from './fieldWords'

/** What naming functions may read besides the item itself: the model, and what the path is in. */
export interface Scope {
  /** The parsed model (possibly invalid), also for a scenario whose fields refer to it. */
  model: unknown
  /** The top-level item a model-file path is inside: a measure, a household, the partnership… */
  top: unknown
}

/** One named field of an object: its words, and what is inside it. */
export interface Field {
  word: string
  /** Says nothing of itself when the path goes on inside it ("timing" in "timing.lastYear"). */
  through?: true
  /** Names the field by its content, e.g. the partnership by its name. */
  named?: (value: unknown, scope: Scope) => string
  node: FieldNode
}

/** A position in the file: an object with fields, a list of items, or a map of keys to values. */
export interface FieldNode {
  fields?: Readonly<Record<string, Field>>
  item?: {
    name: (item: unknown, index: number, scope: Scope) => string
    /** Leave the item unnamed when the path goes on inside it and the list has just one. */
    quietWhenOnly?: true
    node: FieldNode
  }
  entry?: { name: (key: string, scope: Scope) => string; node: FieldNode }
}

export const LEAF: FieldNode = {}

export const field = (word: string, node: FieldNode = LEAF, extra: Partial<Field> = {}): Field => ({
  word,
  node,
  ...extra,
})

export const fields = (shape: Record<string, Field>): FieldNode => ({ fields: shape })

export const items = (
  name: NonNullable<FieldNode['item']>['name'],
  node: FieldNode = LEAF,
  options: { quietWhenOnly?: true } = {},
): FieldNode => ({ item: { name, node, ...options } })

export const entries = (
  name: NonNullable<FieldNode['entry']>['name'],
  node: FieldNode = LEAF,
): FieldNode => ({ entry: { name, node } })

type CommonWords = FieldWords['common']
type CommonField = {
  [K in keyof CommonWords]: CommonWords[K] extends string ? K : never
}[keyof CommonWords]

/** Fields named the same wherever they are: "id", "title", "note"… */
export const commonFields = (words: FieldWords, ...names: CommonField[]): Record<string, Field> =>
  Object.fromEntries(names.map((name) => [name, field(words.common[name])]))
