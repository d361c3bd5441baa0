import { Field, ID, InputType } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import { checkPositiveFen } from '../../shared/money/check-fen';
import { Fen } from '../../shared/money/fen';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkNotFuture, checkText } from '../../shared/validation/checks';
import { LotteryFundCategory, LotteryFundProgramme } from './lottery-fund-allocation.enums';

@InputType({ description: 'An allocation from a fund; refused if it exceeds the fund’s unallocated balance.' })
export class AllocateLotteryFundInput implements SelfValidating {
  @Field(() => ID, { description: 'The fund to allocate from.' })
  fundId: number;

  @Field(() => LotteryFundCategory, { description: 'Category: elder care counts toward the 55% share.' })
  category: LotteryFundCategory;

  @Field(() => LotteryFundProgramme, { description: 'Programme funded.' })
  programme: LotteryFundProgramme;

  @Field(() => ID, {
    nullable: true,
    description: 'Area where it is spent: the fund’s area (the default) or a district, town or village inside it.',
  })
  areaCode?: string | null;

  @Field(() => Fen, {
    description: 'Amount, in whole fen (分), more than 0 and at most the fund’s unallocated balance.',
  })
  amountFen: number;

  @Field(() => LocalDate, {
    description: 'Date of the allocation decision; not before the year the fund was raised, not in the future.',
  })
  allocatedOn: string;

  @Field(() => String, { nullable: true, description: 'What the allocation is for.' })
  note?: string | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description:
      'The allocation’s identifier in the sending system; required in a bulk load. Refused if it already names a recorded allocation.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    checkPositiveFen('amountFen', this.amountFen);
    checkNotFuture('allocatedOn', this.allocatedOn);
    checkText('note', this.note, 200);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Lottery-fund allocations to load from a finance system: each allocates from a fund or brings the allocation with its source reference up to date; together they may not exceed a fund’s unallocated balance.',
})
export class ImportLotteryFundAllocationsInput extends BulkInputOf(AllocateLotteryFundInput, 'allocations') {}
