// Before React DOM loads: it looks for the hook once, when it starts.
import { stopCounting } from './renderCounts'
import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  stopCounting()
})

// The after-paint schedulers (src/state/derived/afterPaint.ts) run a timer, then a frame: once
// the file's parts are gone they stop within a few frames. They are let run out here, while the
// page still has frames to ask for, not after jsdom has been taken down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)))
