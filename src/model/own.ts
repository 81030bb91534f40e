/**
 * The value a record holds under `key` as its own property, never one it inherits. Ids come from
 * files and may be `constructor` or `toString`, which every plain object seems to "have".
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}
