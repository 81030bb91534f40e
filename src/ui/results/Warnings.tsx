import { memo } from 'react'
import type { Evaluation, Flow } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { ratio, sum } from '../../model/money/decimal'
import type { Problem } from '../../model/problems'
import { uncertaintyOf } from '../../state/derived/uncertainty'
import { useDeferredEvaluation } from '../../state/derived/useDerived'
import { ProblemList } from '../ProblemList'
import { useFormat } from '../useFormat'
import { useListFormat } from '../useListFormat'
import { useText } from '../useText'

/**
 * What a decision-maker should know about the figures in a plan year: how lasting they are, and
 * how firm. Of the evaluation given (a shared scenario's), or of the current one, after the headline.
 */
export function Warnings({
  model,
  evaluation: given,
  year,
  dataWarnings,
}: {
  model: ValidModel
  evaluation?: Evaluation
  year: number
  dataWarnings: readonly Problem[]
}) {
  const evaluation = useDeferredEvaluation(given)
  if (!evaluation) return null
  return (
    <WarningsView model={model} evaluation={evaluation} year={year} dataWarnings={dataWarnings} />
  )
}

// The switch's own render passes the figures already shown: this leaves the warnings be until
// the new ones come.
const WarningsView = memo(function WarningsView({
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
  const f = useFormat()
  const list = useListFormat()
  const temporary = evaluation.problems.find((p) => p.code === 'targetMetOnlyWhileTemporary')
  const shares = uncertaintyOf(model, evaluation, year)
  const saving = sum(shares.map((s) => s.net)).negated()
  const shareOf = (net: Flow['net']) =>
    saving.isZero() ? '–' : f.percent(ratio(net.negated(), saving), 0)
  const high = shares.find((s) => s.level === 'high')
  const medium = shares.find((s) => s.level === 'medium')
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t.warnings.heading}</h2>
      <ul>
        {temporary?.code === 'targetMetOnlyWhileTemporary' && (
          <li className="warning warning--strong" data-testid="warning-temporary">
            {t.warnings.temporaryTarget(
              list(temporary.years.map(String)),
              f.amountWithUnit(evaluation.lasting.gap),
            )}
          </li>
        )}
        {high && high.measures.length > 0 && (
          <li className="warning" data-testid="warning-uncertain">
            {t.warnings.uncertain(
              f.amountWithUnit(high.net.negated()),
              shareOf(high.net),
              list(high.measures),
            )}
          </li>
        )}
        {medium && medium.measures.length > 0 && (
          <li className="warning" data-testid="warning-possible">
            {t.warnings.possible(
              f.amountWithUnit(medium.net.negated()),
              shareOf(medium.net),
              list(medium.measures),
            )}
          </li>
        )}
      </ul>
      <DataWarnings model={model} dataWarnings={dataWarnings} />
    </section>
  )
})

/** The model file's own warnings: the same whatever is switched. */
const DataWarnings = memo(function DataWarnings({
  model,
  dataWarnings,
}: {
  model: ValidModel
  dataWarnings: readonly Problem[]
}) {
  const t = useText()
  if (dataWarnings.length === 0) return null
  return (
    <ProblemList
      problems={dataWarnings}
      model={model}
      summary={t.warnings.dataWarnings(dataWarnings.length)}
    />
  )
})
