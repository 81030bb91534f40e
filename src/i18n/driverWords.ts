import type { DriverKind } from '../model/drivers/driverKind'
import { driverKinds } from '../model/drivers/registry'
import { own } from '../model/own'
import type { CheckRef } from '../model/problems'
import type { Lang } from './lang'

/** What the model's driver kinds call themselves and their parts, in the reader's language. */
const kindOf = (kind: string): DriverKind | undefined => own(driverKinds, kind)

/** A kind's title, or its name as written where the kind is unknown. */
export function kindTitle(kind: string, lang: Lang): string {
  return kindOf(kind)?.title[lang] ?? kind
}

/** An input's name in a kind ("Refusjonssats"); the input as written where either is unknown. */
export function inputLabel(kind: string, input: string, lang: Lang): string {
  return own(kindOf(kind)?.inputs, input)?.label[lang] ?? input
}

/** The name of an input anywhere: the first kind that has it names it. */
export function anyInputLabel(input: string, lang: Lang): string | undefined {
  for (const kind of Object.values(driverKinds)) {
    const definition = own(kind.inputs, input)
    if (definition) return definition.label[lang]
  }
  return undefined
}

/** Every kind's own fields by name ("per", "side"), as the first kind that has one names it. */
export function extraFieldLabels(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const kind of Object.values(driverKinds)) {
    for (const [name, field] of Object.entries(kind.extra ?? {}))
      if (!Object.hasOwn(labels, name)) labels[name] = field.label[lang]
  }
  return labels
}

/**
 * A failed check as a sentence part: "«Grunnlag der endringen får virkning» kan ikke være …", or
 * without the input's name where the sentence has just named that input (`named`).
 */
export function checkWords(ref: CheckRef, lang: Lang, named?: string): string {
  const check = kindOf(ref.kind)?.checks?.find((c) => c.id === ref.check)
  if (!check) return ref.check
  return check.input === named
    ? check.message[lang]
    : `«${inputLabel(ref.kind, check.input, lang)}» ${check.message[lang]}`
}
