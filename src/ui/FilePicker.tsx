import { useId, useRef } from 'react'

/**
 * A button-like label over a file input, for reading a file the user picks. `onPick` runs as a
 * file is chosen (to clear the previous file's message), `onFile` reads it, and `onFailed` says
 * when it could not be read at all. The input is emptied after, so the same file can be chosen
 * again.
 */
export function FilePicker({
  label,
  accept,
  onPick,
  onFile,
  onFailed,
}: {
  label: string
  accept: string
  onPick: () => void
  onFile: (file: File) => Promise<unknown>
  onFailed: (file: File) => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <label htmlFor={id} className="button-like">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (!file) return
          onPick()
          onFile(file)
            .catch(() => onFailed(file))
            .finally(() => {
              if (input.current) input.current.value = ''
            })
        }}
      />
    </>
  )
}
