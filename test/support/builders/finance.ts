import { FIRST_FUND_YEAR } from '../../../subgraphs/finance/fund/lottery-fund.inputs';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { graphql } from '../graphql';
import type {
  AllocateLotteryFundInput,
  DisburseLotteryFundInput,
  LotteryFundDecidingDepartment,
  LotteryFundProgramme,
  LotteryFundRecipientInput,
  LotteryFundSource,
  RecordLotteryFundInput,
} from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';

const RECORD_FUND = graphql(`
  mutation BuilderRecordLotteryFund($input: RecordLotteryFundInput!) {
    recordLotteryFund(input: $input) {
      id
      areaCode
      raisedYear
      spendingYear
      amountFen
    }
  }
`);

const ALLOCATE = graphql(`
  mutation BuilderAllocateLotteryFund($input: AllocateLotteryFundInput!) {
    allocateLotteryFund(input: $input) {
      id
    }
  }
`);

const DISBURSE = graphql(`
  mutation BuilderDisburseLotteryFund($input: DisburseLotteryFundInput!) {
    disburseLotteryFund(input: $input) {
      id
    }
  }
`);

const FINANCE: As = 'finance-system';
const THIS_YEAR = Number(todayIso().slice(0, 4));

/*
 * A fund is one per source, level (the city or a district) and year raised, and the figures finance
 * shows are per level and year, or per year over every level. So tests on a shared hub take years:
 * from FIRST_FUND_YEAR up, a level's own years (no other test records a fund of that level then);
 * from last year down, whole years (no other test records any fund then). Every year handed out is
 * past, and so is the year after it (when the fund is spent), except for last year's.
 */
const LAST_WHOLE_YEAR = THIS_YEAR - 1;
const WHOLE_YEARS = 12;
const FIRST_WHOLE_YEAR = LAST_WHOLE_YEAR - WHOLE_YEARS + 1;

/** A year raised in which no other test on this hub records a fund of this level (371000 or a district). */
export function aFundYearOf(hub: TestHub, areaCode: string): number {
  const year = FIRST_FUND_YEAR + hub.unique(`finance/fund-year/${areaCode}`) - 1;
  if (year >= FIRST_WHOLE_YEAR)
    throw new Error(`no more test fund years for ${areaCode}: record the fund at another level`);
  return year;
}

/**
 * `count` consecutive years raised, oldest first, in which no other test on this hub records any fund:
 * for figures over every level of a year, or over the years around one.
 */
export function wholeFundYears(hub: TestHub, count: number): number[] {
  // hub.unique is synchronous, so these numbers follow each other.
  const years = Array.from({ length: count }, () => LAST_WHOLE_YEAR + 1 - hub.unique('finance/whole-year')).reverse();
  if (years[0] < FIRST_WHOLE_YEAR) throw new Error(`no more ${count} whole test fund years: the hub has given out all`);
  return years;
}

/** A decision reference no other test on this hub has paid: decisions are paid once per deciding department. */
export const aDecisionReference = (hub: TestHub, prefix = '威民养老〔测〕'): string =>
  `${prefix}${hub.unique('finance/decision')}号`;

/** A person key (32 hex digits) no other test on this hub pays, for a recipient finance knows only by key. */
export const anUnregisteredPersonKey = (hub: TestHub): string =>
  `c${hub.unique('finance/person-key').toString(16).padStart(31, '0')}`;

export interface RecordedFund {
  id: string;
  areaCode: string;
  raisedYear: number;
  spendingYear: number;
  amountFen: number;
}

/**
 * A retained fund recorded by finance: `await aLotteryFund(hub).of('371083').amounting(1_000_000).record()`;
 * in a year of its level's own unless `raisedIn` names one.
 */
export const aLotteryFund = (hub: TestHub) => new LotteryFundBuilder(hub);

export class LotteryFundBuilder {
  private areaCode = '371083';
  private year: number | undefined;
  private fields: Omit<RecordLotteryFundInput, 'areaCode' | 'raisedYear'> = { amountFen: 1_000_000 };

  constructor(private readonly hub: TestHub) {}

  /** The level that retains it: 371000 for the city, or a district. */
  of(areaCode: string): this {
    this.areaCode = areaCode;
    return this;
  }

  raisedIn(year: number): this {
    this.year = year;
    return this;
  }

  from(source: LotteryFundSource): this {
    this.fields.source = source;
    return this;
  }

  amounting(amountFen: number): this {
    this.fields.amountFen = amountFen;
    return this;
  }

  documented(documentReference: string): this {
    this.fields.documentReference = documentReference;
    return this;
  }

  /** The input, in a fresh year of the level unless one was named, for a test that sends it itself. */
  input(): RecordLotteryFundInput {
    return {
      ...this.fields,
      areaCode: this.areaCode,
      raisedYear: this.year ?? aFundYearOf(this.hub, this.areaCode),
    };
  }

  /** Records the fund as finance's system; fails the test if the hub refuses. */
  async record(): Promise<RecordedFund> {
    return expectData(await this.hub.query(RECORD_FUND, { input: this.input() }, FINANCE)).recordLotteryFund;
  }
}

/**
 * Part of a fund allocated by finance, dated today unless told:
 * `await anAllocationFrom(hub, fund.id).elderCare('MEAL_ASSISTANCE').inArea('371083100').of(100).allocate()`.
 */
export const anAllocationFrom = (hub: TestHub, fundId: string) => new AllocationBuilder(hub, fundId);

export class AllocationBuilder {
  private input: AllocateLotteryFundInput;

  constructor(
    private readonly hub: TestHub,
    fundId: string,
  ) {
    this.input = {
      fundId,
      category: 'ELDER_CARE',
      programme: 'OPERATING_AWARD',
      amountFen: 100_000,
      allocatedOn: todayIso(),
    };
  }

  elderCare(programme: LotteryFundProgramme = 'OPERATING_AWARD'): this {
    this.input.category = 'ELDER_CARE';
    this.input.programme = programme;
    return this;
  }

  otherWelfare(programme: LotteryFundProgramme = 'OTHER'): this {
    this.input.category = 'OTHER_WELFARE';
    this.input.programme = programme;
    return this;
  }

  of(amountFen: number): this {
    this.input.amountFen = amountFen;
    return this;
  }

  /** Spent in an area inside the fund's (a district, town or village); the fund's own unless told. */
  inArea(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  on(allocatedOn: string): this {
    this.input.allocatedOn = allocatedOn;
    return this;
  }

  noted(note: string): this {
    this.input.note = note;
    return this;
  }

  /** Allocates as finance's system; fails the test if the hub refuses. */
  async allocate(): Promise<{ id: string }> {
    return expectData(await this.hub.query(ALLOCATE, { input: this.input }, FINANCE)).allocateLotteryFund;
  }
}

/**
 * A payment from an allocation, paid today under a fresh decision of civil affairs unless told:
 * `await aPaymentFrom(hub, allocation.id).toInstitution(code, 3).of(500_000).pay()`.
 */
export const aPaymentFrom = (hub: TestHub, allocationId: string) => new PaymentBuilder(hub, allocationId);

export class PaymentBuilder {
  private recipient: LotteryFundRecipientInput = {};
  private fields: Omit<DisburseLotteryFundInput, 'allocationId' | 'recipient' | 'decisionReference'> & {
    decisionReference?: string;
  } = {
    amountFen: 100,
    paidOn: todayIso(),
    purpose: '养老机构运营奖补',
    decidingDepartment: 'CIVIL_AFFAIRS',
  };

  constructor(
    private readonly hub: TestHub,
    private readonly allocationId: string,
  ) {}

  /** An institution by credit code; an operating award also records the star rating it was decided on. */
  toInstitution(institutionCode: string, ratingBasis?: number): this {
    this.recipient = { institutionCode };
    if (ratingBasis !== undefined) this.fields.ratingBasis = ratingBasis;
    return this;
  }

  toElder(elderPersonKey: string): this {
    this.recipient = { elderPersonKey };
    return this;
  }

  toCaregiver(caregiverPersonKey: string): this {
    this.recipient = { caregiverPersonKey };
    return this;
  }

  /** A programme or project rather than a person or institution (e.g. 乳山市儿童福利项目). */
  toProgramme(programme: string): this {
    this.recipient = { programme };
    return this;
  }

  of(amountFen: number): this {
    this.fields.amountFen = amountFen;
    return this;
  }

  on(paidOn: string): this {
    this.fields.paidOn = paidOn;
    return this;
  }

  for(purpose: string): this {
    this.fields.purpose = purpose;
    return this;
  }

  /** The deciding department and, if the test needs to know it, the decision's reference (else a fresh one). */
  decidedBy(department: LotteryFundDecidingDepartment, decisionReference?: string): this {
    this.fields.decidingDepartment = department;
    if (decisionReference !== undefined) this.fields.decisionReference = decisionReference;
    return this;
  }

  /** The input under a fresh decision reference unless one was given, for a test that sends it itself. */
  input(): DisburseLotteryFundInput {
    return {
      ...this.fields,
      decisionReference: this.fields.decisionReference ?? aDecisionReference(this.hub),
      allocationId: this.allocationId,
      recipient: this.recipient,
    };
  }

  /** Pays as finance's system; fails the test if the hub refuses. */
  async pay(): Promise<{ id: string; decisionReference: string }> {
    const input = this.input();
    const result = await this.hub.query(DISBURSE, { input }, FINANCE);
    return { id: expectData(result).disburseLotteryFund.id, decisionReference: input.decisionReference };
  }
}
