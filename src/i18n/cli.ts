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
  badCount: (option: string, value: string, least: string, most: string) => string
  uncertainty: {
    method: (samples: string, seed: number) => string
    lasting: string
    probability: string
    standardError: string
    saving: (percent: number) => string
    target: string
    summary: (probability: string, carriers: string | null) => string
  }
}

const USAGE_OPTIONS = `
  --measures A,B1,…   tiltakene som velges / the measures to select
  --package <id>      en navngitt pakke i modellen / a named package of the model
  --set K=V           overstyr en antakelse / override an assumption, e.g. D.groupHomes.refundRate=0.9
                      (én gang per antakelse / once per assumption)
  --uncertainty       sannsynligheten for å nå målet / the chance of reaching the target
  --samples N         antall trekk / draws (100 000)
  --seed S            frø for trekkene / seed of the draws (1)
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
    badCount: (option, value, least, most) =>
      `${option} må være et helt tall fra ${least} til ${most}, ikke «${value}».`,
    uncertainty: {
      method: (samples, seed) =>
        `Sannsynligheten for å nå målet, anslått ved simulering: ${samples} trekk med frø ${seed}. ` +
        'Hvert tiltak trekkes for seg innenfor sitt spenn (trekantfordeling med toppunkt i ' +
        'forventet virkning), og et tiltak som slår feil, gjør det alle år (docs/uncertainty.md).',
      lasting: 'Varig',
      probability: 'Sannsynlighet for å nå målet',
      standardError: 'Standardfeil, prosentpoeng',
      saving: (percent) => `Innsparing, ${percent}-persentil, 1000 kr`,
      target: 'Mål: innsparing, 1000 kr',
      summary: (probability, carriers) =>
        `Målet nås varig med ${probability} sannsynlighet` +
        (carriers ? `; det meste av usikkerheten ligger i ${carriers}.` : '.'),
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
    badCount: (option, value, least, most) =>
      `${option} must be a whole number from ${least} to ${most}, not "${value}".`,
    uncertainty: {
      method: (samples, seed) =>
        `The chance of reaching the target, estimated by simulation: ${samples} draws with seed ${seed}. ` +
        'Each measure is drawn on its own within its range (a triangular distribution peaking at ' +
        'the expected effect), and a measure that falls short does so in every year (docs/uncertainty.md).',
      lasting: 'Lasting',
      probability: 'Chance of reaching the target',
      standardError: 'Standard error, percentage points',
      saving: (percent) => `Saving, ${percent}th percentile, NOK 1000`,
      target: 'Target: saving, NOK 1000',
      summary: (probability, carriers) =>
        `The lasting target is reached with a ${probability} chance` +
        (carriers ? `; most of the uncertainty lies in ${carriers}.` : '.'),
    },
  },
}
