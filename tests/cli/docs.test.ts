import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { generatedDocs } from '../../src/cli/writeDocs'
import { evaluate } from '../../src/model/engine/evaluate'
import { validateModel } from '../../src/model/load/validateModel'
import { modelJsonSchema } from '../../src/model/schema/modelJsonSchema'
import { measureJson, minimalModel, vestvagoyJson } from '../builders/model'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe('docs written from the code', () => {
  it.each(Object.entries(generatedDocs()))(
    '%s is current (npm run docs writes it)',
    (path, text) => {
      expect(readFileSync(`${root}${path}`, 'utf8')).toBe(text)
    },
  )
})

describe('the JSON Schema an editor checks a model file with', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(modelJsonSchema())

  it.each([
    ['the Vestvågøy model', vestvagoyJson()],
    ['the smallest model', minimalModel()],
    [
      'a model with a count driver, a month start and a phase-in',
      minimalModel({
        target: { lasting: '1000000', byYear: { '2025': '500000' }, text: 'Mål' },
        measures: [
          measureJson('A', {
            timing: { firstYear: 2025, firstMonth: 8, phaseIn: ['0.5'] },
            drivers: [
              {
                id: 'count',
                kind: 'countChange',
                function: '242',
                per: 'month',
                inputs: { countChange: '-10', amountPerCount: '9500' },
              },
            ],
          }),
        ],
      }),
    ],
  ])('accepts %s', (_, file) => {
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each([
    ['an amount as a JSON number', { target: { lasting: 6500000, text: 'x' } }],
    ['an unknown field', { targett: {} }],
    [
      'a driver kind that does not exist',
      { measures: [measureJson('A', { drivers: [{ id: 'x', kind: 'magic', inputs: {} }] })] },
    ],
    [
      'a month that does not exist',
      { measures: [measureJson('A', { timing: { firstMonth: 13 } })] },
    ],
    [
      'a count driver without per',
      {
        measures: [
          measureJson('A', {
            drivers: [
              {
                id: 'c',
                kind: 'countChange',
                function: '242',
                inputs: { countChange: '1', amountPerCount: '1' },
              },
            ],
          }),
        ],
      },
    ],
  ])('refuses %s, as the app does', (_, change) => {
    expect(validate(minimalModel(change))).toBe(false)
  })
})

describe('the minimal complete model in docs/model-format.md', () => {
  const doc = readFileSync(`${root}docs/model-format.md`, 'utf8')
  const section = doc.slice(doc.indexOf('## A minimal complete model'))
  const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? ''

  it('is a valid model that gives the figures the docs say', () => {
    const loaded = validateModel(JSON.parse(json))
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    const result = evaluate(loaded.model, ['S1'])
    expect(result.years.map((y) => y.net.toString())).toEqual([
      '-475000',
      '-1140000',
      '-1140000',
      '-1140000',
    ])
    expect(result.years[0]?.target.toString()).toBe('500000')
  })
})
