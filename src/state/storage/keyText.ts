/** A stored key as text; the app's records have string keys, but a damaged store may hold any. */
export const keyText = (key: IDBValidKey): string =>
  typeof key === 'string' || typeof key === 'number'
    ? String(key)
    : key instanceof Date
      ? key.toISOString()
      : Array.isArray(key)
        ? `[${key.map(keyText).join(', ')}]`
        : '(binary key)'
