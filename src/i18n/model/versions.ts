import type { Lang } from '../lang'

/** What is said when a scenario opens on a newer version of the model it was made on. */
export interface VersionsMessages {
  heading: string
  /** Made on `from`, opened on `to`, and what changed follows. */
  intro: (name: string, from: string, to: string) => string
  /** The version it was made on is not kept: nothing can be compared. */
  notKept: (name: string, from: string, to: string) => string
  nothingCounted: string
  /** Only what the list does not name changed (texts elsewhere in the model, say). */
  noneListed: string
  added: (id: string, title: string) => string
  removed: (id: string, title: string) => string
  input: (id: string, label: string, from: string, to: string) => string
  otherwise: (id: string, title: string) => string
  target: (from: string, to: string) => string
  targetByYear: string
  planYears: (from: string, to: string) => string
  /** An input one version does not have. */
  noValue: string
  openNew: string
  cancel: string
}

export const versionsMessages: Record<Lang, VersionsMessages> = {
  nb: {
    heading: 'Modellen er endret siden scenarioet ble laget',
    intro: (name, from, to) =>
      `«${name}» ble laget på versjon ${from} av modellen. Den som er åpen nå, er versjon ${to}. Dette er endret:`,
    notKept: (name, from, to) =>
      `«${name}» ble laget på versjon ${from} av modellen. Den som er åpen nå, er versjon ${to}. Versjon ${from} er ikke tatt vare på, så forskjellene kan ikke vises.`,
    nothingCounted:
      'Ingenting er regnet ut ennå. Åpner du scenarioet på den nye versjonen, blir tiltak som ikke finnes lenger tatt ut, og du får se hva.',
    noneListed: 'Ingen tiltak, antakelser, krav eller planår er endret.',
    added: (id, title) => `Tiltak ${id} er lagt til: ${title}`,
    removed: (id, title) => `Tiltak ${id} er fjernet: ${title}`,
    input: (id, label, from, to) => `Tiltak ${id}: ${label} ${from} → ${to}`,
    otherwise: (id, title) =>
      `Tiltak ${id} (${title}) er endret på annen måte: tekst, tidspunkt eller beregning`,
    target: (from, to) => `Varig innsparingskrav: ${from} → ${to}`,
    targetByYear: 'Innsparingskravet for de enkelte planårene er endret',
    planYears: (from, to) => `Planår: ${from} → ${to}`,
    noValue: 'ingen verdi',
    openNew: 'Åpne på ny versjon',
    cancel: 'Avbryt',
  },
  en: {
    heading: 'The model has changed since the scenario was made',
    intro: (name, from, to) =>
      `“${name}” was made on version ${from} of the model. The one open now is version ${to}. This has changed:`,
    notKept: (name, from, to) =>
      `“${name}” was made on version ${from} of the model. The one open now is version ${to}. Version ${from} was not kept, so the differences cannot be shown.`,
    nothingCounted:
      'Nothing has been counted yet. If you open the scenario on the new version, measures that no longer exist are left out, and you are told which.',
    noneListed: 'No measures, assumptions, targets or plan years have changed.',
    added: (id, title) => `Measure ${id} was added: ${title}`,
    removed: (id, title) => `Measure ${id} was removed: ${title}`,
    input: (id, label, from, to) => `Measure ${id}: ${label} ${from} → ${to}`,
    otherwise: (id, title) =>
      `Measure ${id} (${title}) changed otherwise: text, timing or calculation`,
    target: (from, to) => `Lasting savings target: ${from} → ${to}`,
    targetByYear: 'The savings targets of the single plan years have changed',
    planYears: (from, to) => `Plan years: ${from} → ${to}`,
    noValue: 'no value',
    openNew: 'Open on the new version',
    cancel: 'Cancel',
  },
}
