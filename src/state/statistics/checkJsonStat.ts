import type { StatisticsProblem } from '../../i18n/model/statistics'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value)

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined

/** How many categories a dimension's `category.index` lists (an array of ids or ids → positions). */
function categoryCount(dimension: unknown): number | null {
  if (!isRecord(dimension)) return null
  const category = own(dimension, 'category')
  if (!isRecord(category)) return null
  const index = own(category, 'index')
  if (Array.isArray(index)) return index.length
  if (isRecord(index)) return Object.keys(index).length
  // A dimension of one category may give only its label.
  const label = own(category, 'label')
  return isRecord(label) && Object.keys(label).length === 1 ? 1 : null
}

/**
 * Whether a parsed JSON value is a JSON-stat 2 dataset whose parts agree: dimensions named in `id`
 * exist with as many categories as `size` says, and `value` has one entry per cell (or is a
 * sparse object). jsonstat-toolkit reads such a dataset without checking any of this, and throws
 * type errors on what it cannot read, so it is only given what passes.
 */
export function checkJsonStat(json: unknown): StatisticsProblem | null {
  if (!isRecord(json)) return { code: 'notJsonStat' }
  const kind = own(json, 'class')
  if (kind === 'collection' || kind === 'bundle') return { code: 'jsonStatCollection' }
  if (kind !== 'dataset') return { code: 'notJsonStat' }
  const ids = own(json, 'id')
  const sizes = own(json, 'size')
  const dimensions = own(json, 'dimension')
  if (
    !isList(ids) ||
    !isList(sizes) ||
    !isRecord(dimensions) ||
    ids.length !== sizes.length ||
    !sizes.every((size) => typeof size === 'number' && Number.isInteger(size) && size >= 0)
  ) {
    return { code: 'notJsonStat' }
  }
  for (const [i, id] of ids.entries()) {
    if (typeof id !== 'string') return { code: 'notJsonStat' }
    const count = categoryCount(own(dimensions, id))
    if (count === null || count === 0) return { code: 'badDimension', dimension: id }
    const expected = Number(sizes[i])
    if (count !== expected) return { code: 'dimensionSize', dimension: id, expected, found: count }
  }
  const cells = sizes.reduce<number>((product, size) => product * Number(size), 1)
  const values = own(json, 'value')
  if (Array.isArray(values)) {
    if (values.length !== cells)
      return { code: 'valueCount', expected: cells, found: values.length }
  } else if (!isRecord(values)) return { code: 'valueCount', expected: cells, found: 0 }
  return null
}
