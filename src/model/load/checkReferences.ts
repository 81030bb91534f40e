import { driverKinds } from '../drivers/registry'
import type { Collection, Path, Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'

const ids = (items: readonly { id: string }[] | undefined): ReadonlySet<string> =>
  new Set(items?.map((item) => item.id))

/** Every id a field names must exist where it points: themes, units, teams, KOSTRA codes, measures… */
export function checkReferences(model: ModelFile, problems: Problem[]): void {
  const refer = (
    id: string | undefined,
    known: ReadonlySet<string>,
    collection: Collection,
    path: Path,
  ): boolean => {
    if (id === undefined || known.has(id)) return true
    problems.push({ code: 'unknownReference', path, id, collection })
    return false
  }
  const measures = ids(model.measures)
  const units = ids(model.units)
  const functions = new Set(model.kostraFunctions.map((f) => f.code))

  model.measures.forEach((measure, m) => {
    const at: Path = ['measures', m]
    refer(measure.theme, ids(model.themes), 'themes', [...at, 'theme'])
    measure.units.forEach((unit, u) => refer(unit, units, 'units', [...at, 'units', u]))
    measure.drivers.forEach((driver, d) => {
      const driverAt: Path = [...at, 'drivers', d]
      const teams = ids(model.units.find((u) => u.id === driver.unit)?.teams)
      if (refer(driver.unit, units, 'units', [...driverAt, 'unit'])) {
        refer(driver.team, teams, 'teams', [...driverAt, 'team'])
      }
      refer(driver.function, functions, 'kostraFunctions', [...driverAt, 'function'])
      refer(driver.incomeFunction, functions, 'kostraFunctions', [...driverAt, 'incomeFunction'])
    })
    measure.householdEffects?.forEach((effect, e) => {
      const effectAt: Path = [...at, 'householdEffects', e]
      const household = model.households?.find((h) => h.id === effect.household)
      if (
        !refer(effect.household, ids(model.households), 'households', [...effectAt, 'household'])
      ) {
        return
      }
      const amountLines = household?.lines.filter((line) => line.kind === 'amount')
      refer(effect.regime, ids(household?.regimes), 'regimes', [...effectAt, 'regime'])
      refer(effect.line, ids(amountLines), 'lines', [...effectAt, 'line'])
      // Only a driver with an input in the household-rate role can change a household's line.
      const rateDrivers = measure.drivers.filter(
        (driver) => driverKinds[driver.kind]?.roles?.householdRate !== undefined,
      )
      refer(effect.driver, ids(rateDrivers), 'drivers', [...effectAt, 'driver'])
    })
  })

  model.rules?.forEach((rule, r) => {
    if (rule.kind === 'alternatives') {
      rule.measures.forEach((id, i) => refer(id, measures, 'measures', ['rules', r, 'measures', i]))
    } else {
      refer(rule.measure, measures, 'measures', ['rules', r, 'measure'])
      rule.requires.forEach((id, i) => refer(id, measures, 'measures', ['rules', r, 'requires', i]))
    }
  })
  model.packages?.forEach((pkg, p) => {
    pkg.measures.forEach((id, i) => refer(id, measures, 'measures', ['packages', p, 'measures', i]))
    for (const theme of Object.keys(pkg.reported?.byTheme ?? {})) {
      refer(theme, ids(model.themes), 'themes', ['packages', p, 'reported', 'byTheme', theme])
    }
  })
  model.accounts?.forEach((account, a) => {
    refer(account.unit, units, 'units', ['accounts', a, 'unit'])
    account.lines.forEach((line, l) =>
      refer(line.function, functions, 'kostraFunctions', ['accounts', a, 'lines', l, 'function']),
    )
  })

  const partnership = model.partnership
  if (partnership) {
    const partners = ids(partnership.partners)
    refer(partnership.self, partners, 'partners', ['partnership', 'self'])
    refer(partnership.unit, units, 'units', ['partnership', 'unit'])
    partnership.keys.forEach((key, k) => {
      for (const partner of Object.keys(key.reportedShares ?? {})) {
        refer(partner, partners, 'partners', ['partnership', 'keys', k, 'reportedShares', partner])
      }
    })
  }

  model.households?.forEach((household, h) => {
    const regimes = ids(household.regimes)
    const lines = ids(household.lines)
    household.lines.forEach((line, l) => {
      const at: Path = ['households', h, 'lines', l]
      if (line.kind === 'amount') {
        for (const regime of Object.keys(line.amounts)) {
          refer(regime, regimes, 'regimes', [...at, 'amounts', regime])
        }
      } else {
        line.base.forEach((base, b) => refer(base, lines, 'lines', [...at, 'base', b]))
        line.regimes.forEach((regime, r) =>
          refer(regime, regimes, 'regimes', [...at, 'regimes', r]),
        )
      }
    })
    for (const regime of Object.keys(household.reportedDisposable)) {
      refer(regime, regimes, 'regimes', ['households', h, 'reportedDisposable', regime])
    }
  })
}
