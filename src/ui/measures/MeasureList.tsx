import { memo } from 'react'
import type { ValidModel } from '../../model/load/validModel'
import type { Measure } from '../../model/schema/measure'
import { useThemeNet } from '../../state/derived/measureSlices'
import { useFormat } from '../useFormat'
import { useGrowingCount } from '../useGrowingCount'
import { useText } from '../useText'
import { MeasureItem } from './MeasureItem'

/**
 * What the chosen measures of a theme give this year: re-renders only when that sum moves, after
 * the headline.
 */
function ThemeTotal({ theme, year }: { theme: string; year: number }) {
  const t = useText()
  const f = useFormat()
  const net = useThemeNet(theme, year)
  if (!net) return null
  return <span className="theme-total">{t.measures.themeChosen(f.amountWithUnit(net))}</span>
}

/** The first `count` of the measures, theme by theme in the model's order. */
function renderedByTheme(model: ValidModel, measures: readonly Measure[], count: number) {
  const byTheme = new Map<string, Measure[]>()
  let left = count
  for (const theme of model.themes) {
    if (left <= 0) break
    const inTheme = measures.filter((m) => m.theme === theme.id).slice(0, left)
    if (inTheme.length > 0) byTheme.set(theme.id, inTheme)
    left -= inTheme.length
  }
  return byTheme
}

/**
 * The measures shown, by theme; each item follows its own state, so a switch leaves this be. A
 * long list is rendered a screenful first and the rest after the paint (useGrowingCount).
 */
export const MeasureList = memo(function MeasureList({
  model,
  measures,
  year,
}: {
  model: ValidModel
  measures: readonly Measure[]
  year: number
}) {
  const count = useGrowingCount(measures.length, model)
  const byTheme = renderedByTheme(model, measures, count)
  return model.themes.map((theme) => {
    const rendered = byTheme.get(theme.id)
    if (!rendered) return null
    return (
      <section key={theme.id} className="theme" aria-labelledby={`theme-${theme.id}`}>
        <h3 id={`theme-${theme.id}`}>
          {theme.title}
          <ThemeTotal theme={theme.id} year={year} />
        </h3>
        <ul className="measures">
          {rendered.map((measure) => (
            <MeasureItem key={measure.id} model={model} measure={measure} year={year} />
          ))}
        </ul>
      </section>
    )
  })
})
