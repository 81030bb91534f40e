import type { AgainstTarget, Evaluation, Totals } from '../../model/engine/types'
import { ratio } from '../../model/money/decimal'
import { useFromEvaluation } from '../../state/derived/useDerived'
import { useFormat } from '../useFormat'
import { useText } from '../useText'

/** The figures a meeting looks at first: saving against the target, staff-years, gross, income. */
function Figures({
  id,
  heading,
  result,
  target,
}: {
  id: string
  heading: string
  result: Totals & AgainstTarget
  target: Evaluation['target']
}) {
  const t = useText()
  const f = useFormat()
  const share = target.isZero()
    ? 1
    : Math.max(0, Math.min(1, ratio(result.saving, target).toNumber()))
  const income = result.income
  return (
    <section
      className={`headline ${result.meetsTarget ? 'headline--met' : 'headline--short'}`}
      aria-labelledby={`${id}-heading`}
      data-testid={id}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p className="headline-saving">
        <span className="label">{t.headline.saving}</span>{' '}
        <strong data-testid={`${id}-saving`}>{f.amountWithUnit(result.saving)}</strong>{' '}
        <span>{t.headline.ofTarget(f.amountWithUnit(target))}</span>
      </p>
      <div
        className="progress"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-label={`${t.headline.saving} ${t.headline.ofTarget(f.amountWithUnit(target))}`}
      >
        <div className="progress-bar" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="headline-gap" data-testid={`${id}-gap`}>
        {result.gap.isZero()
          ? t.headline.onTarget
          : result.gap.isNeg()
            ? t.headline.surplus(f.amountWithUnit(result.gap.negated()))
            : t.headline.gap(f.amountWithUnit(result.gap))}
      </p>
      <dl className="headline-facts">
        <div>
          <dt>{t.headline.staffYears}</dt>
          <dd data-testid={`${id}-staff`}>
            {f.staffYears(result.staffYears)}
            {'\u00a0'}
            {t.units.staffYears}
          </dd>
        </div>
        <div>
          <dt>{t.headline.gross}</dt>
          <dd data-testid={`${id}-gross`}>{f.amountWithUnit(result.gross)}</dd>
        </div>
        <div>
          <dt>{t.headline.income}</dt>
          <dd data-testid={`${id}-income`}>
            {income.isZero()
              ? t.headline.incomeNone
              : income.isPos()
                ? t.headline.incomeLost(f.amountWithUnit(income))
                : t.headline.incomeGained(f.amountWithUnit(income.negated()))}
          </dd>
        </div>
      </dl>
    </section>
  )
}

/** The headline figures of the evaluation given (a shared scenario's), or of the current one. */
export function Headline({ evaluation: given, year }: { evaluation?: Evaluation; year: number }) {
  const t = useText()
  const evaluation = useFromEvaluation(given, (e) => e)
  if (!evaluation) return null
  const yearResult = evaluation.years.find((y) => y.year === year)
  return (
    <div className="headlines">
      {yearResult && (
        <Figures
          id="headline-year"
          heading={t.headline.heading(year)}
          result={yearResult}
          target={yearResult.target}
        />
      )}
      <Figures
        id="headline-lasting"
        heading={t.headline.lasting}
        result={evaluation.lasting}
        target={evaluation.target}
      />
      <p className="note">{t.headline.netNote}</p>
    </div>
  )
}
