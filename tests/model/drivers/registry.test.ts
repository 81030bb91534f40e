import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { driverKinds } from '../../../src/model/drivers/registry'

const sourceDir = fileURLToPath(new URL('../../../src/model/drivers/kinds/', import.meta.url))
const testDir = fileURLToPath(new URL('./', import.meta.url))

describe('the driver registry', () => {
  it('registers every kind the issue asks for', () => {
    expect(Object.keys(driverKinds).sort()).toEqual([
      'fixedAmount',
      'noMonetaryEffect',
      'oneOff',
      'percentOfBase',
      'refundedSpending',
      'settlement',
      'staffYears',
    ])
  })

  it('has one source file and one test file per kind', () => {
    const sources = readdirSync(sourceDir)
    const tests = readdirSync(testDir)
    for (const kind of Object.keys(driverKinds)) {
      expect(sources).toContain(`${kind}.ts`)
      expect(tests).toContain(`${kind}.test.ts`)
    }
  })
})
