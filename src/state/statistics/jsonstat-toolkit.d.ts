// The parts of jsonstat-toolkit 2 the JSON-stat reader uses; the package ships no types.
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string | null
    unit: { base?: string; label?: string; symbol?: string } | null
  }
  interface JsonStatDimension {
    id: string[]
    label: string | null
    Category(id: string): JsonStatCategory | null
  }
  interface JsonStatDataset {
    class: string | null
    id: string[]
    label: string | null
    role: { time?: string[] | null; geo?: string[] | null; metric?: string[] | null } | null
    Dimension(id: string): JsonStatDimension | null
    Data(coordinates: Record<string, string>): { value: unknown; status: unknown } | null
  }
  /** Reads an object already parsed; given a string it would fetch it as a URL, so never call it so. */
  export default function JSONstat(response: object): JsonStatDataset
}
