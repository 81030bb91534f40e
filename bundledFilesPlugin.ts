import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runnerImport, type Plugin } from 'vite'
import type { readBundledFiles } from './src/state/readBundledFiles'

const ID = 'virtual:bundled-files'
const RESOLVED = `\0${ID}`
const DIR = resolve(import.meta.dirname, 'scenarios')
const READER = resolve(import.meta.dirname, 'src/state/readBundledFiles.ts')

const isJson = (name: string) => name.endsWith('.json')

/**
 * `virtual:bundled-files`: the files of scenarios/, read and checked here, as the app is built,
 * by the same readBundledFiles the app would run, so the browser only parses the result. A broken
 * file is an entry with its problems, as before: the app says what is wrong, the build goes on.
 */
export function bundledFilesPlugin(): Plugin {
  return {
    name: 'bundled-files',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined
      // The app's own TypeScript, run by Vite as it runs it for the browser.
      const { module } = await runnerImport<{ readBundledFiles: typeof readBundledFiles }>(READER, {
        configFile: false,
        logLevel: 'error',
      })
      const files = Object.fromEntries(
        readdirSync(DIR)
          .filter(isJson)
          .map((name) => {
            const path = join(DIR, name)
            this.addWatchFile(path)
            return [path, readFileSync(path, 'utf8')]
          }),
      )
      // JSON.parse of a string is quicker for the browser than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.readBundledFiles(files)))})`
    },
    // A file added to or taken from scenarios/ while the dev server runs shows on the next load.
    configureServer(server) {
      server.watcher.add(DIR)
      const changed = (path: string) => {
        if (!path.startsWith(DIR) || !isJson(path)) return
        const module = server.moduleGraph.getModuleById(RESOLVED)
        if (module) server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', changed)
      server.watcher.on('unlink', changed)
    },
  }
}
