import type { Evaluation, Flow, Totals } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { toDecimalString, type Dec } from '../model/money/decimal'
import { severityOf, type Problem } from '../model/problems'
import { problemText } from '../i18n/problemText'
import type { Lang } from '../i18n/lang'
import { plainText } from '../i18n/numbers'

const s = toDecimalString
const strings = (record: Record<string, Dec>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, s(value)]))

const flow = (f: Flow) => ({
  netChange: s(f.net),
  grossExpenditureChange: s(f.gross),
  incomeChange: s(f.income),
  staffYearsChange: s(f.staffYears),
})

const totals = (t: Totals) => ({
  ...flow(t),
  byFunction: strings(t.byFunction),
  byTheme: strings(t.byTheme),
  staffYearsByUnit: strings(t.staffYearsByUnit),
})

/**
 * The evaluation as plain JSON: every amount a decimal string in NOK, signed as a change in net
 * expenditure (negative = saving); every problem with its code, severity and a readable message.
 */
export function evaluationJson(
  model: ValidModel,
  evaluation: Evaluation,
  problems: readonly Problem[],
  lang: Lang,
) {
  const titles = new Map(model.measures.map((m) => [m.id, m]))
  return {
    model: { id: model.id, version: model.version, title: model.title },
    selection: evaluation.selection,
    excluded: evaluation.excluded,
    target: s(evaluation.target),
    years: evaluation.years.map((y) => ({
      year: y.year,
      ...totals(y),
      target: s(y.target),
      saving: s(y.saving),
      gap: s(y.gap),
      meetsTarget: y.meetsTarget,
    })),
    lasting: {
      ...totals(evaluation.lasting),
      saving: s(evaluation.lasting.saving),
      gap: s(evaluation.lasting.gap),
      meetsTarget: evaluation.lasting.meetsTarget,
    },
    measures: evaluation.measures.map((m) => ({
      id: m.id,
      title: titles.get(m.id)?.title ?? m.id,
      byYear: Object.fromEntries(Object.entries(m.byYear).map(([year, f]) => [year, s(f.net)])),
      annual: flow(m.annual),
      lasting: s(m.lasting.net),
      temporary: m.temporary,
      ...(m.potential && { potential: s(m.potential) }),
    })),
    ...(evaluation.partnership && {
      partnership: evaluation.partnership.before.keys.map((key, k) => ({
        id: key.id,
        label: key.label,
        before: Object.fromEntries(
          Object.entries(key.partners).map(([id, share]) => [id, s(share.share)]),
        ),
        lasting: Object.fromEntries(
          Object.entries(evaluation.partnership?.lasting.keys[k]?.partners ?? {}).map(
            ([id, share]) => [id, s(share.share)],
          ),
        ),
      })),
    }),
    households: evaluation.households.map((h) => ({
      id: h.id,
      title: h.title,
      regimes: h.regimes.map((r) => ({
        id: r.id,
        label: r.label,
        before: s(r.before),
        after: s(r.after),
        situations: r.situations.map((x) => ({ ...x, disposable: s(x.disposable) })),
      })),
    })),
    problems: problems.map((problem) => ({
      ...problem,
      severity: severityOf[problem.code],
      // The path and override key are fields of their own here; the message says them in words.
      message: plainText(problemText(problem, lang, { model })),
    })),
  }
}
