/**
 * Counts the renders of every component by name, from React's own report of each commit (the
 * hook React DevTools uses). Imported by the setup before React DOM loads; costs nothing until a
 * test starts counting.
 */

interface Fiber {
  tag: number
  flags: number
  type: unknown
  child: Fiber | null
  sibling: Fiber | null
}

// React's fiber tags of components that run code of their own: function, class, forwardRef and
// simple memo. A memo with its own comparison (tag 14) has its function as a child fiber.
const COMPONENT_TAGS = new Set([0, 1, 11, 15])
// React sets this flag on a fiber whose component ran in the render being committed.
const PERFORMED_WORK = 1

let root: Fiber | null = null
let previous: Set<Fiber> | null = null
const counts = new Map<string, number>()

// The component's function (a memo's inner one), or a forwardRef's render function.
function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } }
  return type.displayName ?? type.name ?? type.render?.name ?? '(anonymous)'
}

function fibers(from: Fiber | null, into: Set<Fiber> = new Set()): Set<Fiber> {
  for (let fiber = from; fiber; fiber = fiber.sibling) {
    into.add(fiber)
    fibers(fiber.child, into)
  }
  return into
}

// A fiber in the tree that was not in it at the last commit is one React worked on; it ran
// its component if it says so (a fiber cloned past an unchanged component does not).
function commit(current: Fiber): void {
  root = current
  if (!previous) return
  const now = fibers(current)
  for (const fiber of now) {
    if (previous.has(fiber) || !COMPONENT_TAGS.has(fiber.tag)) continue
    if ((fiber.flags & PERFORMED_WORK) === 0) continue
    const name = nameOf(fiber)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  previous = now
}

Object.assign(globalThis, {
  __REACT_DEVTOOLS_GLOBAL_HOOK__: {
    supportsFiber: true,
    inject: () => 1,
    onCommitFiberRoot: (_: number, fiberRoot: { current: Fiber }) => commit(fiberRoot.current),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  },
})

/** Starts counting afresh from the screen as it is now. */
export function countRenders(): void {
  counts.clear()
  previous = root ? fibers(root) : new Set()
}

/** How often each component has rendered since counting started, by name. */
export function renderCounts(): ReadonlyMap<string, number> {
  return counts
}

/** Stops counting. */
export function stopCounting(): void {
  previous = null
  counts.clear()
}
