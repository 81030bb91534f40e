import { chanceAnswerer, type ChanceAnswer, type ChanceRequest } from './chanceRequest'

// The simulation's 100 000 draws take some 100 ms: here, off the main thread, switching stays
// instant while the chance is worked out.
const answer = chanceAnswerer()
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ChanceRequest>) => void) | null
  postMessage(message: ChanceAnswer): void
}
scope.onmessage = (event) => scope.postMessage(answer(event.data))
