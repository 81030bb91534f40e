import type { Evaluation, Flow } from '../../model/engine/types'
import { uncertaintyShares } from '../../model/engine/uncertainty'
import type { ValidModel } from '../../model/load/validModel'
import { ratio, sum } from '../../model/money/decimal'
import type { Problem } from '../../model/problems'
import { ProblemList } from '../ProblemList'
import { useFormat } from '../useFormat'
import { useListFormat } from '../useListFormat'
import { useText } from '../useText'

/** What a decision-maker should know about the figures: how lasting they are, and how firm. */
export function Warnings({
  model,
  evaluation,
  flowOf,
  dataWarnings,
}: {
  model: ValidModel
  evaluation: Evaluation
  flowOf: (measure: Evaluation['measures'][number]) => Flow | undefined
  dataWarnings: readonly Problem[]
}) {
  const t = useText()
  const f = useFormat()
  const list = useListFormat()
  const temporary = evaluation.problems.find((p) => p.code === 'targetMetOnlyWhileTemporary')
  const shares = uncertaintyShares(model.measures, evaluation.measures, flowOf)
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
      {dataWarnings.length > 0 && (
        <ProblemList
          problems={dataWarnings}
          model={model}
          summary={t.warnings.dataWarnings(dataWarnings.length)}
        />
      )}
    </section>
  )
}
