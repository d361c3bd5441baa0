import { Field, ID, InputType, Int } from 'type-graphql';
import { BulkInputOf } from '../../shared/bulk/bulk-input';
import { checkSourceRef, SourceRefInput } from '../../shared/bulk/source-ref';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { assertPersonKey } from '../../shared/identity/person-key';
import { checkPositiveFen } from '../../shared/money/check-fen';
import { Fen } from '../../shared/money/fen';
import { LocalDate } from '../../shared/schema/local-date';
import type { SelfValidating } from '../../shared/schema/validate-input';
import { checkIntegerRange, checkNotFuture, checkText, theOneGiven } from '../../shared/validation/checks';
import {
  LotteryFundDecidingDepartment,
  LotteryFundDisbursementStatus,
  LotteryFundRecipientKind,
} from './lottery-fund-disbursement.enums';

/** A recipient, normalised: its kind and the one key that names it. */
export interface Recipient {
  kind: LotteryFundRecipientKind;
  institutionCode: string | null;
  personKey: string | null;
  programmeRecipient: string | null;
}

@InputType({ description: 'Who is paid: exactly one of the four.' })
export class LotteryFundRecipientInput {
  @Field(() => ID, { nullable: true, description: 'Credit code of an elder-care institution.' })
  institutionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Person key of a caregiver (human resources’ record).' })
  caregiverPersonKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Person key of an elder (civil affairs’ registry).' })
  elderPersonKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of a programme or organisation paid (e.g. 乳山市老年助餐服务项目).',
  })
  programme?: string | null;

  /** Checks that exactly one recipient is named and normalises it. */
  static parse(input: LotteryFundRecipientInput, field = 'recipient'): Recipient {
    const given = theOneGiven(
      input,
      ['institutionCode', 'caregiverPersonKey', 'elderPersonKey', 'programme'] as const,
      field,
      'name exactly one recipient: institutionCode, caregiverPersonKey, elderPersonKey or programme',
    );
    const none = { institutionCode: null, personKey: null, programmeRecipient: null };
    const value = input[given]!;
    switch (given) {
      case 'institutionCode':
        return {
          ...none,
          kind: LotteryFundRecipientKind.INSTITUTION,
          institutionCode: parseCreditCode(value, `${field}.institutionCode`),
        };
      case 'caregiverPersonKey':
        return {
          ...none,
          kind: LotteryFundRecipientKind.CAREGIVER,
          personKey: assertPersonKey(value, `${field}.caregiverPersonKey`),
        };
      case 'elderPersonKey':
        return {
          ...none,
          kind: LotteryFundRecipientKind.ELDER,
          personKey: assertPersonKey(value, `${field}.elderPersonKey`),
        };
      case 'programme':
        checkText(`${field}.programme`, value, 100);
        return { ...none, kind: LotteryFundRecipientKind.PROGRAMME, programmeRecipient: value.trim() };
    }
  }
}

@InputType({
  description:
    'A payment from an allocation; refused if it exceeds the allocation’s remainder or the decision was already paid.',
})
export class DisburseLotteryFundInput implements SelfValidating {
  @Field(() => ID, { description: 'The allocation to pay from.' })
  allocationId: number;

  @Field(() => LotteryFundRecipientInput, {
    description: 'Who is paid; the allocation’s programme limits the kinds (e.g. hiring awards go to caregivers).',
  })
  recipient: LotteryFundRecipientInput;

  @Field(() => Fen, { description: 'Amount, in whole fen (分), more than 0 and at most the allocation’s remainder.' })
  amountFen: number;

  @Field(() => LocalDate, {
    description: 'Date paid; in or after the fund’s spending year and not before the allocation, not in the future.',
  })
  paidOn: string;

  @Field({ description: 'What is paid for (up to 200 characters); name no person here.' })
  purpose: string;

  @Field(() => LotteryFundDecidingDepartment, { description: 'Department whose decision this pays.' })
  decidingDepartment: LotteryFundDecidingDepartment;

  @Field({
    description: 'That department’s reference of the decision, e.g. HR’s subsidy decision number; each is paid once.',
  })
  decisionReference: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'For an operating award only, and required there: the institution’s star rating (1–5) the award was decided on.',
  })
  ratingBasis?: number | null;

  @Field(() => SourceRefInput, {
    nullable: true,
    description: 'The payment’s identifier in the sending system. Refused if it already names a recorded disbursement.',
  })
  sourceRef?: SourceRefInput | null;

  validate(): void {
    LotteryFundRecipientInput.parse(this.recipient);
    checkPositiveFen('amountFen', this.amountFen);
    checkNotFuture('paidOn', this.paidOn);
    checkText('purpose', this.purpose, 200);
    checkText('decisionReference', this.decisionReference, 64);
    checkIntegerRange('ratingBasis', this.ratingBasis, 1, 5);
    checkSourceRef(this.sourceRef);
  }
}

@InputType({
  description:
    'Lottery-fund disbursements to load from a finance system: each pays a decision once; together they may not exceed an allocation’s remainder.',
})
export class ImportLotteryFundDisbursementsInput extends BulkInputOf(DisburseLotteryFundInput, 'disbursements') {}

@InputType({
  description:
    'The reversal (冲销) of a mistaken disbursement: it stays on record, marked reversed, and its amount returns to the allocation.',
})
export class ReverseLotteryFundDisbursementInput implements SelfValidating {
  @Field(() => ID, { description: 'The disbursement to reverse.' })
  disbursementId: number;

  @Field(() => LocalDate, { description: 'Date of the reversal; not before the payment, not in the future.' })
  reversedOn: string;

  @Field({ description: 'Why it is reversed (up to 200 characters).' })
  reason: string;

  validate(): void {
    checkNotFuture('reversedOn', this.reversedOn);
    checkText('reason', this.reason, 200);
  }
}

@InputType({ description: 'Filters for the disbursement list; all given filters must hold.' })
export class LotteryFundDisbursementFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only disbursements from the funds retained by this level (371000 or a district code).',
  })
  fundAreaCode?: string;

  @Field(() => Int, { nullable: true, description: 'Only disbursements from funds raised in this year.' })
  raisedYear?: number;

  @Field(() => ID, { nullable: true, description: 'Only disbursements from this allocation.' })
  allocationId?: number;

  @Field(() => LotteryFundRecipientKind, { nullable: true, description: 'Only this kind of recipient.' })
  recipientKind?: LotteryFundRecipientKind;

  @Field(() => LotteryFundDisbursementStatus, {
    nullable: true,
    description: 'Only paid, or only reversed, disbursements; both when omitted.',
  })
  status?: LotteryFundDisbursementStatus;
}
