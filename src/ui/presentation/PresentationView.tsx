import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ValidModel } from '../../model/load/validModel'
import { ZERO, type Dec } from '../../model/money/decimal'
import type { Measure } from '../../model/schema/measure'
import { problemText } from '../../i18n/problemText'
import { useSelectedYear } from '../../state/evaluation'
import { figuresOf } from '../../state/scenarioFigures'
import { useScenario } from '../../state/store'
import { NetByYearChart } from '../charts/NetByYearChart'
import { WaterfallChart } from '../charts/WaterfallChart'
import { ProblemList } from '../ProblemList'
import { Headline } from '../results/Headline'
import { Warnings } from '../results/Warnings'
import { BasisNote } from '../trust/BasisNote'
import { ChangedInputs } from '../trust/ChangedInputs'
import { ScenarioFacts } from '../trust/ScenarioFacts'
import { useFormat } from '../useFormat'
import { useLang, useText } from '../useText'
import { consequenceParts } from './consequenceParts'

/**
 * A shared scenario for councillors, read-only: what it saves against the target, the charts, and
 * each chosen measure's consequences in the report's own words. Readable on a phone and a projector.
 */
export function PresentationView({ model }: { model: ValidModel }) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const selected = useSelectedYear()
  // The shared scenario's model may have other plan years than the one open in the editor.
  const year =
    selected !== null && model.planYears.includes(selected)
      ? selected
      : (model.planYears[0] ?? model.baseYear)
  const { shared, linkIssue, linkReading, saveSharedCopy, showView } = useScenario(
    useShallow((s) => ({
      shared: s.shared,
      linkIssue: s.linkIssue,
      linkReading: s.linkReading,
      saveSharedCopy: s.saveSharedCopy,
      showView: s.showView,
    })),
  )
  const figures = useMemo(
    () =>
      shared
        ? figuresOf(
            model,
            shared.adapted.selection,
            shared.adapted.overrides,
            shared.scenario.selection,
          )
        : null,
    [model, shared],
  )
  const evaluation = figures?.evaluation
  const leave = () => showView('editor')
  if (linkReading) {
    return (
      <section className="presentation" aria-labelledby="presentation-heading">
        <h1 id="presentation-heading">{t.presentation.heading}</h1>
        <p aria-live="polite">{t.presentation.reading}</p>
      </section>
    )
  }
  if (!shared || !figures || !evaluation) {
    return (
      <section className="presentation" aria-labelledby="presentation-heading">
        <h1 id="presentation-heading">{t.presentation.heading}</h1>
        <div role="alert" className="problems problems--errors">
          <p>
            {linkIssue?.reason === 'damaged'
              ? t.presentation.damaged
              : linkIssue?.reason === 'tooLarge'
                ? t.presentation.tooLarge
                : linkIssue?.reason === 'unsupported'
                  ? t.presentation.unsupported
                  : t.presentation.invalid}
          </p>
          {linkIssue?.reason === 'invalid' && (
            <ProblemList problems={linkIssue.problems} model={model} file="scenario" />
          )}
        </div>
        <button type="button" onClick={leave}>
          {t.presentation.openEditor}
        </button>
      </section>
    )
  }
  const results = new Map(evaluation.measures.map((m) => [m.id, m]))
  const chosen = model.measures.filter((m) => results.has(m.id))
  const economy = (net: Dec) =>
    net.isZero()
      ? t.presentation.noEffect
      : net.isNeg()
        ? t.presentation.saves(f.amountWithUnit(net.negated()), year)
        : t.presentation.costs(f.amountWithUnit(net), year)
  const consequence = (c: Measure['consequences']['users']) => {
    const parts = consequenceParts(t.measures.levels[c.level], c.text ?? c.summary)
    return (
      <>
        {parts.level && <strong>{parts.level}: </strong>}
        {parts.words}
      </>
    )
  }
  return (
    <section className="presentation" aria-labelledby="presentation-heading">
      <p className="app-name">
        {t.presentation.heading} · {model.municipality.name}: {model.title}
      </p>
      <h1 id="presentation-heading" data-testid="presentation-name">
        {shared.scenario.name}
      </h1>
      {shared.scenario.note && <p className="scenario-note">{shared.scenario.note}</p>}
      <ScenarioFacts
        model={model}
        names={[shared.scenario.name]}
        planYear={String(year)}
        changes={figures.changed}
      />
      <p className="note">{t.presentation.readOnly}</p>
      {figures.changed.length > 0 && (
        <div className="notice notice--changed no-print" data-testid="shared-changed">
          <p>
            <strong>{t.trust.sharedChanged}</strong>
          </p>
          <ChangedInputs model={model} changes={figures.changed} withMeasure />
        </div>
      )}
      {shared.adapted.dropped.length > 0 && (
        <div className="notice notice--rule" data-testid="shared-adapted">
          <p>
            <strong>{t.scenarios.adapted}</strong>
          </p>
          <ul>
            {shared.adapted.dropped.map((p, i) => (
              <li key={i}>{problemText(p, lang, { model, file: 'scenario' })}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="buttons no-print">
        <button type="button" className="primary" onClick={() => void saveSharedCopy()}>
          {t.presentation.saveCopy}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.header.print}
        </button>
      </div>
      <Headline evaluation={evaluation} year={year} />
      <Warnings model={model} evaluation={evaluation} year={year} dataWarnings={[]} />
      <div className="charts">
        <NetByYearChart evaluation={evaluation} />
        <WaterfallChart evaluation={evaluation} year={year} />
      </div>
      <h2>{t.presentation.measures}</h2>
      <ol className="presented-measures">
        {chosen.map((measure) => {
          const basis = figures.bases.get(measure.id)
          const computed = economy(results.get(measure.id)?.byYear[year]?.net ?? ZERO)
          return (
            <li key={measure.id} data-testid={`presented-${measure.id}`}>
              <h3>
                {measure.id} {measure.title}
              </h3>
              <p>{measure.description}</p>
              <dl>
                <dt>{t.presentation.economy}</dt>
                {basis ? (
                  <dd>
                    <p>{computed}</p>
                    <ChangedInputs model={model} changes={basis.changed} />
                    {measure.economy && <p>{t.measures.reportLabel(measure.economy)}</p>}
                    <BasisNote basis={basis} />
                  </dd>
                ) : (
                  <dd>
                    {computed} {measure.economy ?? ''}
                  </dd>
                )}
                <dt>{t.presentation.users}</dt>
                <dd>{consequence(measure.consequences.users)}</dd>
                <dt>{t.presentation.staff}</dt>
                <dd>{consequence(measure.consequences.staff)}</dd>
              </dl>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
