export const Lang = { nb: 'nb', en: 'en' } as const
export type Lang = (typeof Lang)[keyof typeof Lang]

export const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' }

export function isLang(value: string): value is Lang {
  return Object.hasOwn(Lang, value)
}
