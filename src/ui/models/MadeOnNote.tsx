import { scenarioModel } from '../../state/scenarioModel'
import { useScenario } from '../../state/store'
import { useLibraryText } from './useLibraryText'

/** Names the model a scenario was made on, when that is not the open one: its title, or its id
 *  when it is not in this browser. */
export function MadeOnNote({ modelId }: { modelId: string }) {
  const t = useLibraryText()
  // A string, not the lookup's object: the selector must give the same value for the same state.
  const title = useScenario((s) => {
    const found = scenarioModel(modelId, s.library, s.model?.id)
    return found.kind === 'open' ? null : found.kind === 'other' ? found.model.title : found.id
  })
  return title === null ? null : <p className="note">{t.madeOn(title)}</p>
}
