/** A JSON object of a model draft, which may be an immer draft. */
export type DraftObject = Record<string, unknown>

/** Whether a draft value is a JSON object (not a list, not null). */
export const isObject = (value: unknown): value is DraftObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The objects of a list in a draft, skipping anything else a broken file may hold. */
export const objectsIn = (value: unknown): DraftObject[] =>
  Array.isArray(value) ? value.filter(isObject) : []

/** The object at a place of a list in a draft, if that is one. */
export const itemAt = (list: unknown, index: number): DraftObject | undefined => {
  const item: unknown = Array.isArray(list) ? list[index] : undefined
  return isObject(item) ? item : undefined
}

/** A field of a draft object, only as its own property: ids from files may be `constructor`. */
export const fieldOf = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined

/** How many objects of a list have this id. */
export const countId = (list: unknown, id: string): number =>
  objectsIn(list).filter((item) => item.id === id).length

/** A record with the key `from` renamed `to`, in place, keeping the order of the keys. */
export function renameKey(owner: DraftObject, field: string, from: string, to: string): void {
  const record = fieldOf(owner, field)
  if (!isObject(record) || !Object.hasOwn(record, from)) return
  owner[field] = Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => key !== to)
      .map(([key, value]) => [key === from ? to : key, value]),
  )
}

/** Replaces `from` by `to` in a list of ids, in place. */
export function renameIn(owner: DraftObject, field: string, from: string, to: string): void {
  const ids = fieldOf(owner, field)
  if (!Array.isArray(ids)) return
  for (let i = 0; i < ids.length; i++) if (ids[i] === from) ids[i] = to
}
