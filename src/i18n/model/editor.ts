import type { Lang } from '../lang'

/** The model editor's frame: saving, undo, leaving, and the list of problems. */
export interface ModelEditorMessages {
  heading: (title: string) => string
  save: string
  saved: string
  unsaved: string
  undo: string
  redo: string
  close: string
  closeQuestion: string
  discard: string
  keepEditing: string
  sections: { baseline: string; measures: string }
  problems: (count: number) => string
  noProblems: string
  draftNote: string
}

export const modelEditorMessages: Record<Lang, ModelEditorMessages> = {
  nb: {
    heading: (title) => `Rediger modell: ${title}`,
    save: 'Lagre modellen',
    saved: 'Lagret',
    unsaved: 'Ikke lagret',
    undo: 'Angre',
    redo: 'Gjør om',
    close: 'Lukk redigeringen',
    closeQuestion: 'Modellen har endringer som ikke er lagret. Vil du forkaste dem?',
    discard: 'Forkast endringene',
    keepEditing: 'Fortsett å redigere',
    sections: { baseline: 'Grunnlag', measures: 'Tiltak' },
    problems: (count) => (count === 1 ? '1 feil må rettes' : `${count} feil må rettes`),
    noProblems: 'Ingen feil: modellen kan brukes i scenarier.',
    draftNote:
      'Modellen kan lagres med feil som utkast, men scenarier kan ikke lages på den før feilene er rettet.',
  },
  en: {
    heading: (title) => `Edit model: ${title}`,
    save: 'Save the model',
    saved: 'Saved',
    unsaved: 'Not saved',
    undo: 'Undo',
    redo: 'Redo',
    close: 'Close the editor',
    closeQuestion: 'The model has unsaved changes. Discard them?',
    discard: 'Discard the changes',
    keepEditing: 'Keep editing',
    sections: { baseline: 'Baseline', measures: 'Measures' },
    problems: (count) => (count === 1 ? '1 error to fix' : `${count} errors to fix`),
    noProblems: 'No errors: the model can be used for scenarios.',
    draftNote:
      'A model with errors can be saved as a draft, but no scenario can be made on it until they are fixed.',
  },
}
