import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { driverKinds } from '../../../src/model/drivers/registry'

const sourceDir = fileURLToPath(new URL('../../../src/model/drivers/kinds/', import.meta.url))
const testDir = fileURLToPath(new URL('./', import.meta.url))
const kinds = Object.values(driverKinds)

describe('the driver registry', () => {
  it('lists every kind in drivers/kinds, each file named after its kind, each with its test', () => {
    const files = readdirSync(sourceDir).map((file) => file.replace(/\.ts$/, ''))
    expect([...files].sort()).toEqual(kinds.map((kind) => kind.kind).sort())
    const tests = readdirSync(testDir)
    for (const kind of kinds) expect(tests).toContain(`${kind.kind}.test.ts`)
  })

  it.each(kinds)('$kind says in both languages what it and each of its parts are', (kind) => {
    const words = (w: { nb: string; en: string } | undefined) => {
      expect(w?.nb.trim()).not.toBe('')
      expect(w?.en.trim()).not.toBe('')
    }
    words(kind.title)
    expect(kind.formula.trim()).not.toBe('')
    for (const input of Object.values(kind.inputs)) words(input.label)
    for (const field of Object.values(kind.extra ?? {})) {
      words(field.label)
      Object.values(field.values).forEach(words)
    }
    for (const check of kind.checks ?? []) {
      words(check.message)
      expect(Object.keys(kind.inputs)).toContain(check.input)
    }
    if (kind.roles?.householdRate)
      expect(Object.keys(kind.inputs)).toContain(kind.roles.householdRate)
  })
})
