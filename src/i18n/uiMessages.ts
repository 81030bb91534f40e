/** Every string the interface shows; Bokmål is the default, English the second language. */
export interface UiMessages {
  appName: string
  language: string
  loading: string
  modelFailed: (file: string) => string
  noModel: string
  source: (title: string, publisher: string, year: number) => string
  target: {
    heading: string
    lasting: string
    text: string
  }
  years: {
    heading: string
    caption: string
    year: string
    net: string
    saving: string
    staffYears: string
    gap: string
    status: string
    lasting: string
    met: string
    notMet: string
  }
  measures: {
    heading: string
    caption: string
    choose: (id: string, title: string) => string
    id: string
    title: string
    staffYears: string
    label: string
    recommended: string
    considered: string
    temporary: string
    total: string
  }
  problems: {
    refused: string
    warnings: (count: number) => string
  }
  units: {
    mill: string
    thousand: string
    staffYears: string
    signNote: string
  }
}
