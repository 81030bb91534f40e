/** The names and colours of a chart's series, as text beside the chart. */
export function Legend({ items }: { items: readonly { name: string; color: string }[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.name}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  )
}
