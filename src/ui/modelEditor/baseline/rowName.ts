/** A row's name for the words that remove it: the first of these fields that holds text. */
export const rowName =
  (...keys: readonly string[]) =>
  (row: unknown): string => {
    if (typeof row !== 'object' || row === null) return typeof row === 'number' ? String(row) : ''
    for (const key of keys) {
      const value: unknown = Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : ''
      if (typeof value === 'string' && value.trim() !== '') return value
    }
    return ''
  }
