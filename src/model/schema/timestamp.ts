export const TimestampPart = {
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
} as const
export type TimestampPart = (typeof TimestampPart)[keyof typeof TimestampPart]

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

/**
 * Which part of a time written `YYYY-MM-DDTHH:MM:SS(.sss)Z` does not exist (month 13, 30 February,
 * hour 24, minute or second 60), or null for a real time in UTC. Every reader of the time can then
 * rely on `new Date(text)`.
 */
export function timestampIssue(text: string): TimestampPart | null {
  const part = (from: number, length = 2) => Number(text.slice(from, from + length))
  const [year, month, day] = [part(0, 4), part(5), part(8)]
  const [hour, minute, second] = [part(11), part(14), part(17)]
  if (month < 1 || month > 12) return TimestampPart.month
  if (day < 1 || day > daysIn(year, month)) return TimestampPart.day
  if (hour > 23) return TimestampPart.hour
  if (minute > 59) return TimestampPart.minute
  if (second > 59) return TimestampPart.second
  return Number.isNaN(Date.parse(text)) ? TimestampPart.day : null
}
