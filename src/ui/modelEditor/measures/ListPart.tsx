import type { ReactNode } from 'react'
import { useScenario } from '../../../state/store'
import { itemsOf } from './draftChoices'

/**
 * An optional list of the model (rules, packages, household cases): its items, each with a remove button, and the
 * buttons that add one. The list is left out of the file when its last item goes.
 */
export function ListPart({
  name,
  heading,
  level: Heading = 'h3',
  intro,
  items,
  item,
  remove,
  adds,
}: {
  name: 'rules' | 'packages' | 'households'
  heading: string
  /** The heading's level where the list sits: a part of its own in the baseline is an h2. */
  level?: 'h2' | 'h3'
  intro?: string
  items: unknown
  item: (value: Record<string, unknown>, index: number) => ReactNode
  remove: (index: number) => string
  adds: { label: string; make: (list: unknown) => Record<string, unknown> }[]
}) {
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  const edit = (change: (list: unknown[]) => void) => {
    changeModel((file) => {
      const list = Array.isArray(file[name]) ? (file[name] as unknown[]) : []
      change(list)
      if (list.length === 0) delete file[name]
      else file[name] = list
    })
    seal()
  }
  const headingId = `me-${name}-heading`
  return (
    <section className={`me-${name}`} aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {intro && <p className="hint">{intro}</p>}
      {itemsOf(items).map((value, i) => (
        <div key={i} className="me-group">
          {item(value, i)}
          <button type="button" onClick={() => edit((list) => list.splice(i, 1))}>
            {remove(i + 1)}
          </button>
        </div>
      ))}
      <div className="buttons">
        {adds.map((add) => (
          <button
            key={add.label}
            type="button"
            onClick={() => edit((list) => list.push(add.make(list)))}
          >
            {add.label}
          </button>
        ))}
      </div>
    </section>
  )
}
