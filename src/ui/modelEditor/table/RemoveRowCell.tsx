/** The last cell of an editable row: a small button that removes the row, named in full. */
export function RemoveRowCell({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <td>
      <button
        type="button"
        className="remove-row"
        aria-label={label}
        title={label}
        onClick={onRemove}
      >
        ×
      </button>
    </td>
  )
}
