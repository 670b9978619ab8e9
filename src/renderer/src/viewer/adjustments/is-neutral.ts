import { NEUTRAL_ADJUSTMENTS, type Adjustments } from '../../../../shared/domain/view';

/** True when the adjustments leave every pixel as it was. */
export function isNeutral(value: Adjustments): boolean {
  return (Object.keys(NEUTRAL_ADJUSTMENTS) as (keyof Adjustments)[]).every((key) => value[key] === NEUTRAL_ADJUSTMENTS[key]);
}
