import { benchBrowser, printBrowser } from './browser'
import { benchEngine, printEngine } from './engine'
import { benchFirstPaint, printFirstPaint } from './firstPaint'
import { benchUncertainty, printUncertainty } from './uncertainty'

// `npm run bench`: prints figures and ratios; it asserts nothing, because timings on a shared
// machine are for reading, not for failing a build.
console.log(`Node ${process.version}, ${new Date().toISOString()}\n`)
printEngine(benchEngine())
printUncertainty(benchUncertainty())
printBrowser(await benchBrowser())
printFirstPaint(await benchFirstPaint('dist'))
