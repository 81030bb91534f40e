import { useEffect, useState } from 'react'
import { create } from 'zustand'
import type { ValidModel } from '../../model/load/validModel'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../model/uncertainty/simulate'
import type { UncertaintyJson } from '../../model/uncertainty/uncertaintyJson'
import { afterPaint, whenSettled } from '../derived/afterPaint'
import { useScenario, type Store } from '../store'
import type { ChanceAnswer, ChanceRequest } from './chanceRequest'

export interface TargetChance {
  /** The figures of the last answer: for the current selection when `current`. */
  chance: UncertaintyJson | null
  /** False while the figures for a change are being worked out, and the last ones still shown. */
  current: boolean
  /** False where the browser cannot work it out off the main thread (it is never done on it). */
  available: boolean
}

const chanceStore = create<TargetChance>(() => ({
  chance: null,
  current: false,
  available: typeof Worker !== 'undefined',
}))

type Asked = Pick<Store, 'model'> & Pick<Store['doc'], 'selection' | 'overrides'>
const sameAsk = (a: Asked, b: Asked) =>
  a.model === b.model && a.selection === b.selection && a.overrides === b.overrides

// One worker, one request at a time: changes made while it works are asked for together, the
// last of them, once it answers.
let worker: Worker | null = null
let sentModel: ValidModel | null = null
let asking: Asked | null = null
let waiting: Asked | null = null
let lastId = 0

const askedNow = (): Asked => {
  const { model, doc } = useScenario.getState()
  return { model, selection: doc.selection, overrides: doc.overrides }
}

function send(): void {
  const next = waiting
  waiting = null
  if (!next?.model || !worker) return
  asking = next
  const request: ChanceRequest = {
    id: ++lastId,
    // The model crosses only when it is another than the worker holds.
    ...(next.model === sentModel ? {} : { model: next.model }),
    selection: next.selection,
    overrides: next.overrides,
    samples: DEFAULT_SAMPLES,
    seed: DEFAULT_SEED,
  }
  sentModel = next.model
  worker.postMessage(request)
}

function answered({ data }: MessageEvent<ChanceAnswer>): void {
  const asked = asking
  asking = null
  chanceStore.setState({
    chance: data.chance,
    current: asked !== null && waiting === null && sameAsk(asked, askedNow()),
  })
  send()
}

function ask(what: Asked): void {
  if (!worker) {
    worker = new Worker(new URL('./chance.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = answered
    // A worker that cannot start or breaks says so on screen, rather than "working it out" for ever.
    worker.onerror = () => chanceStore.setState({ available: false })
  }
  waiting = what
  if (!asking) send()
}

/**
 * The chance that the current selection reaches the target, by seeded simulation in a worker:
 * asked for again after each change, once the change's figures and charts have been painted (on
 * two cores the worker would otherwise slow their drawing), so a switch never waits for it. Until
 * it answers, the last figures stay, marked as not current.
 */
export function useTargetChance(): TargetChance {
  const [keys] = useState(() => ({ ask: Symbol('target chance'), stale: Symbol('chance stale') }))
  const chance = chanceStore()
  useEffect(() => {
    if (!chanceStore.getState().available) return
    let cancel: (() => void) | undefined
    let last: Asked | null = null
    const follow = () => {
      const now = askedNow()
      if (last && sameAsk(last, now)) return
      last = now
      cancel?.()
      // The figures shown are marked as not current from the frame after the change on.
      const stale = afterPaint(keys.stale, () => chanceStore.setState({ current: false }))
      const asked = whenSettled(keys.ask, () => ask(now))
      cancel = () => {
        stale()
        asked()
      }
    }
    follow()
    const unsubscribe = useScenario.subscribe(follow)
    return () => {
      unsubscribe()
      cancel?.()
    }
  }, [keys])
  return chance
}
