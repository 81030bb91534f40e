/**
 * CI replays one fixed seed so a red run can be repeated; locally every run explores new cases.
 * Mutation testing reruns a test for every mutant it covers, so there a property gets a twentieth
 * of its runs (at least ten): enough to kill a mutant, few enough to test four thousand of them.
 */
export const propertyRuns = (numRuns: number) => ({
  numRuns: process.env['MUTATION'] ? Math.max(10, Math.ceil(numRuns / 20)) : numRuns,
  ...(process.env['CI'] ? { seed: 20141001 } : {}),
})
