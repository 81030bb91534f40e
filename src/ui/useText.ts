import { uiMessages } from '../i18n/ui'
import type { UiMessages } from '../i18n/uiMessages'
import type { Lang } from '../i18n/lang'
import { useDisplay } from './displayContext'

export function useLang(): Lang {
  return useDisplay().lang
}

export function useText(): UiMessages {
  return uiMessages[useLang()]
}
