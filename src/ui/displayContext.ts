import { createContext, useContext } from 'react'
import type { Lang } from '../i18n/lang'
import type { AmountUnit } from '../state/viewSlice'

/** The language and the amount unit every figure and word on screen follows. */
export interface Display {
  lang: Lang
  unit: AmountUnit
}

export const DisplayContext = createContext<Display | null>(null)

export function useDisplay(): Display {
  const display = useContext(DisplayContext)
  if (!display)
    throw new Error('a part that shows words or figures is rendered outside <DisplaySettings>')
  return display
}
