import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMPTY_HISTORY, record, redo, seal, undo, type History } from '../../src/state/history'
import { propertyRuns } from '../builders/fastCheck'

interface Doc {
  selection: string[]
  overrides: Record<string, string>
}
const start: Doc = { selection: ['A'], overrides: {} }

describe('undo and redo from immer patches', () => {
  it('undoes and redoes one change', () => {
    const changed = record(start, EMPTY_HISTORY, (d) => {
      d.selection.push('B')
    })
    expect(changed.doc.selection).toEqual(['A', 'B'])
    const undone = undo(changed.doc, changed.history)
    expect(undone.doc).toEqual(start)
    expect(redo(undone.doc, undone.history).doc).toEqual(changed.doc)
  })

  it('merges edits of one field in a row into one step, until sealed', () => {
    let state: { doc: Doc; history: History } = { doc: start, history: EMPTY_HISTORY }
    for (const value of ['0', '0.', '0.9']) {
      state = record(
        state.doc,
        state.history,
        (d) => {
          d.overrides['D.groupHomes.refundRate'] = value
        },
        'refundRate',
      )
    }
    expect(state.history.past).toHaveLength(1)
    state = { ...state, history: seal(state.history) }
    state = record(
      state.doc,
      state.history,
      (d) => {
        d.overrides['D.groupHomes.refundRate'] = '0.95'
      },
      'refundRate',
    )
    expect(state.history.past).toHaveLength(2)
    state = undo(state.doc, state.history)
    expect(state.doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.9' })
    state = undo(state.doc, state.history)
    expect(state.doc).toEqual(start)
  })

  it('records nothing for a change that changes nothing', () => {
    const same = record(start, EMPTY_HISTORY, (d) => {
      delete d.overrides['never-set']
    })
    expect(same.doc).toBe(start)
    expect(same.history.past).toHaveLength(0)
  })

  it('brings back every earlier state, in order, and forward again', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('toggle' as const), id: fc.constantFrom('A', 'B', 'C', 'D') }),
      fc.record({
        kind: fc.constant('set' as const),
        key: fc.constantFrom('x', 'y'),
        value: fc.constantFrom('1', '2.5', '-3'),
      }),
      fc.record({ kind: fc.constant('reset' as const), key: fc.constantFrom('x', 'y') }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state: { doc: Doc; history: History } = { doc: start, history: EMPTY_HISTORY }
        const seen: Doc[] = [start]
        for (const s of steps) {
          const next = record(state.doc, state.history, (d) => {
            if (s.kind === 'toggle') {
              d.selection = d.selection.includes(s.id)
                ? d.selection.filter((x) => x !== s.id)
                : [...d.selection, s.id]
            } else if (s.kind === 'set') d.overrides[s.key] = s.value
            else delete d.overrides[s.key]
          })
          if (next.doc !== state.doc) seen.push(next.doc)
          state = next
        }
        const last = state.doc
        for (let i = seen.length - 1; i > 0; i--) {
          expect(state.doc).toEqual(seen[i])
          state = undo(state.doc, state.history)
        }
        expect(state.doc).toEqual(start)
        while (state.history.future.length > 0) state = redo(state.doc, state.history)
        expect(state.doc).toEqual(last)
      }),
      propertyRuns(200),
    )
  })

  it('changes nothing when there is nothing to undo, redo or seal', () => {
    expect(undo(start, EMPTY_HISTORY)).toEqual({ doc: start, history: EMPTY_HISTORY })
    expect(redo(start, EMPTY_HISTORY)).toEqual({ doc: start, history: EMPTY_HISTORY })
    expect(seal(EMPTY_HISTORY)).toBe(EMPTY_HISTORY)
  })

  it('redoes every undone step in turn', () => {
    let state: { doc: Doc; history: History } = { doc: start, history: EMPTY_HISTORY }
    for (const id of ['B', 'C']) {
      state = record(state.doc, state.history, (d) => {
        d.selection.push(id)
      })
    }
    state = undo(state.doc, state.history)
    state = undo(state.doc, state.history)
    state = redo(state.doc, state.history)
    state = redo(state.doc, state.history)
    expect(state.doc.selection).toEqual(['A', 'B', 'C'])
  })

  it('keeps the last 200 steps', () => {
    let state: { doc: Doc; history: History } = { doc: start, history: EMPTY_HISTORY }
    for (let i = 1; i <= 250; i++) {
      state = record(state.doc, state.history, (d) => {
        d.overrides['x'] = String(i)
      })
    }
    expect(state.history.past).toHaveLength(200)
    while (state.history.past.length > 0) state = undo(state.doc, state.history)
    expect(state.doc.overrides).toEqual({ x: '50' })
  })
})
