import type { Evaluation, MeasureResult } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import type { Problem } from '../../model/problems'
import { useChangedInputs } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { FunctionChart } from '../charts/FunctionChart'
import { NetByYearChart } from '../charts/NetByYearChart'
import { StaffYearsChart } from '../charts/StaffYearsChart'
import { WaterfallChart } from '../charts/WaterfallChart'
import { RESULTS_ID } from '../meeting/ResultsSummary'
import { PanelBoundary } from '../PanelBoundary'
import { ScenarioFacts } from '../trust/ScenarioFacts'
import { useText } from '../useText'
import { Headline } from './Headline'
import { HouseholdCases } from './HouseholdCases'
import { PartnershipSplit } from './PartnershipSplit'
import { Table51 } from './Table51'
import { Warnings } from './Warnings'

/** Every result of the selection, for the chosen plan year and for good. */
export function ResultsPanel({
  model,
  evaluation,
  year,
  dataWarnings,
}: {
  model: ValidModel
  evaluation: Evaluation
  year: number
  dataWarnings: readonly Problem[]
}) {
  const t = useText()
  const name = useScenario((s) => s.current.name) || t.scenarios.untitled
  const changed = useChangedInputs()
  const yearResult = evaluation.years.find((y) => y.year === year) ?? evaluation.years[0]
  const flowOf = (m: MeasureResult) => m.byYear[year]
  const yearLabel = String(year)
  return (
    <section
      id={RESULTS_ID}
      className="results-panel"
      aria-label={t.headline.heading(year)}
      tabIndex={-1}
    >
      <PanelBoundary part="results">
        <ScenarioFacts model={model} names={[name]} planYear={yearLabel} changes={changed} />
      </PanelBoundary>
      <PanelBoundary part="results">
        <Headline evaluation={evaluation} year={year} />
      </PanelBoundary>
      <PanelBoundary part="results">
        <Warnings
          model={model}
          evaluation={evaluation}
          flowOf={flowOf}
          dataWarnings={dataWarnings}
        />
      </PanelBoundary>
      <section className="charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading" className="visually-hidden">
          {t.charts.heading}
        </h2>
        <PanelBoundary part="results">
          <NetByYearChart evaluation={evaluation} />
        </PanelBoundary>
        <PanelBoundary part="results">
          <WaterfallChart evaluation={evaluation} yearLabel={yearLabel} flowOf={flowOf} />
        </PanelBoundary>
        {yearResult && (
          <PanelBoundary part="results">
            <StaffYearsChart model={model} totals={yearResult} yearLabel={yearLabel} />
          </PanelBoundary>
        )}
        {yearResult && (
          <PanelBoundary part="results">
            <FunctionChart model={model} totals={yearResult} year={year} yearLabel={yearLabel} />
          </PanelBoundary>
        )}
      </section>
      <PanelBoundary part="results">
        <Table51 model={model} evaluation={evaluation} />
      </PanelBoundary>
      <PanelBoundary part="results">
        <PartnershipSplit model={model} evaluation={evaluation} year={year} />
      </PanelBoundary>
      <PanelBoundary part="results">
        <HouseholdCases evaluation={evaluation} />
      </PanelBoundary>
    </section>
  )
}
