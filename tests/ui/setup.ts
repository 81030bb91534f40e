// Before React DOM loads: it looks for the hook once, when it starts.
import { stopCounting } from './renderCounts'
import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  stopCounting()
})
