import type { ValidModel } from '../../model/load/validModel'
import type { Problem } from '../../model/problems'
import { useChangedInputs } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { FunctionChart } from '../charts/FunctionChart'
import { NetByYearChart } from '../charts/NetByYearChart'
import { StaffYearsChart } from '../charts/StaffYearsChart'
import { WaterfallChart } from '../charts/WaterfallChart'
import { RESULTS_ID } from '../meeting/ResultsSummary'
import { AfterFirstPaint } from '../AfterFirstPaint'
import { PanelBoundary } from '../PanelBoundary'
import { ScenarioFacts } from '../trust/ScenarioFacts'
import { useText } from '../useText'
import { Headline } from './Headline'
import { HouseholdCases } from './HouseholdCases'
import { PartnershipSplit } from './PartnershipSplit'
import { Table51 } from './Table51'
import { TargetChance } from './TargetChance'
import { Warnings } from './Warnings'

/**
 * Every result of the selection, for the chosen plan year and for good. Each part follows the
 * figures it shows, so a switch re-renders the parts whose figures change, not this panel.
 */
export function ResultsPanel({
  model,
  year,
  dataWarnings,
}: {
  model: ValidModel
  year: number
  dataWarnings: readonly Problem[]
}) {
  const t = useText()
  const name = useScenario((s) => s.current.name) || t.scenarios.untitled
  const changed = useChangedInputs()
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
        <Headline year={year} />
      </PanelBoundary>
      <AfterFirstPaint>
        <PanelBoundary part="results">
          <Warnings model={model} year={year} dataWarnings={dataWarnings} />
        </PanelBoundary>
        <PanelBoundary part="results">
          <TargetChance model={model} />
        </PanelBoundary>
        <section className="charts" aria-labelledby="charts-heading">
          <h2 id="charts-heading" className="visually-hidden">
            {t.charts.heading}
          </h2>
          <PanelBoundary part="results">
            <NetByYearChart />
          </PanelBoundary>
          <PanelBoundary part="results">
            <WaterfallChart year={year} />
          </PanelBoundary>
          <PanelBoundary part="results">
            <StaffYearsChart model={model} year={year} />
          </PanelBoundary>
          <PanelBoundary part="results">
            <FunctionChart model={model} year={year} />
          </PanelBoundary>
        </section>
        <PanelBoundary part="results">
          <Table51 model={model} />
        </PanelBoundary>
        <PanelBoundary part="results">
          <PartnershipSplit model={model} year={year} />
        </PanelBoundary>
        <PanelBoundary part="results">
          <HouseholdCases />
        </PanelBoundary>
      </AfterFirstPaint>
    </section>
  )
}
