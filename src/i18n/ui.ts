import type { Lang } from './lang'
import { uiEn } from './ui.en'
import { uiNb } from './ui.nb'
import type { UiMessages } from './uiMessages'

export const uiMessages: Record<Lang, UiMessages> = { nb: uiNb, en: uiEn }
