import { useScenario } from '../../../state/store'
import type { Choice } from './ChoiceField'

type Item = Record<string, unknown>

/** The objects of a list in the draft, skipping anything else a broken file may hold. */
export const itemsOf = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.filter((v): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v))
    : []

export const textOf = (item: unknown, key: string): string => {
  const value =
    typeof item === 'object' && item !== null && Object.hasOwn(item, key)
      ? (item as Item)[key]
      : undefined
  return typeof value === 'string' ? value : ''
}

/**
 * A list of the draft as choices: its items' `key` as value, labelled by `label`. Items that share
 * a value are one choice naming them all: a KOSTRA function renamed over the years is one function.
 */
export function choicesOf(list: unknown, key: string, label: (item: Item) => string): Choice[] {
  const labels = new Map<string, string[]>()
  for (const item of itemsOf(list)) {
    const value = item[key]
    if (typeof value !== 'string') continue
    const named = labels.get(value) ?? []
    if (!named.includes(label(item))) named.push(label(item))
    labels.set(value, named)
  }
  return [...labels].map(([value, named]) => ({ value, label: named.join(' / ') }))
}

/** A top-level part of the draft; the same object until that part changes. */
export function useDraftPart(key: string): unknown {
  return useScenario((s) => {
    const file = s.modelEdit?.file
    return file && Object.hasOwn(file, key) ? file[key] : undefined
  })
}

/** The draft's plan years, as choices. */
export function usePlanYears(): Choice[] {
  const years = useDraftPart('planYears')
  return Array.isArray(years)
    ? years
        .filter((y): y is number => typeof y === 'number')
        .map((y) => ({ value: y, label: String(y) }))
    : []
}

/** An id not yet in the list: `prefix` followed by the first number free. */
export function freshId(list: unknown, prefix: string): string {
  const taken = new Set(itemsOf(list).map((item) => item.id))
  let n = 1
  while (taken.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

/** The model's measures to choose among, each named by its id and title. */
export const useMeasureChoices = (): Choice[] =>
  choicesOf(useDraftPart('measures'), 'id', (m) => `${textOf(m, 'id')} ${textOf(m, 'title')}`)
