/**
 * A stored record as JSON text for the user to download when it cannot be read. IndexedDB can hold
 * what JSON cannot (undefined, bigint, Map, cycles, deep nesting), so those are written in words
 * and nothing throws: the point is to hand over whatever is there.
 */
export function rawRecordText(raw: unknown): string {
  // The objects being written out, outermost first: only one of these met again is a cycle; an
  // object met twice side by side (IndexedDB keeps shared references) is written out twice.
  const open: { value: object; written: unknown }[] = []
  const inside = new Set<object>()
  function replacer(this: unknown, _key: string, value: unknown): unknown {
    // JSON.stringify asks with the object being written as `this`: the ones after it are done.
    while (open.length > 0 && open.at(-1)?.written !== this) inside.delete(open.pop()!.value)
    if (typeof value === 'bigint') return `${value.toString()} (bigint)`
    if (value === undefined) return '(undefined)'
    if (typeof value === 'function' || typeof value === 'symbol') return `(${typeof value})`
    if (typeof value !== 'object' || value === null) return value
    if (inside.has(value)) return '(cycle)'
    const written: unknown =
      value instanceof Map
        ? Object.fromEntries(value)
        : value instanceof Set
          ? [...value]
          : ArrayBuffer.isView(value)
            ? Array.from(value as unknown as ArrayLike<number>)
            : value
    open.push({ value, written })
    inside.add(value)
    return written
  }
  try {
    return `${JSON.stringify(raw, replacer, 2)}\n`
  } catch {
    // Too deep for JSON.stringify: say so rather than fail to hand anything over.
    return '"(the record is nested too deeply to be written out as JSON)"\n'
  }
}
