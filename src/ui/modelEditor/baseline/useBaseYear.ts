import { useScenario } from '../../../state/store'

/** The model's base year, the year a new account, grant or settlement table starts from;
 *  last year while the field does not hold a year. */
export function useBaseYear(): number {
  const baseYear = useScenario((s) => s.modelEdit?.file['baseYear'])
  return typeof baseYear === 'number' && Number.isInteger(baseYear)
    ? baseYear
    : new Date().getFullYear() - 1
}
