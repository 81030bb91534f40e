import { useShallow } from 'zustand/react/shallow'
import type { RuleEffect } from '../model/engine/choose'
import { useScenario } from '../state/store'
import { useListFormat } from './useListFormat'
import { useText } from './useText'

/**
 * What the rules did when a measure was switched: alternatives switched off, requirements switched
 * on, measures that needed it switched off. Said at once, with one click to undo it all. The region
 * is live, so screen readers hear it.
 */
export function RuleNotices() {
  const t = useText()
  const list = useListFormat()
  const { notice, undo, dismissNotice } = useScenario(
    useShallow((s) => ({ notice: s.notice, undo: s.undo, dismissNotice: s.dismissNotice })),
  )
  const sentence = (effect: RuleEffect) =>
    effect.kind === 'alternativesOff'
      ? t.rules.alternativesOff(effect.measure, list(effect.off), list(effect.alternatives))
      : effect.kind === 'requirementsOn'
        ? t.rules.requirementsOn(effect.measure, list(effect.on), effect.reason)
        : t.rules.dependentOff(effect.measure, list(effect.requires), effect.reason)
  return (
    <div className="rule-notices no-print" aria-live="polite">
      {notice && (
        <div className="notice notice--info" data-testid="notice">
          {notice.effects.map((effect, i) => (
            <p key={i}>{sentence(effect)}</p>
          ))}
          <button type="button" onClick={undo}>
            {t.rules.undo}
          </button>
          <button type="button" onClick={dismissNotice}>
            {t.rules.dismiss}
          </button>
        </div>
      )}
    </div>
  )
}
