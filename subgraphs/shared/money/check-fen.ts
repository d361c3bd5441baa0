import { BadUserInputError } from '../errors/errors';
import { yuan } from './fen';

/** Refuses an amount that is not a positive whole number of fen (分), naming the field. */
export function checkPositiveFen(field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new BadUserInputError(
      field,
      `must be a positive whole number of fen (分; 100 fen = 1 yuan), at most ${yuan(Number.MAX_SAFE_INTEGER)}`,
    );
}
