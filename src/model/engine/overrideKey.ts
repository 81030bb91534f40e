/** An override names one driver input: "D.refund.refundRate". Ids cannot contain dots. */
export function overrideKey(measureId: string, driverId: string, input: string): string {
  return `${measureId}.${driverId}.${input}`
}

/** The input an override key names: "refundRate" of "D.groupHomes.refundRate". */
export const inputOf = (key: string): string | undefined => splitOverrideKey(key)?.input

export function splitOverrideKey(
  key: string,
): { measureId: string; driverId: string; input: string } | null {
  const parts = key.split('.')
  if (parts.length !== 3) return null
  const [measureId = '', driverId = '', input = ''] = parts
  return { measureId, driverId, input }
}
