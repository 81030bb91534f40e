/** The baseline: municipality, plan years, target, units, accounts, grants and the rest. */
export function BaselineEditor() {
  return null
}
