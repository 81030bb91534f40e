import { inputOf } from '../model/engine/overrideKey'
import { codePointText, type ProblemMessages } from './problemMessages'

export const problemsNb: ProblemMessages = {
  jsonType: {
    string: 'tekst',
    number: 'et tall',
    integer: 'et heltall',
    boolean: 'sann/usann',
    object: 'et objekt { … }',
    array: 'en liste [ … ]',
    null: 'null',
  },
  collection: {
    measures: 'tiltakene',
    drivers: 'driverne til tiltaket som endrer en sats',
    units: 'enhetene',
    teams: 'teamene i enheten',
    themes: 'temaene',
    kostraFunctions: 'KOSTRA-funksjonene i modellen',
    partners: 'partnerne i partnerskapet',
    households: 'husholdningseksemplene',
    regimes: 'ordningene i husholdningseksempelet',
    lines: 'linjene i husholdningseksempelet',
  },
  // `found` is file text: it is quoted as written, and so are examples of how to write a value.
  inputIssue: {
    notDecimal: (found) =>
      `"${found}" er ikke et tall slik filen skriver tall: i anførselstegn, med punktum som desimaltegn og uten mellomrom, f.eks. "0.8" eller "-750000"`,
    negative: (found) => `kan ikke være negativt (fant "${found}")`,
    aboveOne: (found, f) =>
      `må være mellom ${f.percent('0')} og ${f.percent('1')} (fant "${found}"); i filen skrives ${f.percent('0.8')} som "0.8"`,
    belowMinusOne: (found, f) =>
      `kan ikke være lavere enn ${f.number('-1')}, altså ${f.percent('-1')} (fant "${found}")`,
    notYear: (found) => `"${found}" er ikke et årstall`,
    yearNotInPlan: (found) => `${found} er ikke et av planårene`,
    unknown: (found) => `finnes ikke i modellen (verdien var "${found}")`,
  },
  pattern: {
    id: 'en id (bokstaver, sifre, - og _, uten mellomrom eller punktum)',
    kostra: 'en KOSTRA-funksjon (tre sifre, f.eks. "242")',
    municipalityNumber: 'et kommunenummer (fire sifre, f.eks. "1860")',
    yearKey: 'et årstall (fire sifre)',
    overrideKey: 'en antakelse skrevet tiltak.driver.input, f.eks. "D.groupHomes.refundRate"',
    timestamp: 'et tidspunkt skrevet som 2026-11-23T12:00:00Z',
  },
  quantity: {
    amount: (n) => `${n}\u00a0kr`,
    monthlyAmount: (n) => `${n}\u00a0kr per måned`,
    persons: (n) => `${n} personer`,
  },
  percentagePoints: (n) => `${n} prosentpoeng`,
  computedFrom: {
    lines: 'linjene summerer til',
    measures: 'tiltakene summerer til',
    calculation: 'modellen regner ut',
  },
  notJson: (p) => `Filen er ikke gyldig JSON: feil på linje ${p.line}, kolonne ${p.column}.`,
  notModelFile: () =>
    'Filen er ikke en modellfil for Omstilling: feltet «format» må være "omstilling.model".',
  newerSchema: (p) =>
    `Filen er laget for en nyere versjon av Omstilling (schemaVersion ${p.found}); denne versjonen leser schemaVersion ${p.supported}. Oppdater programmet for å åpne den.`,
  wrongType: (p, f) =>
    `${f.at(p.path)}: skal være ${problemsNb.jsonType[p.expected]}, men er ${problemsNb.jsonType[p.found]}` +
    (p.expected === 'string' && (p.found === 'number' || p.found === 'integer')
      ? ' (skriv tall i anførselstegn i filen, f.eks. "750000", så de leses nøyaktig).'
      : '.'),
  missingField: (p, f) => `${f.at(p.path)}: feltet mangler.`,
  unknownField: (p, f) => `${f.at(p.path)}: ukjent felt (feilstavet?).`,
  notOneOf: (p, f) =>
    `${f.at(p.path)}: «${p.found}» er ikke tillatt; skriv ${f.list(p.allowed.map((a) => `"${a}"`))}.`,
  badNumber: (p, f) => `${f.at(p.path)}: ${problemsNb.inputIssue[p.issue](p.found, f)}.`,
  badText: (p, f) => `${f.at(p.path)}: «${p.found}» er ikke ${problemsNb.pattern[p.pattern]}.`,
  outOfRange: (p, f) =>
    `${f.at(p.path)}: ${f.whole(p.found)} er utenfor det tillatte (${f.whole(p.min)}–${f.whole(p.max)}).`,
  empty: (p, f) => `${f.at(p.path)}: kan ikke være tom.`,
  duplicateId: (p, f) => `${f.at(p.path)}: «${p.id}» er brukt mer enn én gang.`,
  unknownReference: (p, f) =>
    `${f.at(p.path)}: «${p.id}» finnes ikke blant ${problemsNb.collection[p.collection]}.`,
  planYearsNotConsecutive: (p, f) =>
    `${f.at(p.path)}: må være påfølgende år i stigende rekkefølge.`,
  baseYearNotBeforePlan: (p, f) =>
    `${f.at(p.path)}: ${p.baseYear} må ligge før første planår, ${p.firstPlanYear}.`,
  yearNotInPlan: (p, f) =>
    `${f.at(p.path)}: ${p.year} er ikke et av planårene (${f.list(p.planYears)}).`,
  eitherField: (p, f) =>
    `${f.at(p.path)}: gi enten «${p.fields[0]}» eller «${p.fields[1]}», ikke begge; de sier det samme på hver sin måte.`,
  endBeforeStart: (p, f) => `${f.at(p.path)}: ${p.lastYear} ligger før første år, ${p.firstYear}.`,
  yearKeysMismatch: (p, f) =>
    `${f.at(p.path)}: må ha tall for nøyaktig årene ${f.list(p.expected)}.`,
  packageBreaksRule: (p, f) =>
    `${f.at(p.path)}: pakken bryter en regel: ${problemsNb[p.rule.code](p.rule as never, f)}`,
  rulesCannotBeKept: (p, f) =>
    `${f.at(p.path)}: tiltak ${f.measure(p.measure)} krever, direkte eller gjennom andre tiltak, både ${f.measures(p.alternatives)}, som er alternativer. ${p.measure} kan derfor aldri velges.`,
  reportedMismatch: (p, f) => {
    const figures = f.figures(p)
    return (
      `${f.at(p.path)}: rapporten oppgir ${figures.reported}, men ${problemsNb.computedFrom[p.computedFrom]} ${figures.computed} (differanse ${figures.difference}).` +
      (p.note ? ` ${p.note}` : '')
    )
  },
  unknownMeasure: (p, f) =>
    `Ukjent tiltak: ${f.measures(p.ids)}. Modellen har ikke tiltak med denne id-en.`,
  unknownPackage: (p) => `Ukjent pakke: «${p.id}».`,
  unknownOverride: (p, f) =>
    `Ukjent antakelse ${f.assumption(p.key)}: skriv tiltak.driver.input, f.eks. "D.groupHomes.refundRate".`,
  badOverride: (p, f) =>
    p.issue === 'breaksCheck'
      ? `Antakelsen ${f.assumption(p.key)} er ikke brukt: ${f.check(p.failed, inputOf(p.key))}.`
      : `Antakelsen ${f.assumption(p.key)}: ${problemsNb.inputIssue[p.issue](p.found, f)}.`,
  driverCheck: (p, f) => `${f.at(p.path)}: ${f.check(p.failed, String(p.path.at(-1)))}.`,
  alternativesChosenTogether: (p, f) =>
    `${f.measures(p.measures)} kan ikke velges sammen: ${f.list(p.alternatives)} er alternativer, velg bare ett.`,
  requirementMissing: (p, f) =>
    `${f.measure(p.measure)} krever ${f.measures(p.requires)}: ${p.reason}`,
  tooLong: (p, f) => `${f.at(p.path)}: teksten er lengre enn ${f.number(String(p.max))} tegn.`,
  notScenarioFile: () =>
    'Filen er ikke et scenario fra Omstilling: feltet «format» må være "omstilling.scenario".',
  newerScenarioSchema: (p) =>
    `Scenarioet er laget med en nyere versjon av Omstilling (schemaVersion ${p.found}); denne versjonen leser opp til ${p.supported}. Det er ikke endret.`,
  missingMigration: (p) =>
    `Scenarioet har et eldre format (schemaVersion ${p.from}) som denne versjonen ikke kan oversette.`,
  scenarioForOtherModel: (p) =>
    `Scenarioet er laget for modellen «${p.found}», ikke for «${p.expected}» som er åpen.`,
  modelVersionChanged: (p) =>
    `Scenarioet er laget på versjon ${p.from} av modellen; den gjeldende er ${p.to}.`,
  measuresNotInModel: (p, f) =>
    `Tiltak ${f.measures(p.ids)} finnes ikke lenger i modellen og er ikke med.`,
  ruleLeftOut: (p, f) =>
    p.rule.code === 'alternativesChosenTogether'
      ? `${f.measures(p.rule.measures)} er ikke regnet med: ${f.list(p.rule.alternatives)} er alternativer, og bare ett kan velges.`
      : `${f.measure(p.rule.measure)} er ikke regnet med: det krever ${f.measures(p.rule.requires)}. ${p.rule.reason}`,
  overrideDropped: (p, f) =>
    `Antakelsen ${f.assumption(p.key)} er ikke tatt med: ${
      p.issue === 'breaksCheck'
        ? f.check(p.failed, inputOf(p.key))
        : problemsNb.inputIssue[p.issue](p.found, f)
    }.`,
  fileTooLarge: (p, f) =>
    `Filen er for stor (${f.number(String(p.characters))} tegn; grensen er ${f.number(String(p.limit))}).`,
  targetMetOnlyWhileTemporary: (p, f) =>
    `Målet nås i ${f.list(p.years)} bare så lenge tidsbegrensede tiltak varer; den varige effekten mangler ${problemsNb.quantity.amount(f.number(p.lastingGap))}.`,
  notUtf8: (p) =>
    `Filen er ikke lagret som UTF-8: ugyldige byte på linje ${p.line}, kolonne ${p.column}. Lagre den som UTF-8 og prøv igjen.`,
  tooDeep: (p) =>
    `Filen har lister og objekter inne i hverandre i mer enn ${p.limit} nivåer (linje ${p.line}, kolonne ${p.column}). Ingen modell eller scenario er bygd slik, så filen leses ikke.`,
  notJsonValue: (p, f) =>
    `${f.at(p.path)}: skal være ${problemsNb.jsonType[p.expected]}, men er ${problemsNb.nonJsonType[p.found]}, som en JSON-fil ikke kan inneholde.`,
  tooManyItems: (p, f) =>
    `${f.at(p.path)}: listen har mer enn ${f.number(String(p.max))} elementer.`,
  badCharacter: (p, f) =>
    `${f.at(p.path)}: tegn nr. ${p.position} (${codePointText(p.codePoint)}) er ${problemsNb.badCharacterKind[p.kind]}. Fjern det.`,
  badTimestamp: (p, f) =>
    `${f.at(p.path)}: "${p.found}" er ikke et tidspunkt som finnes: ${problemsNb.timestampPart[p.part]}.`,
  moreProblems: (p, f) => `… og ${f.number(String(p.count))} problemer til.`,
  nonJsonType: {
    undefined: 'udefinert (undefined)',
    bigint: 'et BigInt-tall',
    function: 'en funksjon',
    symbol: 'et symbol',
    date: 'et datoobjekt (Date)',
    map: 'en Map',
    set: 'en Set',
    binary: 'binære data',
    otherObject: 'et objekt av en spesiell type',
  },
  badCharacterKind: {
    control: 'et kontrolltegn, som ikke vises',
    lineBreak: 'et linjeskift eller en tabulator, og denne teksten skal stå på én linje',
    direction:
      'et usynlig tegn som snur skriveretningen og kan få teksten til å se ut som noe annet enn den er',
    unpaired: 'en ødelagt tegnkode (et halvt surrogatpar)',
  },
  timestampPart: {
    month: 'måneden må være 01–12',
    day: 'den dagen finnes ikke i den måneden',
    hour: 'timen må være 00–23',
    minute: 'minuttene må være 00–59',
    second: 'sekundene må være 00–59',
  },
}
