import { memo } from 'react'
import { useAfterPaint } from '../../state/derived/afterPaint'
import type { ValidModel } from '../../model/load/validModel'
import type { Measure } from '../../model/schema/measure'
import { useThemeNet } from '../../state/derived/measureSlices'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { MeasureItem } from './MeasureItem'

/**
 * What the chosen measures of a theme give this year: re-renders only when that sum moves, after
 * the headline.
 */
function ThemeTotal({ theme, year }: { theme: string; year: number }) {
  const t = useText()
  const f = useFormat()
  const net = useAfterPaint(useThemeNet(theme, year))
  if (!net) return null
  return <span className="theme-total">{t.measures.themeChosen(f.amountWithUnit(net))}</span>
}

/** The measures shown, by theme; each item follows its own state, so a switch leaves this be. */
export const MeasureList = memo(function MeasureList({
  model,
  measures,
  year,
}: {
  model: ValidModel
  measures: readonly Measure[]
  year: number
}) {
  return model.themes.map((theme) => {
    const inTheme = measures.filter((m) => m.theme === theme.id)
    if (inTheme.length === 0) return null
    return (
      <section key={theme.id} className="theme" aria-labelledby={`theme-${theme.id}`}>
        <h3 id={`theme-${theme.id}`}>
          {theme.title}
          <ThemeTotal theme={theme.id} year={year} />
        </h3>
        <ul className="measures">
          {inTheme.map((measure) => (
            <MeasureItem key={measure.id} model={model} measure={measure} year={year} />
          ))}
        </ul>
      </section>
    )
  })
})
