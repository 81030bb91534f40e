/** Imports accounts by KOSTRA function and year from a statistics file (SSB's Statistikkbanken). */
export function StatisticsImportButton() {
  return null
}
