import type { InputIssue, InputType } from '../model/drivers/inputSpec'
import type { ConsequenceLevel, MeasureStatus, UncertaintyLevel } from '../model/schema/measure'
import type { Lang } from './lang'

type Level = (typeof ConsequenceLevel)[number]
type Uncertainty = (typeof UncertaintyLevel)[number]
type Status = (typeof MeasureStatus)[number]
type Filter = 'recommended' | 'considered' | 'chosen' | 'all'

/** Every string the interface shows; Bokmål is the default, English the second language. */
export interface UiMessages {
  appName: string
  loading: string
  modelFailed: (file: string) => string
  noModel: string
  source: (title: string, publisher: string, year: number) => string
  header: {
    controls: string
    language: string
    languages: Record<Lang, string>
    unit: string
    year: string
    undo: string
    redo: string
    undoShortcut: string
    redoShortcut: string
    print: string
  }
  units: {
    mill: string
    thousand: string
    /** An amount with its unit in running text: "6,70 mill. kr", "6 700 tusen kr". */
    amount: (value: string, unit: 'mill' | 'thousand') => string
    kr: string
    krPerMonth: string
    staffYears: string
    percent: string
    persons: string
  }
  measures: {
    heading: string
    caption: (unit: string) => string
    filter: string
    filters: Record<Filter, string>
    backToRecommendation: string
    search: string
    noMatch: string
    count: (shown: number, chosen: number) => string
    choose: (id: string, title: string) => string
    showDetails: (id: string) => string
    hideDetails: (id: string) => string
    inYear: (year: number) => string
    lasting: string
    staffYears: string
    reportLabel: (label: string) => string
    potential: string
    themeChosen: (amount: string) => string
    status: Record<Status, string>
    temporary: (first: number, last: number) => string
    uncertainty: Record<Uncertainty, string>
    users: string
    staff: string
    levels: Record<Level, string>
    description: string
    usersHeading: string
    staffHeading: string
    economy: string
    risk: string
    assumptions: string
    inputUnits: Record<InputType, string>
    signedHint: string
    overridden: string
    reset: (value: string) => string
    fromFile: (value: string) => string
    inputIssue: Record<InputIssue | 'ambiguous' | 'yearNotInPlan', string>
    /** An override that breaks a check of its kind with the others: why, then that it is not used. */
    notUsed: (why: string) => string
    /** Badge on a measure whose inputs differ from the model file. */
    changedAssumption: string
    /** The changed inputs of a measure, for its badge's tooltip and screen readers. */
    changedAssumptions: (list: string) => string
    /** Asked when "0,85" is typed in a per-cent field: did the user mean 85 %? */
    percentQuestion: (percent: string) => string
    usePercent: (value: string) => string
    /** The error for a per-cent field that holds no number, with a per-cent example. */
    notPercent: string
  }
  rules: {
    alternativesOff: (measure: string, off: string, alternatives: string) => string
    requirementsOn: (measure: string, on: string, reason: string) => string
    dependentOff: (measure: string, requires: string, reason: string) => string
    undo: string
    dismiss: string
  }
  headline: {
    heading: (year: number) => string
    lasting: string
    saving: string
    ofTarget: (target: string) => string
    gap: (amount: string) => string
    surplus: (amount: string) => string
    onTarget: string
    staffYears: string
    gross: string
    income: string
    incomeLost: (amount: string) => string
    incomeGained: (amount: string) => string
    incomeNone: string
    netNote: string
  }
  warnings: {
    heading: string
    temporaryTarget: (years: string, gap: string) => string
    uncertain: (amount: string, share: string, ids: string) => string
    possible: (amount: string, share: string, ids: string) => string
    dataWarnings: (count: number) => string
  }
  charts: {
    heading: string
    netByYear: { title: string; caption: (unit: string) => string; saving: string; target: string }
    waterfall: {
      title: (year: string) => string
      caption: (unit: string) => string
      saving: string
      cost: string
      total: string
      /** The bar that sums the smallest contributions of a long list, and how many it sums. */
      rest: (count: number) => string
    }
    staffYears: { title: (year: string) => string; caption: string; before: string; after: string }
    functions: {
      title: (year: string) => string
      caption: (unit: string) => string
      change: string
    }
    other: string
    /** The summary that opens a chart's figures as a table. */
    table: string
    reached: string
    short: string
    category: { year: string; measure: string; unit: string; function: string }
  }
  chance: {
    heading: string
    /** "Målet nås varig med 14 % sannsynlighet; det meste av usikkerheten ligger i N, I og D." */
    summary: (probability: string, carriers: string | null) => string
    method: (samples: string, seed: string) => string
    computing: string
    unavailable: string
    tableCaption: string
    period: string
    lasting: string
    probability: string
    standardError: string
    percentile: (percent: number) => string
    target: string
    spreadTitle: string
    spreadCaption: string
    share: string
  }
  partnership: {
    heading: (name: string) => string
    caption: (year: string) => string
    partner: string
    before: string
    after: string
  }
  households: {
    heading: string
    caption: string
    regime: string
    before: string
    after: string
    change: string
    situation: (measure: string, situation: string) => string
  }
  scenarios: {
    untitled: string
    current: string
    status: { saved: string; unsaved: string; published: string; notSaved: string }
    save: string
    saveAs: string
    open: string
    list: string
    close: string
    mine: string
    published: string
    noneSaved: string
    name: string
    note: string
    nameRequired: string
    tooLong: (max: number) => string
    saveDialog: string
    cancel: string
    rename: string
    duplicate: string
    copyOf: (name: string) => string
    remove: string
    removed: (name: string) => string
    undoRemove: string
    share: string
    copyLink: string
    shareCopied: string
    shareLabel: string
    shareWarning: string
    exportJson: string
    exportCsv: string
    exportXlsx: string
    importFile: string
    imported: (name: string) => string
    importRefused: (file: string) => string
    compare: string
    compareHint: string
    choose: (name: string) => string
    updated: (when: string) => string
    adapted: string
    unreadable: (count: number) => string
    downloadRaw: string
    storage: {
      full: string
      unavailable: string
      conflict: (name: string) => string
      unreadable: string
      notFound: string
      failed: string
      draftQuarantined: string
      deletedElsewhere: (name: string) => string
      storageReset: string
      newerVersion: string
    }
    conflict: { heading: string; theirs: string; keepMine: string; dismiss: string }
    /** Unsaved work from tabs that were closed, offered back. */
    orphans: {
      heading: string
      found: (count: number) => string
      show: string
      open: string
      discard: string
      savedAt: (when: string) => string
    }
    rawFailed: string
  }
  /** The question before unsaved work would be replaced. */
  unsaved: {
    heading: string
    question: (current: string, next: string) => string
    save: string
    discard: string
    cancel: string
  }
  importing: {
    changes: (name: string) => string
    confirm: string
    cancel: string
    failed: (file: string) => string
  }
  /** A part of the screen that failed to draw; the rest goes on. */
  boundary: {
    failed: (part: string) => string
    retry: string
    app: string
    reload: string
    parts: {
      header: string
      notices: string
      measures: string
      results: string
      compare: string
      presentation: string
      scenarios: string
      models: string
      baseline: string
      modelMeasures: string
    }
  }
  compare: {
    heading: string
    back: string
    caption: (unit: string) => string
    metric: string
    saving: (year: number) => string
    lasting: string
    gap: string
    staffYears: string
    income: string
    uncertain: string
    measures: string
    chosen: string
    notChosen: string
    differs: string
    chartTitle: string
    chartCaption: (unit: string) => string
    tooFew: string
    /** A measure the scenario chose that a rule keeps from being counted. */
    leftOut: string
    leftOutNote: string
  }
  presentation: {
    reading: string
    heading: string
    readOnly: string
    measures: string
    users: string
    staff: string
    economy: string
    saves: (amount: string, year: number) => string
    costs: (amount: string, year: number) => string
    noEffect: string
    saveCopy: string
    openEditor: string
    damaged: string
    tooLarge: string
    unsupported: string
    invalid: string
    cannotOpen: string
  }
  exportTable: {
    measures: string
    comparison: string
    yes: string
    no: string
    reportLabel: string
    withUnit: (label: string, unit: string) => string
    leftOut: string
    economyKr: string
    changedInputs: string
  }
  table51: {
    heading: string
    caption: (unit: string) => string
    id: string
    description: string
    users: string
    staff: string
    economy: string
    total: string
    none: string
    lasting: string
    target: string
    short: string
    over: string
  }
  /** What every figure rests on: inputs changed from the model file, and the source's words. */
  trust: {
    /** "Refusjonssats 90 % (modellfilen: 80 %)" */
    changedInput: (label: string, used: string, file: string) => string
    /** A changed input named with its measure: "D: Refusjonssats 90 % (modellfilen: 80 %)". */
    inMeasure: (measure: string, text: string) => string
    changedHeading: string
    noneChanged: string
    /** The source's words, beside changed inputs whose effect the source's figure still matches. */
    restsOnFile: string
    /** The source's figure, which the computed one no longer matches. */
    reportedNoLongerHolds: (reported: string, computed: string, several: boolean) => string
    saving: (amount: string) => string
    cost: (amount: string) => string
    noEffect: string
    /** Above the measures of a shared scenario whose inputs differ from the model file. */
    sharedChanged: string
  }
  /** The facts printed and exported with the figures. */
  about: {
    heading: string
    scenario: string
    scenarios: string
    model: string
    version: string
    modelVersion: (model: string, version: string) => string
    date: string
    planYear: string
    unit: string
    amountsInKr: string
    changedInputs: string
    measure: string
    input: string
    file: string
    used: string
    inputUnit: string
  }
  /** Meeting mode and the summary that keeps the headline in reach on a small screen. */
  meeting: {
    toggle: string
    /** How to toggle it from the keyboard, shown as the button's tooltip. */
    shortcut: string
    summary: string
    savingIn: (year: number) => string
    lasting: string
    toResults: string
  }
  /** The offer of a new version of the app, which the user takes when it suits them. */
  update: {
    ready: string
    now: string
    later: string
    /** Unsaved work could not be written, so the page is not replaced. */
    notWritten: string
  }
}
