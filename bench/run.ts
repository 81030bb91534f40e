import { benchBrowser, printBrowser } from './browser'
import { benchEngine, printEngine } from './engine'
import { benchFirstPaint, printFirstPaint } from './firstPaint'

// `npm run bench`: prints figures and ratios; it asserts nothing, because timings on a shared
// machine are for reading, not for failing a build.
console.log(`Node ${process.version}, ${new Date().toISOString()}\n`)
printEngine(benchEngine())
printBrowser(await benchBrowser())
printFirstPaint(await benchFirstPaint('dist'))
