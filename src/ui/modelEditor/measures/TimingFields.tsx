import { useScenario } from '../../../state/store'
import { useModelField } from '../useModelField'
import { ChoiceField } from './ChoiceField'
import { DecimalField } from './DecimalField'
import { usePlanYears } from './draftChoices'
import { useMeasureText } from './useMeasureText'

/**
 * When a measure works: its first year and month (from August, 5/12 of the year's effect), its
 * last year if it is time-limited, and a phase-in of shares for its first full years.
 */
export function TimingFields({ measureIndex }: { measureIndex: number }) {
  const t = useMeasureText().timing
  const at = ['measures', measureIndex, 'timing'] as const
  const years = usePlanYears()
  const phaseIn = useModelField([...at, 'phaseIn'])
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  const shares = Array.isArray(phaseIn.value) ? phaseIn.value : []
  const edit = (change: (shares: unknown[]) => void) => {
    changeModel((file) => {
      const measure = (file.measures as Record<string, unknown>[])[measureIndex]
      if (!measure) return
      const timing = (measure.timing ??= {}) as Record<string, unknown>
      const list = Array.isArray(timing.phaseIn) ? (timing.phaseIn as unknown[]) : []
      change(list)
      if (list.length === 0) delete timing.phaseIn
      else timing.phaseIn = list
    })
    seal()
  }
  return (
    <fieldset className="me-group">
      <legend>{t.heading}</legend>
      <ChoiceField
        path={[...at, 'firstYear']}
        label={t.firstYear}
        choices={years}
        none={t.firstPlanYear}
      />
      <ChoiceField
        path={[...at, 'firstMonth']}
        label={t.firstMonth}
        choices={t.months.map((name, i) => ({ value: i + 1, label: name }))}
        none={t.wholeYear}
      />
      <ChoiceField
        path={[...at, 'lastYear']}
        label={t.lastYear}
        choices={years}
        none={t.noLastYear}
      />
      <fieldset className="me-group" id={`${at.join('-')}-phase-in`}>
        <legend>{t.phaseIn}</legend>
        <p className="hint">{t.phaseInHint}</p>
        {shares.map((_, i) => (
          <div key={i} className="me-row">
            <DecimalField
              path={[...at, 'phaseIn', i]}
              label={t.phaseInAt(i + 1)}
              percent
              unit="%"
            />
            <button type="button" onClick={() => edit((list) => list.splice(i, 1))}>
              {t.removePhase(i + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => edit((list) => list.push(shares.length === 0 ? '0.5' : '1'))}
        >
          {t.addPhase}
        </button>
      </fieldset>
    </fieldset>
  )
}
