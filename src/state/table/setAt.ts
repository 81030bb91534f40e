import type { ModelPath } from './tableColumn'

type Node = Record<string | number, unknown>

/**
 * Writes `value` at `path` inside `root` (an immer draft or a plain object), making missing
 * objects on the way; `undefined` removes the place. An empty path cannot be written.
 */
export function setAt(root: object, path: ModelPath, value: unknown): void {
  let node = root as Node
  for (const part of path.slice(0, -1)) {
    const next = node[part]
    if (typeof next !== 'object' || next === null) node[part] = {}
    node = node[part] as Node
  }
  const last = path.at(-1)
  if (last === undefined) return
  if (value === undefined) delete node[last]
  else node[last] = value
}

/** The value at `path` inside `root`, or undefined where there is none. */
export function valueAt(root: unknown, path: ModelPath): unknown {
  return path.reduce<unknown>(
    (node, part) =>
      typeof node === 'object' && node !== null && Object.hasOwn(node, part)
        ? (node as Node)[part]
        : undefined,
    root,
  )
}
