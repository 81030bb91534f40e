import { useId, type ReactNode } from 'react'

/** A part of the baseline editor under its own heading. */
export function BaselineSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="baseline-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
