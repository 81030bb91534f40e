import { codePointText, type ProblemMessages } from './problemMessages'

export const problemsNb: ProblemMessages = {
  root: '(roten av filen)',
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
  inputIssue: {
    notDecimal: (found) =>
      `«${found}» er ikke et tall slik modellfiler skriver det (punktum som desimaltegn, ingen mellomrom, f.eks. "0.8" eller "-750000")`,
    negative: (found) => `kan ikke være negativt (fant ${found})`,
    aboveOne: (found) => `må være mellom 0 og 1 (fant ${found}); 80 % skrives "0.8"`,
    belowMinusOne: (found) => `kan ikke være lavere enn -1, altså -100 % (fant ${found})`,
    notYear: (found) => `«${found}» er ikke et årstall`,
    yearNotInPlan: (found) => `${found} er ikke et av planårene`,
    affectedExceedsBase: (found) =>
      `berørt grunnlag (${found}) kan ikke være større enn hele grunnlaget`,
    unknown: () => 'finnes ikke i modellen',
  },
  pattern: {
    id: 'en id (bokstaver, sifre, - og _, uten mellomrom eller punktum)',
    kostra: 'en KOSTRA-funksjon (tre sifre, f.eks. "242")',
    yearKey: 'et årstall (fire sifre)',
    overrideKey: 'en antakelse skrevet tiltak.driver.input, f.eks. "D.groupHomes.refundRate"',
    timestamp: 'et tidspunkt skrevet som 2026-11-23T12:00:00Z',
  },
  within: {
    measures: 'tiltak',
    units: 'enhet',
    packages: 'pakke',
    households: 'husholdning',
    accounts: 'regnskapstabell',
    rules: 'regel',
  },
  notJson: (p) => `Filen er ikke gyldig JSON: feil på linje ${p.line}, kolonne ${p.column}.`,
  notModelFile: () =>
    'Filen er ikke en modellfil for Omstilling: feltet «format» må være "omstilling.model".',
  newerSchema: (p) =>
    `Filen er laget for en nyere versjon av Omstilling (schemaVersion ${p.found}); denne versjonen leser schemaVersion ${p.supported}. Oppdater programmet for å åpne den.`,
  wrongType: (p, f) =>
    `${f.at(p.path)}: skal være ${problemsNb.jsonType[p.expected]}, men er ${problemsNb.jsonType[p.found]}` +
    (p.expected === 'string' && (p.found === 'number' || p.found === 'integer')
      ? ' (skriv tall i anførselstegn, f.eks. "750000", så de leses nøyaktig).'
      : '.'),
  missingField: (p, f) => `${f.at(p.path)}: feltet mangler.`,
  unknownField: (p, f) => `${f.at(p.path)}: ukjent felt (feilstavet?).`,
  notOneOf: (p, f) => `${f.at(p.path)}: «${p.found}» er ikke tillatt; bruk ${f.list(p.allowed)}.`,
  badNumber: (p, f) => `${f.at(p.path)}: ${problemsNb.inputIssue[p.issue](p.found)}.`,
  badText: (p, f) => `${f.at(p.path)}: «${p.found}» er ikke ${problemsNb.pattern[p.pattern]}.`,
  outOfRange: (p, f) => `${f.at(p.path)}: ${p.found} er utenfor det tillatte (${p.min}–${p.max}).`,
  empty: (p, f) => `${f.at(p.path)}: kan ikke være tom.`,
  duplicateId: (p, f) => `${f.at(p.path)}: «${p.id}» er brukt mer enn én gang.`,
  unknownReference: (p, f) =>
    `${f.at(p.path)}: «${p.id}» finnes ikke blant ${problemsNb.collection[p.collection]}.`,
  planYearsNotConsecutive: (p, f) =>
    `${f.at(p.path)}: planårene må være påfølgende år i stigende rekkefølge.`,
  baseYearNotBeforePlan: (p, f) =>
    `${f.at(p.path)}: basisåret ${p.baseYear} må ligge før første planår ${p.firstPlanYear}.`,
  yearNotInPlan: (p, f) =>
    `${f.at(p.path)}: ${p.year} er ikke et av planårene (${f.list(p.planYears)}).`,
  endBeforeStart: (p, f) =>
    `${f.at(p.path)}: siste år ${p.lastYear} ligger før første år ${p.firstYear}.`,
  affectedExceedsBase: (p, f) =>
    `${f.at(p.path)}: berørt grunnlag kan ikke være større enn hele grunnlaget.`,
  yearKeysMismatch: (p, f) =>
    `${f.at(p.path)}: må ha tall for nøyaktig årene ${f.list(p.expected)}.`,
  packageBreaksRule: (p, f) =>
    `${f.at(p.path)}: pakken «${p.packageId}» bryter en regel: ${problemsNb[p.rule.code](p.rule as never, f)}`,
  reportedMismatch: (p, f) =>
    `${f.at(p.path)}: kilden oppgir ${f.number(p.reported)}, men linjene gir ${f.number(p.computed)} (differanse ${f.number(p.difference)}).` +
    (p.note ? ` ${p.note}` : ''),
  unknownMeasure: (p, f) =>
    `Ukjent tiltak: ${f.list(p.ids)}. Modellen har ikke tiltak med denne id-en.`,
  unknownPackage: (p) => `Ukjent pakke: «${p.id}».`,
  unknownOverride: (p) =>
    `Ukjent antakelse «${p.key}»: skriv tiltak.driver.input, f.eks. "D.groupHomes.refundRate".`,
  badOverride: (p) => `Antakelse ${p.key}: ${problemsNb.inputIssue[p.issue](p.found)}.`,
  alternativesChosenTogether: (p, f) =>
    `${f.list(p.measures)} kan ikke velges sammen: ${f.list(p.alternatives)} er alternativer, velg bare ett.`,
  requirementMissing: (p, f) => `${p.measure} krever ${f.list(p.requires)}: ${p.reason}`,
  tooLong: (p, f) => `${f.at(p.path)}: teksten er lengre enn ${p.max} tegn.`,
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
    `Tiltak ${f.list(p.ids)} finnes ikke lenger i modellen og er ikke med.`,
  overrideDropped: (p) =>
    `Antakelsen ${p.key} = ${p.found} er ikke tatt med: ${problemsNb.inputIssue[p.issue](p.found)}.`,
  fileTooLarge: (p, f) =>
    `Filen er for stor (${f.number(String(p.characters))} tegn; grensen er ${f.number(String(p.limit))}).`,
  targetMetOnlyWhileTemporary: (p, f) =>
    `Målet nås i ${f.list(p.years)} bare så lenge tidsbegrensede tiltak varer; den varige effekten mangler ${f.number(p.lastingGap)} kr.`,
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
    `${f.at(p.path)}: «${p.found}» er ikke et tidspunkt som finnes: ${problemsNb.timestampPart[p.part]}.`,
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
