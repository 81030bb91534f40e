import { useShallow } from 'zustand/react/shallow'
import type { Evaluation } from '../model/engine/types'
import { useScenario } from '../state/store'
import { useListFormat } from './useListFormat'
import { useText } from './useText'

/**
 * What the rules did or need: an alternative switched off on the user's behalf, or a requirement
 * missing, each with the one-click ways out. The region is live, so screen readers hear it.
 */
export function RuleNotices({ evaluation }: { evaluation: Evaluation }) {
  const t = useText()
  const list = useListFormat()
  const notice = useScenario((s) => s.notice)
  const { undo, dismissNotice, setMeasures } = useScenario(
    useShallow((s) => ({
      undo: s.undo,
      dismissNotice: s.dismissNotice,
      setMeasures: s.setMeasures,
    })),
  )
  return (
    <div className="rule-notices no-print" aria-live="polite">
      {notice && (
        <div className="notice notice--info" data-testid="notice">
          <p>
            {t.rules.switchedOff(
              notice.measure,
              list(notice.switchedOff),
              list(notice.alternatives),
            )}
          </p>
          <button type="button" onClick={undo}>
            {t.rules.undo}
          </button>
          <button type="button" onClick={dismissNotice}>
            {t.rules.dismiss}
          </button>
        </div>
      )}
      {evaluation.problems.map((problem, i) => {
        if (problem.code === 'requirementMissing') {
          return (
            <div key={i} className="notice notice--rule" role="alert">
              <p>{t.rules.requires(problem.measure, list(problem.requires), problem.reason)}</p>
              <button
                type="button"
                onClick={() =>
                  setMeasures(Object.fromEntries(problem.requires.map((id) => [id, true])))
                }
              >
                {t.rules.add(list(problem.requires))}
              </button>
              <button type="button" onClick={() => setMeasures({ [problem.measure]: false })}>
                {t.rules.remove(problem.measure)}
              </button>
            </div>
          )
        }
        if (problem.code === 'alternativesChosenTogether') {
          return (
            <div key={i} className="notice notice--rule" role="alert">
              <p>{t.rules.together(list(problem.measures))}</p>
              {problem.measures.map((keep) => (
                <button
                  key={keep}
                  type="button"
                  onClick={() =>
                    setMeasures(Object.fromEntries(problem.measures.map((id) => [id, id === keep])))
                  }
                >
                  {t.rules.keepOnly(keep)}
                </button>
              ))}
            </div>
          )
        }
        return null
      })}
    </div>
  )
}
