import './measures/measures.css'
import { useEffect, useState } from 'react'
import { fieldId } from './fieldId'
import { itemsOf, textOf, useDraftPart } from './measures/draftChoices'
import { MeasureForm } from './measures/MeasureForm'
import { MeasureList } from './measures/MeasureList'
import { PackagesEditor } from './measures/PackagesEditor'
import { RulesEditor } from './measures/RulesEditor'

/** The element id of a measure's fields starts so: a link to one of them opens that measure. */
const measureOfHash = (hash: string): number | null => {
  const match = new RegExp(`^#${fieldId(['measures'])}-(\\d+)(-|$)`).exec(hash)
  return match ? Number(match[1]) : null
}

/** The model's measures, each with its drivers, timing, rules and a preview of its effect. */
export function MeasuresEditor() {
  const measures = useDraftPart('measures')
  const [chosen, setChosen] = useState(0)
  // A problem's link to a field of another measure opens that measure, then goes to the field.
  useEffect(() => {
    const follow = () => {
      const index = measureOfHash(window.location.hash)
      if (index === null) return
      setChosen(index)
      const target = window.location.hash.slice(1)
      requestAnimationFrame(() => document.getElementById(target)?.focus())
    }
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [])
  const items = itemsOf(measures)
  const index = Math.min(chosen, items.length - 1)
  const measure = items[index]
  return (
    <div className="measures-editor">
      <MeasureList measures={measures} chosen={index} choose={setChosen} />
      {measure && <MeasureForm key={index} measureIndex={index} id={textOf(measure, 'id')} />}
      <RulesEditor />
      <PackagesEditor />
    </div>
  )
}
