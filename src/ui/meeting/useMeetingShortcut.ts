import { useLayoutEffect } from 'react'
import { useScenario } from '../../state/store'
import { isTextField } from '../header/isTextField'

/** The key that toggles meeting mode, as `aria-keyshortcuts` names it. */
export const MEETING_KEY = 'M'

/**
 * "M" toggles meeting mode while `active`, unless it is typed into a field (or picks an option in
 * a list), pressed in a dialog, or held with a modifier, which belong to the browser and others.
 */
export function useMeetingShortcut(active: boolean): void {
  const toggleMeeting = useScenario((s) => s.toggleMeeting)
  // Attached as the screen is committed, before it is painted: the first screen takes clicks as
  // soon as it shows, and a key pressed then is not lost.
  useLayoutEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toUpperCase() !== MEETING_KEY) return
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.defaultPrevented)
        return
      const target = event.target
      if (isTextField(target) || target instanceof HTMLSelectElement) return
      // A dialog has the user's attention; the page behind it stays as it is.
      if (target instanceof Element && target.closest('[role="dialog"]')) return
      event.preventDefault()
      toggleMeeting()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active, toggleMeeting])
}
