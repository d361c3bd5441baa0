import { Field, ID, InputType } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture, checkText } from '../../shared/validation/checks';
import { BedKind } from './bed-kind.enum';

export const MAX_BEDS_PER_CALL = 500;

@InputType({ description: 'Beds of one kind to add to an institution.' })
export class AddBedsInput implements SelfValidating {
  @Field(() => ID, { description: 'Credit code of the institution.' })
  institutionCode: string;

  @Field(() => BedKind, { description: 'Kind of the new beds.' })
  kind: BedKind;

  @Field(() => [String], {
    description: `Labels of the new beds, unique within the institution; at most ${MAX_BEDS_PER_CALL}.`,
  })
  labels: string[];

  @Field(() => LocalDate, { description: 'Date they enter service.' })
  inServiceFrom: string;

  validate(): void {
    if (this.labels.length === 0 || this.labels.length > MAX_BEDS_PER_CALL)
      throw new BadUserInputError('labels', `give from 1 to ${MAX_BEDS_PER_CALL} labels`);
    this.labels.forEach((label, i) => checkText(`labels[${i}]`, label, 32));
    const seen = new Set<string>();
    for (const label of this.labels) {
      if (seen.has(label)) throw new BadUserInputError('labels', `label ${label} is given twice`);
      seen.add(label);
    }
    checkNotFuture('inServiceFrom', this.inServiceFrom);
  }
}
