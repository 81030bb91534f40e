import { useLayoutEffect } from 'react'
import { useScenario } from '../../state/store'
import { isTextField } from './isTextField'

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, except inside a text field, which has its own:
 * in the model editor its edits, elsewhere the scenario's.
 */
export function useUndoShortcuts(): void {
  const editing = useScenario((s) => s.modelEdit !== null)
  const undo = useScenario((s) => (editing ? s.undoModelEdit : s.undo))
  const redo = useScenario((s) => (editing ? s.redoModelEdit : s.redo))
  // Attached as the screen is committed, before it is painted: the first screen takes clicks as
  // soon as it shows, and a key pressed then is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z') {
        event.preventDefault()
        if (event.shiftKey) redo()
        else undo()
      } else if (key === 'y') {
        event.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])
}
