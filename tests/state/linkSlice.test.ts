import { afterEach, describe, expect, it } from 'vitest'
import type { ShareRead } from '../../src/state/share/shareLink'
import { createScenarioStore } from '../../src/state/store'
import { minimalModel, vestvagoy } from '../builders/model'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(() => closeTabs())

const onOtherModel = scenarioOf({ model: { id: 'annen-kommune', version: '1' } })

describe('the page opened from a share link', () => {
  it('shows the read-only view at once, with nothing from an earlier link', async () => {
    const store = await openTab(freshDb())
    store.getState().showShared({ ok: false, reason: 'damaged' })
    store.getState().readingLink()
    expect(store.getState()).toMatchObject({
      view: 'presentation',
      linkReading: true,
      shared: null,
      linkIssue: null,
    })
  })

  it.each([
    [{ ok: false, reason: 'damaged' }, { reason: 'damaged' }],
    [{ ok: false, reason: 'tooLarge' }, { reason: 'tooLarge' }],
    [{ ok: false, reason: 'unsupported' }, { reason: 'unsupported' }],
    [
      { ok: false, reason: 'invalid', problems: [{ code: 'notJson', line: 1, column: 1 }] },
      { reason: 'invalid', problems: [{ code: 'notJson', line: 1, column: 1 }] },
    ],
  ] satisfies [ShareRead, unknown][])(
    'says why a link could not be read: %j',
    async (read, issue) => {
      const store = await openTab(freshDb())
      store.getState().readingLink()
      store.getState().showShared(read)
      expect(store.getState()).toMatchObject({
        linkIssue: issue,
        linkReading: false,
        view: 'presentation',
        shared: null,
      })
    },
  )

  it('refuses a scenario on a model the user does not have and the link does not carry, saying why', async () => {
    const store = await openTab(freshDb())
    store.getState().showShared({ ok: true, scenario: onOtherModel })
    expect(store.getState().shared).toBeNull()
    expect(store.getState().linkIssue).toEqual({
      reason: 'invalid',
      problems: [
        { code: 'scenarioForOtherModel', expected: 'vestvagoy-2014', found: 'annen-kommune' },
      ],
    })
  })

  it('refuses a scenario when no model is open and its own is not known, without a crash', () => {
    const store = createScenarioStore()
    store.getState().showShared({ ok: true, scenario: onOtherModel })
    expect(store.getState()).toMatchObject({
      shared: null,
      linkIssue: { reason: 'invalid', problems: [] },
      view: 'presentation',
    })
  })

  it('shows a readable link in place of an earlier one that could not be read', async () => {
    const store = await openTab(freshDb())
    store.getState().readingLink()
    store.getState().showShared({ ok: false, reason: 'damaged' })
    store.getState().showShared({ ok: true, scenario: scenarioOf({ name: 'Fra lenke' }) })
    expect(store.getState()).toMatchObject({
      linkIssue: null,
      linkReading: false,
      view: 'presentation',
      shared: { scenario: { name: 'Fra lenke' }, modelKey: 'file:vestvagoy-2014.json' },
    })
  })

  it('makes no copy when nothing was shared', async () => {
    const store = await openTab(freshDb())
    await store.getState().saveSharedCopy()
    expect(store.getState().pending).toBeNull()
    expect(store.getState().saved).toEqual([])
  })
})

describe('a scenario file opened from disk', () => {
  it('is imported, not shown, when it is unreadable, on the open model, or on a model nobody has', async () => {
    const store = await openTab(freshDb())
    expect(store.getState().presentFile('{ikke json')).toBe(false)
    expect(store.getState().presentFile(JSON.stringify(scenarioOf()))).toBe(false)
    expect(store.getState().presentFile(JSON.stringify(onOtherModel))).toBe(false)
    expect(store.getState().shared).toBeNull()
  })

  it('is shown read-only when it is on another model the user has', async () => {
    const store = await openTab(freshDb())
    const key = await store.getState().addModel(minimalModel({ id: 'annen-kommune' }))
    expect(key).not.toBeNull()
    const file = scenarioOf({ model: { id: 'annen-kommune', version: '1' }, selection: ['A'] })
    expect(store.getState().presentFile(JSON.stringify(file))).toBe(true)
    expect(store.getState().shared).toMatchObject({ modelKey: key, model: { id: 'annen-kommune' } })
    expect(store.getState().model?.id).toBe(vestvagoy().id)
  })
})
