import type { Measure } from '../../model/schema/measure'
import type { MeasureFilter } from '../../state/viewSlice'

const fold = (text: string) =>
  text
    .toLocaleLowerCase('nb')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * The measures a filter and a search let through: by status or by being chosen, then by id, title
 * or description.
 */
export function filterMeasures(
  measures: readonly Measure[],
  filter: MeasureFilter,
  search: string,
  chosen: ReadonlySet<string>,
): Measure[] {
  const words = fold(search).split(/\s+/).filter(Boolean)
  return measures.filter((measure) => {
    if (
      filter === 'chosen' ? !chosen.has(measure.id) : filter !== 'all' && measure.status !== filter
    )
      return false
    const text = fold(`${measure.id} ${measure.title} ${measure.description}`)
    return words.every((word) => text.includes(word))
  })
}
