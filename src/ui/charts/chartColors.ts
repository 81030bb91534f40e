/** Each colour means one thing in every chart and its legend; all reach 3:1 against white. */
export const COLORS = {
  saving: '#1f5f99',
  cost: '#9a2a1c',
  reached: '#1d6b3a',
  short: '#b45309',
  target: '#1b1f24',
  before: '#6b7480',
  after: '#1f5f99',
} as const

/** A saving measured against its target: green once it reaches it, amber while it is short. */
export const againstTarget = (saving: number, target: number) =>
  saving >= target ? COLORS.reached : COLORS.short
