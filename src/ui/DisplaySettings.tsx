import { useMemo, type ReactNode } from 'react'
import { useScenario } from '../state/store'
import { DisplayContext } from './displayContext'

/**
 * The language and the amount unit, read from the store once for the whole screen. Every part
 * that shows words or figures takes them from here rather than subscribing itself: with a
 * thousand measures, a switch would otherwise ask some three thousand subscriptions whether the
 * language or the unit had changed.
 */
export function DisplaySettings({ children }: { children: ReactNode }) {
  const lang = useScenario((s) => s.lang)
  const unit = useScenario((s) => s.unit)
  const display = useMemo(() => ({ lang, unit }), [lang, unit])
  return <DisplayContext value={display}>{children}</DisplayContext>
}
