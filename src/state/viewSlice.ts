import type { StateCreator } from 'zustand'
import { Lang } from '../i18n/lang'

export const AmountUnit = { mill: 'mill', thousand: 'thousand' } as const
export type AmountUnit = (typeof AmountUnit)[keyof typeof AmountUnit]

export const MeasureFilter = {
  recommended: 'recommended',
  considered: 'considered',
  chosen: 'chosen',
  all: 'all',
} as const
export type MeasureFilter = (typeof MeasureFilter)[keyof typeof MeasureFilter]

export type View = 'editor' | 'compare' | 'presentation'

/** How the user looks at the scenario; none of it is undoable or part of the scenario. */
export interface ViewSlice {
  view: View
  /** Saved or published scenario ids chosen for comparison, at most four. */
  compare: string[]
  lang: Lang
  unit: AmountUnit
  /** The plan year the headline figures show; null means the first plan year. */
  year: number | null
  filter: MeasureFilter
  search: string
  expanded: string[]
  /** Meeting mode: the editor laid out for a projector, headline in view, editing chrome hidden. */
  meeting: boolean
  setLang: (lang: Lang) => void
  setUnit: (unit: AmountUnit) => void
  setYear: (year: number) => void
  setFilter: (filter: MeasureFilter) => void
  setSearch: (search: string) => void
  toggleExpanded: (id: string) => void
  showView: (view: View) => void
  toggleCompare: (id: string) => void
  toggleMeeting: () => void
}

export const createViewSlice: StateCreator<ViewSlice> = (set, get) => ({
  view: 'editor',
  compare: [],
  lang: Lang.nb,
  unit: AmountUnit.mill,
  year: null,
  filter: MeasureFilter.all,
  search: '',
  expanded: [],
  meeting: false,
  setLang: (lang) => set({ lang }),
  setUnit: (unit) => set({ unit }),
  setYear: (year) => set({ year }),
  setFilter: (filter) => set({ filter }),
  setSearch: (search) => set({ search }),
  toggleExpanded: (id) => {
    const expanded = get().expanded
    set({ expanded: expanded.includes(id) ? expanded.filter((e) => e !== id) : [...expanded, id] })
  },
  showView: (view) => set({ view }),
  toggleCompare: (id) => {
    const compare = get().compare
    set({
      compare: compare.includes(id) ? compare.filter((c) => c !== id) : [...compare, id].slice(-4),
    })
  },
  toggleMeeting: () => set({ meeting: !get().meeting }),
})
