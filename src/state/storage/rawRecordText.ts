/**
 * A stored record as JSON text for the user to download when it cannot be read. IndexedDB can hold
 * what JSON cannot (undefined, bigint, Map, cycles, deep nesting), so those are written in words
 * and nothing throws: the point is to hand over whatever is there.
 */
export function rawRecordText(raw: unknown): string {
  const seen = new WeakSet<object>()
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value === 'bigint') return `${value.toString()} (bigint)`
    if (value === undefined) return '(undefined)'
    if (typeof value === 'function' || typeof value === 'symbol') return `(${typeof value})`
    if (typeof value !== 'object' || value === null) return value
    if (seen.has(value)) return '(cycle)'
    seen.add(value)
    if (value instanceof Map) return Object.fromEntries(value)
    if (value instanceof Set) return [...value]
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>)
    return value
  }
  try {
    return `${JSON.stringify(raw, replacer, 2)}\n`
  } catch {
    // Too deep for JSON.stringify: say so rather than fail to hand anything over.
    return '"(the record is nested too deeply to be written out as JSON)"\n'
  }
}
