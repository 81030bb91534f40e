/** The files of scenarios/, read at build time by bundledFilesPlugin.ts. */
declare module 'virtual:bundled-files' {
  // An ambient module cannot import a relative path; a type query can name it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const bundled: import('./state/readBundledFiles').ReadBundledFiles
  export default bundled
}
