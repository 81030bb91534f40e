import { useScenario } from '../../../state/store'
import { itemsOf, textOf } from './draftChoices'
import { newMeasure } from './newMeasure'
import { useMeasureText } from './useMeasureText'

/**
 * The model's measures by id and title: choose one to edit, add one with an id of its own, move
 * one up or down, remove one (undo brings it back).
 */
export function MeasureList({
  measures,
  chosen,
  choose,
}: {
  measures: unknown
  chosen: number
  choose: (index: number) => void
}) {
  const t = useMeasureText()
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  const items = itemsOf(measures)
  const edit = (change: (list: unknown[], file: Record<string, unknown>) => void) => {
    changeModel((file) => {
      if (!Array.isArray(file.measures)) file.measures = []
      change(file.measures as unknown[], file)
    })
    seal()
  }
  const move = (from: number, to: number) => {
    edit((list) => list.splice(to, 0, ...list.splice(from, 1)))
    choose(to)
  }
  return (
    <section className="me-list" aria-labelledby="me-list-heading">
      <h3 id="me-list-heading">{t.listHeading}</h3>
      {items.length === 0 && <p>{t.none}</p>}
      <ul>
        {items.map((measure, i) => {
          const id = textOf(measure, 'id')
          const title = textOf(measure, 'title')
          return (
            <li key={i}>
              <button
                type="button"
                className="me-list__choose"
                aria-pressed={i === chosen}
                aria-label={t.edit(id, title)}
                onClick={() => choose(i)}
              >
                <strong>{id}</strong> {title}
              </button>
              <button
                type="button"
                aria-label={t.moveUp(id)}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t.moveDown(id)}
                disabled={i === items.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => {
                  edit((list) => list.splice(i, 1))
                  choose(Math.max(0, i < chosen ? chosen - 1 : Math.min(chosen, items.length - 2)))
                }}
              >
                {t.remove(id)}
              </button>
            </li>
          )
        })}
      </ul>
      <button
        type="button"
        className="primary"
        onClick={() => {
          edit((list, file) => list.push(newMeasure(file, t.template)))
          choose(items.length)
        }}
      >
        {t.add}
      </button>
    </section>
  )
}
