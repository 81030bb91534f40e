import { fieldId } from '../fieldId'

/** The element id of a field's problem message, for its aria-describedby. */
export const problemId = (path: readonly (string | number)[]) => `${fieldId(path)}-problem`

/** A field's problem in words, announced as it appears; nothing when there is none. */
export function FieldProblem({
  path,
  text,
}: {
  path: readonly (string | number)[]
  text: string | null
}) {
  return (
    <span id={problemId(path)} className="error" role={text ? 'alert' : undefined}>
      {text}
    </span>
  )
}
