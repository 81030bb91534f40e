import { uiMessages } from '../i18n/ui'
import type { UiMessages } from '../i18n/uiMessages'
import type { Lang } from '../i18n/lang'
import { useScenario } from '../state/store'

export function useLang(): Lang {
  return useScenario((s) => s.lang)
}

export function useText(): UiMessages {
  return uiMessages[useLang()]
}
