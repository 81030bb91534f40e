import type { Lang } from './lang'
import { formatDecimal } from './numbers'

interface CliMessages {
  usage: string
  fileMissing: (file: string) => string
  fileUnreadable: (file: string, reason: string) => string
  fileTooLarge: (file: string, limit: number) => string
  setTwice: (key: string, first: string, second: string) => string
  badArguments: (reason: string) => string
  measuresAndPackage: string
  unexpected: (reason: string) => string
  heading: {
    amounts: string
    measure: string
    lasting: string
    staffYears: string
    total: string
    target: string
    gap: string
    notes: string
    selection: (title: string, count: number) => string
    temporary: string
  }
}

const USAGE_OPTIONS = `
  --measures A,B1,…   tiltakene som velges / the measures to select
  --package <id>      en navngitt pakke i modellen / a named package of the model
  --set K=V           overstyr en antakelse / override an assumption, e.g. D.groupHomes.refundRate=0.9
                      (én gang per antakelse / once per assumption)
  --json              skriv resultatet som JSON / print the result as JSON
  --lang nb|en        språk / language (nb)`

export const cliMessages: Record<Lang, CliMessages> = {
  nb: {
    usage: `Bruk: npm run --silent evaluate -- <modell.json> [valg]${USAGE_OPTIONS}`,
    fileMissing: (file) => `Finner ikke filen «${file}».`,
    fileUnreadable: (file, reason) => `Kan ikke lese «${file}»: ${reason}.`,
    fileTooLarge: (file, limit) =>
      `«${file}» er for stor til å være en modellfil (grensen er ${formatDecimal(String(limit), 'nb')} tegn).`,
    setTwice: (key, first, second) =>
      `--set ${key} er gitt to ganger med ulike verdier (${first} og ${second}); gi den én gang.`,
    badArguments: (reason) => `Ugyldige argumenter: ${reason}. Se --help.`,
    measuresAndPackage: 'Bruk enten --measures eller --package, ikke begge.',
    unexpected: (reason) => `Uventet feil: ${reason}`,
    heading: {
      amounts: 'Beløp i 1000 kr per år, endring i netto driftsutgifter (negativt = innsparing)',
      measure: 'Tiltak',
      lasting: 'Varig',
      staffYears: 'Årsverk',
      total: 'Sum',
      target: 'Mål: innsparing',
      gap: 'Mangler til målet (− = over målet)',
      notes: 'Merknader',
      selection: (title, count) => `Utvalg: ${title} (${count} tiltak)`,
      temporary: 'tidsbegrenset',
    },
  },
  en: {
    usage: `Usage: npm run --silent evaluate -- <model.json> [options]${USAGE_OPTIONS}`,
    fileMissing: (file) => `Cannot find the file "${file}".`,
    fileUnreadable: (file, reason) => `Cannot read "${file}": ${reason}.`,
    fileTooLarge: (file, limit) =>
      `"${file}" is too large to be a model file (the limit is ${formatDecimal(String(limit), 'en')} characters).`,
    setTwice: (key, first, second) =>
      `--set ${key} is given twice with different values (${first} and ${second}); give it once.`,
    badArguments: (reason) => `Invalid arguments: ${reason}. See --help.`,
    measuresAndPackage: 'Use either --measures or --package, not both.',
    unexpected: (reason) => `Unexpected error: ${reason}`,
    heading: {
      amounts: 'NOK 1000 per year, change in net operating expenditure (negative = saving)',
      measure: 'Measure',
      lasting: 'Lasting',
      staffYears: 'Staff-years',
      total: 'Total',
      target: 'Target: saving',
      gap: 'Short of the target (− = above it)',
      notes: 'Notes',
      selection: (title, count) => `Selection: ${title} (${count} measures)`,
      temporary: 'time-limited',
    },
  },
}
