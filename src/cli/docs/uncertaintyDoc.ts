import { UncertaintyLevel } from '../../model/schema/measure'
import { LEVEL_RANGES } from '../../model/uncertainty/effectRange'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../model/uncertainty/simulate'

const percent = (factor: string) => {
  const change = Math.round((Number(factor) - 1) * 100)
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)} %`
}

/** docs/uncertainty.md: how the chance of reaching the target is worked out, from the code's own figures. */
export function uncertaintyDoc(): string {
  const rows = UncertaintyLevel.map((level) => {
    const { low, high } = LEVEL_RANGES[level]
    return `| \`${level}\` | ${percent(low)} | ${percent(high)} | ${low}–${high} |`
  })
  return `# How sure is the saving?

<!-- Written by \`npm run docs\` from src/cli/docs/uncertaintyDoc.ts and the ranges in src/model/uncertainty; edit there. -->

The app's results ("Hvor sikkert er det?") and \`npm run evaluate -- model.json --uncertainty
[--samples N] [--seed S]\` tell how likely a selection is to reach the target, in each plan year
and lasting, and which measures carry the risk. In the app it is worked out in a worker after each
change, never on the page's own thread: a switch shows its new headline at once, and the chance
follows.

## Each measure's range

Every counted measure has a least, an expected and a most effect. The expected one is the effect
the engine computes. The others are factors on it, taken from the first of these that applies:

1. \`uncertainty.range\` in the model file: a low and a high full-year effect in NOK, written like
   the measure's net change (negative = saving), in either order. A range that leaves the expected
   effect out is widened to it.
2. A driver that tells the realistic effect from the potential (\`percentOfBase\`): the potential
   is the most, and the least comes from the uncertainty level.
3. The uncertainty level:

| level | least | most | factors |
| ----- | ----- | ---- | ------- |
${rows.join('\n')}

A high uncertainty is the source's "possible reduction": it may bring none of it.

## The chance of reaching the target

Each measure's factor is drawn from a triangular distribution on its range that peaks at the
expected effect (factor 1). A saving is reached in a draw when the draw's saving is at least the
target (a plan year's own requirement, or the lasting target). The chance is the share of draws
that reach it; its standard error, √(p(1 − p)/n), is printed beside it.

- **Seeded.** The same selection, overrides, number of draws and seed always give the same figure
  (defaults: ${DEFAULT_SAMPLES.toLocaleString('en-GB')} draws, seed ${DEFAULT_SEED}). In the app a large model gets
  fewer draws, as many as keep the worker's answer near a tenth of a second (a model of a thousand
  measures over ten years some 900); the screen gives the number and the larger standard error.
- **Independent measures.** Each measure is drawn on its own: one that falls short says nothing
  about another. Measures that rest on the same assumption (two that depend on the same grant
  scheme, say) may in truth move together, which would widen the spread.
- **Every year alike.** A measure that falls short does so by the same factor in every year.
- **Exact expected figures, estimated spread.** The draws are summed in floating point from the
  engine's exact figures; that error, below a krone, is far inside the estimate's own.

## Which measures carry the risk

Each measure's share of the spread is its share of the variance of the lasting saving. With
independent measures the variances add up, so the shares are worked out exactly, not drawn: a
triangular distribution on [a, b] peaking at 1 has the variance (a² + b² + 1 − ab − a − b) / 18,
times the square of the measure's lasting effect. The text names the fewest measures, at most
three, that hold half of it.
`
}
