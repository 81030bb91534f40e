import type { MeasureEditorMessages } from '../../../i18n/model/measures'
import { freshId, itemsOf, textOf } from './draftChoices'

/**
 * A measure to fill in, with an id of its own: its texts say it is not assessed yet, it is
 * considered rather than recommended, and it has no driver, so the check asks for one.
 */
export function newMeasure(
  draft: Record<string, unknown>,
  words: MeasureEditorMessages['template'],
): Record<string, unknown> {
  const consequence = () => ({ level: 'none', summary: words.notAssessed })
  return {
    id: freshId(draft.measures, 'T'),
    title: words.title,
    description: words.notAssessed,
    status: 'considered',
    theme: textOf(itemsOf(draft.themes)[0], 'id'),
    units: [],
    consequences: { users: consequence(), staff: consequence() },
    uncertainty: { level: 'medium', text: words.notAssessed },
    drivers: [],
  }
}
