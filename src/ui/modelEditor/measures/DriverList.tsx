import { useState } from 'react'
import { kindTitle } from '../../../i18n/driverWords'
import { driverKinds } from '../../../model/drivers/registry'
import { own } from '../../../model/own'
import { useScenario } from '../../../state/store'
import { useLang } from '../../useText'
import { fieldId } from '../fieldId'
import { DriverFields } from './DriverFields'
import { itemsOf } from './draftChoices'
import { FieldProblem, problemId } from './FieldProblem'
import { newDriver } from './newDriver'
import { useFieldProblem } from './useFieldProblem'
import { useMeasureText } from './useMeasureText'

const FIRST_KIND = Object.keys(driverKinds)[0] ?? ''

/** A measure's drivers, and a new one of any registered kind. */
export function DriverList({ measureIndex }: { measureIndex: number }) {
  const t = useMeasureText()
  const lang = useLang()
  const path = ['measures', measureIndex, 'drivers'] as const
  const count = useScenario((s) => {
    const measure = itemsOf(s.modelEdit?.file.measures)[measureIndex]
    return Array.isArray(measure?.drivers) ? measure.drivers.length : 0
  })
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  const problem = useFieldProblem(path)
  const [kind, setKind] = useState(FIRST_KIND)
  const add = () => {
    const declared = own(driverKinds, kind)
    if (!declared) return
    changeModel((file) => {
      const measure = itemsOf(file.measures)[measureIndex]
      if (!measure) return
      if (!Array.isArray(measure.drivers)) measure.drivers = []
      const drivers = measure.drivers as unknown[]
      drivers.push(newDriver(declared, file, drivers))
    })
    seal()
  }
  return (
    <section className="me-drivers" aria-labelledby="me-drivers-heading">
      <h3 id="me-drivers-heading">{t.drivers.heading}</h3>
      {Array.from({ length: count }, (_, d) => (
        <DriverFields key={d} measureIndex={measureIndex} index={d} />
      ))}
      <div className="me-field me-add">
        <label htmlFor={fieldId(path)}>{t.drivers.kind}</label>
        <select
          id={fieldId(path)}
          value={kind}
          aria-describedby={problemId(path)}
          onChange={(event) => setKind(event.target.value)}
        >
          {Object.keys(driverKinds).map((name) => (
            <option key={name} value={name}>
              {kindTitle(name, lang)}
            </option>
          ))}
        </select>
        <button type="button" onClick={add}>
          {t.drivers.add}
        </button>
        <FieldProblem path={path} text={problem} />
      </div>
    </section>
  )
}
