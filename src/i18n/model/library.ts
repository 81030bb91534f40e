import type { Lang } from '../lang'

/** The list of models: opening, copying, renaming, exporting, importing and deleting them. */
export interface LibraryMessages {
  button: string
  heading: string
  newModel: string
  importModel: string
  close: string
  published: string
  own: string
  version: (version: string) => string
  isOpen: string
  hasErrors: string
  open: string
  edit: string
  editingElsewhere: string
  duplicate: string
  copyOf: (title: string) => string
  rename: string
  renameDialog: (title: string) => string
  name: string
  nameRequired: string
  tooLong: (max: number) => string
  save: string
  cancel: string
  exportFile: string
  remove: string
  openCannotBeRemoved: string
  removed: (title: string) => string
  undo: string
  imported: (title: string) => string
  idChanged: (from: string, to: string) => string
  importRefused: (file: string) => string
  importFailed: (file: string) => string
  unreadable: (count: number) => string
  downloadRaw: string
  rawFailed: string
  /** In the list of scenarios: the model a scenario was made on, when it is not the open one. */
  madeOn: (title: string) => string
  modelMissing: (id: string) => string
  modelBroken: (title: string) => string
}

export const libraryMessages: Record<Lang, LibraryMessages> = {
  nb: {
    button: 'Modeller',
    heading: 'Modeller',
    newModel: 'Ny modell',
    importModel: 'Importer modell…',
    close: 'Lukk',
    published: 'Publisert',
    own: 'Egen modell',
    version: (version) => `versjon ${version}`,
    isOpen: 'Åpen nå',
    hasErrors: 'Har feil – kan ikke brukes i scenarier før de er rettet',
    open: 'Åpne',
    edit: 'Rediger',
    editingElsewhere:
      'Lukk redigeringen som er i gang før du redigerer eller lager en annen modell.',
    duplicate: 'Lag en kopi',
    copyOf: (title) => `${title} (kopi)`,
    rename: 'Endre navn',
    renameDialog: (title) => `Endre navn på «${title}»`,
    name: 'Navn',
    nameRequired: 'Modellen må ha et navn.',
    tooLong: (max) => `Høyst ${max} tegn.`,
    save: 'Lagre',
    cancel: 'Avbryt',
    exportFile: 'Eksporter',
    remove: 'Slett',
    openCannotBeRemoved: 'Modellen er åpen og kan ikke slettes. Åpne en annen modell først.',
    removed: (title) => `«${title}» er slettet.`,
    undo: 'Angre',
    imported: (title) => `«${title}» er importert.`,
    idChanged: (from, to) =>
      `En modell med id «${from}» finnes fra før, så den importerte har fått id «${to}».`,
    importRefused: (file) => `«${file}» kan ikke importeres. Ingenting er endret.`,
    importFailed: (file) => `«${file}» kunne ikke leses. Ingenting er endret.`,
    unreadable: (count) =>
      count === 1
        ? '1 lagret modell kan ikke leses. Den er ikke endret, og du kan laste den ned.'
        : `${count} lagrede modeller kan ikke leses. De er ikke endret, og du kan laste dem ned.`,
    downloadRaw: 'Last ned det som er lagret',
    rawFailed: 'Det lagrede kunne ikke lastes ned. Det er ikke endret.',
    madeOn: (title) => `Laget på modellen «${title}»`,
    modelMissing: (id) => `Modellen «${id}» finnes ikke i denne nettleseren.`,
    modelBroken: (title) =>
      `Modellen «${title}» har feil og kan ikke brukes i scenarier før de er rettet.`,
  },
  en: {
    button: 'Models',
    heading: 'Models',
    newModel: 'New model',
    importModel: 'Import model…',
    close: 'Close',
    published: 'Published',
    own: 'Own model',
    version: (version) => `version ${version}`,
    isOpen: 'Open now',
    hasErrors: 'Has errors – cannot be used for scenarios until they are fixed',
    open: 'Open',
    edit: 'Edit',
    editingElsewhere: 'Close the editing under way before editing or making another model.',
    duplicate: 'Make a copy',
    copyOf: (title) => `${title} (copy)`,
    rename: 'Rename',
    renameDialog: (title) => `Rename "${title}"`,
    name: 'Name',
    nameRequired: 'The model needs a name.',
    tooLong: (max) => `At most ${max} characters.`,
    save: 'Save',
    cancel: 'Cancel',
    exportFile: 'Export',
    remove: 'Delete',
    openCannotBeRemoved: 'The model is open and cannot be deleted. Open another model first.',
    removed: (title) => `"${title}" was deleted.`,
    undo: 'Undo',
    imported: (title) => `"${title}" was imported.`,
    idChanged: (from, to) =>
      `A model with id "${from}" already exists, so the imported one was given id "${to}".`,
    importRefused: (file) => `"${file}" cannot be imported. Nothing was changed.`,
    importFailed: (file) => `"${file}" could not be read. Nothing was changed.`,
    unreadable: (count) =>
      count === 1
        ? '1 saved model cannot be read. It has not been changed, and you can download it.'
        : `${count} saved models cannot be read. They have not been changed, and you can download them.`,
    downloadRaw: 'Download what is stored',
    rawFailed: 'What is stored could not be downloaded. It has not been changed.',
    madeOn: (title) => `Made on the model "${title}"`,
    modelMissing: (id) => `The model "${id}" is not in this browser.`,
    modelBroken: (title) =>
      `The model "${title}" has errors and cannot be used for scenarios until they are fixed.`,
  },
}
