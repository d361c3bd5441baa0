import type { DataSource, EntityManager } from 'typeorm';
import { transaction } from '../../shared/db/transaction';
import { groupBy } from '../../shared/seed/group-by';
import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import {
  syntheticCaregivers,
  syntheticInstitutions,
  syntheticPersons,
  type SyntheticCaregiver,
  type SyntheticInstitution,
  type SyntheticPerson,
} from '../../shared/seed/synthetic-world';
import { DISTRICTS, ELDER_SHARE_BY_DISTRICT, WEIHAI_CITY } from '../../shared/seed/weihai';
import { todayIso } from '../../shared/time/today';
import { LotteryFundCategory, LotteryFundProgramme } from '../allocation/lottery-fund-allocation.enums';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { FUND_AREA_CODES } from '../area/finance-areas';
import {
  LotteryFundDecidingDepartment,
  LotteryFundDisbursementStatus,
  LotteryFundRecipientKind,
} from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { LotteryFund } from '../fund/lottery-fund.entity';

/** Years of funds seeded: those raised in the five years before the current one. */
export const SEEDED_YEARS = 5;
/** Elders of the synthetic world that may be paid individually (the first ones generated): enough for a demo, cheap at any city size. */
const PAYABLE_ELDERS = 2000;

const YUAN = 100;
const { ELDER_CARE, OTHER_WELFARE } = LotteryFundCategory;
const P = LotteryFundProgramme;

/** Elder-care programmes and their usual weight in a year's elder-care allocations. */
const ELDER_CARE_PROGRAMMES: ReadonlyArray<readonly [LotteryFundProgramme, number]> = [
  [P.CONSTRUCTION_SUBSIDY, 25],
  [P.OPERATING_AWARD, 20],
  [P.NURSING_BED_AWARD, 12],
  [P.CHAIN_BRAND_AWARD, 6],
  [P.HIRING_AWARD, 4],
  [P.ALLOWANCE, 15],
  [P.MEAL_ASSISTANCE, 12],
  [P.REHAB_AID_POINT, 6],
];

interface SeedState {
  options: SeedOptions;
  today: string;
  institutionsByDistrict: Map<string, SyntheticInstitution[]>;
  caregiversByDistrict: Map<string, SyntheticCaregiver[]>;
  eldersByDistrict: Map<string, SyntheticPerson[]>;
  hiredCaregivers: Set<string>;
  decisionNumbers: Map<string, number>;
  funds: Partial<LotteryFund>[];
  allocations: Partial<LotteryFundAllocation>[];
  disbursements: Partial<LotteryFundDisbursement>[];
}

/**
 * Seeds five years of retained funds for the city and every district, their allocations and the
 * disbursements paid from them, to the synthetic world's institutions, caregivers and elders (same
 * credit codes and person keys as civil affairs and HR). About one fund in four falls short of 55%.
 */
export async function seedFinance(dataSource: DataSource, options: SeedOptions): Promise<void> {
  const institutions = syntheticInstitutions(options);
  const caregivers = syntheticCaregivers(options);
  const districtOfInstitution = new Map(
    institutions.map((institution) => [institution.code, institution.districtCode]),
  );
  const firstBatch =
    syntheticPersons({ ...options, elders: Math.min(options.elders, PAYABLE_ELDERS) }, PAYABLE_ELDERS).next().value ??
    [];
  const state: SeedState = {
    options,
    today: todayIso(),
    institutionsByDistrict: groupBy(institutions, (institution) => institution.districtCode),
    caregiversByDistrict: groupBy(
      caregivers.filter((caregiver) => caregiver.employerCode),
      (caregiver) => districtOfInstitution.get(caregiver.employerCode!)!,
    ),
    eldersByDistrict: groupBy(firstBatch, (person) => person.districtCode),
    hiredCaregivers: new Set(),
    decisionNumbers: new Map(),
    funds: [],
    allocations: [],
    disbursements: [],
  };
  const thisYear = Number(state.today.slice(0, 4));
  for (let raisedYear = thisYear - SEEDED_YEARS; raisedYear < thisYear; raisedYear++) {
    for (const [areaIndex, areaCode] of FUND_AREA_CODES.entries())
      seedWelfareLotteryFund(state, areaCode, areaIndex, raisedYear);
    seedCityBudgetFund(state, raisedYear);
  }
  await transaction(dataSource, async (manager: EntityManager) => {
    await insertRows(manager, LotteryFund, state.funds);
    await insertRows(manager, LotteryFundAllocation, state.allocations);
    await insertRows(manager, LotteryFundDisbursement, state.disbursements);
  });
  options.log.info('seeded lottery funds', {
    funds: state.funds.length,
    allocations: state.allocations.length,
    disbursements: state.disbursements.length,
  });
}

export async function financeIsSeeded(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(LotteryFund).exists();
}

function seedWelfareLotteryFund(state: SeedState, areaCode: string, areaIndex: number, raisedYear: number): void {
  const random = Random.for(state.options.randomSeed, 'finance:welfare-lottery-fund', raisedYear * 100 + areaIndex);
  const elderShare = ELDER_SHARE_BY_DISTRICT.find(([code]) => code === areaCode)?.[1] ?? 0;
  const amountFen =
    areaCode === WEIHAI_CITY.code
      ? random.int(30_000_000, 50_000_000) * YUAN
      : Math.max(400_000, random.int(160_000, 320_000) * elderShare) * YUAN;
  const fund = addFund(state, {
    source: LotteryFundSource.WELFARE_LOTTERY,
    areaCode,
    raisedYear,
    amountFen,
    documentReference: `威财社〔${raisedYear}〕${10 + areaIndex}号`,
  });

  // Most levels meet the plan; about one in four falls short in a year, 南海新区 always in the third year back.
  const shortfall =
    random.chance(0.25) || (areaCode === '371099' && raisedYear === Number(state.today.slice(0, 4)) - 3);
  const elderCareBasisPoints = shortfall ? random.int(4200, 5490) : random.int(5560, 7200);
  const elderCareFen = Math.floor((amountFen * elderCareBasisPoints) / 10_000);
  const unallocatedFen = Math.floor((amountFen * random.int(0, 600)) / 10_000);
  const otherWelfareFen = amountFen - elderCareFen - unallocatedFen;

  const programmes = ELDER_CARE_PROGRAMMES.filter(() => random.chance(0.85));
  const shares = split(
    elderCareFen,
    programmes.map(([, weight]) => weight * (0.6 + random.next() * 0.8)),
  );
  programmes.forEach(([programme], i) => addAllocation(state, random, fund, ELDER_CARE, programme, shares[i]));
  for (const [i, part] of split(otherWelfareFen, [3, 2]).entries())
    addAllocation(
      state,
      random,
      fund,
      OTHER_WELFARE,
      P.OTHER,
      part,
      i === 0 ? '儿童福利与残疾人福利项目' : '社会救助项目',
    );
}

/** The city's own elder-care budget line beside the lottery fund (市级养老服务体系建设补助资金). */
function seedCityBudgetFund(state: SeedState, raisedYear: number): void {
  const random = Random.for(state.options.randomSeed, 'finance:city-budget-fund', raisedYear);
  const amountFen = random.int(8_000_000, 15_000_000) * YUAN;
  const fund = addFund(state, {
    source: LotteryFundSource.OTHER_BUDGET,
    areaCode: WEIHAI_CITY.code,
    raisedYear,
    amountFen,
    documentReference: `威财预〔${raisedYear}〕3号`,
  });
  const [construction, nursingBeds] = split(amountFen, [6, 4]);
  addAllocation(state, random, fund, ELDER_CARE, P.CONSTRUCTION_SUBSIDY, construction);
  addAllocation(state, random, fund, ELDER_CARE, P.NURSING_BED_AWARD, nursingBeds);
}

function addFund(
  state: SeedState,
  fields: Pick<LotteryFund, 'source' | 'areaCode' | 'raisedYear' | 'amountFen' | 'documentReference'>,
): Partial<LotteryFund> {
  const fund = { id: state.funds.length + 1, ...fields, spendingYear: fields.raisedYear + 1 };
  state.funds.push(fund);
  return fund;
}

function addAllocation(
  state: SeedState,
  random: Random,
  fund: Partial<LotteryFund>,
  category: LotteryFundCategory,
  programme: LotteryFundProgramme,
  amountFen: number,
  note: string | null = null,
): void {
  if (amountFen <= 0) return;
  const spendingYear = fund.spendingYear!;
  const latest = minDate(`${spendingYear}-03-31`, state.today);
  const allocatedOn = random.dateBetween(minDate(`${fund.raisedYear}-12-01`, latest), latest);
  const allocation = {
    id: state.allocations.length + 1,
    fundId: fund.id!,
    category,
    programme,
    areaCode: fund.areaCode!,
    amountFen,
    allocatedOn,
    note,
  };
  state.allocations.push(allocation);
  const payUntil = minDate(`${spendingYear}-12-31`, state.today);
  if (payUntil < `${spendingYear}-01-01`) return;
  // Past years are (nearly) all paid; the current spending year only in part.
  const paidShare = payUntil === state.today ? 0.3 + random.next() * 0.4 : 0.85 + random.next() * 0.15;
  payAllocation(
    state,
    random,
    allocation,
    Math.floor(allocation.amountFen * paidShare),
    maxDate(allocatedOn, `${spendingYear}-01-01`),
    payUntil,
  );
}

/** Pays up to `budgetFen` from an allocation to recipients its programme pays, inside the allocation's area. */
function payAllocation(
  state: SeedState,
  random: Random,
  allocation: Partial<LotteryFundAllocation> & { id: number; amountFen: number },
  budgetFen: number,
  from: string,
  until: string,
): void {
  const district = allocation.areaCode === WEIHAI_CITY.code ? null : allocation.areaCode!;
  const inArea = <T>(byDistrict: Map<string, T[]>): T[] =>
    district ? (byDistrict.get(district) ?? []) : [...byDistrict.values()].flat();
  const areaName = district ? (DISTRICTS.find((d) => d.code === district)?.name ?? district) : WEIHAI_CITY.name;
  const pay = (
    amountFen: number,
    recipient: Partial<LotteryFundDisbursement>,
    purpose: string,
    department: LotteryFundDecidingDepartment,
    ratingBasis: number | null = null,
  ) => {
    if (amountFen <= 0) return;
    const paidOn = random.dateBetween(from, until);
    const decisionReference = nextDecision(state, department, Number(paidOn.slice(0, 4)));
    const reversed = random.chance(0.03) && addDays(paidOn, 20) <= state.today;
    state.disbursements.push({
      allocationId: allocation.id,
      amountFen,
      paidOn,
      purpose,
      institutionCode: null,
      personKey: null,
      programmeRecipient: null,
      ...recipient,
      ratingBasis,
      decidingDepartment: department,
      decisionReference,
      activeDecisionReference: reversed ? null : decisionReference,
      status: reversed ? LotteryFundDisbursementStatus.REVERSED : LotteryFundDisbursementStatus.PAID,
      reversedOn: reversed ? addDays(paidOn, random.int(3, 20)) : null,
      reversalReason: reversed ? '拨付账户信息有误，退回重拨' : null,
    });
  };
  const institution = (code: string) => ({
    recipientKind: LotteryFundRecipientKind.INSTITUTION,
    institutionCode: code,
  });
  const programme = (name: string) => ({ recipientKind: LotteryFundRecipientKind.PROGRAMME, programmeRecipient: name });
  const { CIVIL_AFFAIRS, HUMAN_RESOURCES, FINANCE } = LotteryFundDecidingDepartment;

  switch (allocation.programme) {
    case P.CONSTRUCTION_SUBSIDY:
    case P.OPERATING_AWARD:
    case P.NURSING_BED_AWARD:
    case P.CHAIN_BRAND_AWARD: {
      const candidates = inArea(state.institutionsByDistrict);
      if (candidates.length === 0) return;
      const chosen = pickSome(random, candidates, random.int(1, Math.min(6, candidates.length)));
      const parts = split(
        budgetFen,
        chosen.map(() => 0.5 + random.next()),
      );
      chosen.forEach((recipient, i) => {
        const rating =
          allocation.programme === P.OPERATING_AWARD
            ? random.weighted([
                [2, 30],
                [3, 40],
                [4, 22],
                [5, 8],
              ])
            : null;
        pay(
          parts[i],
          institution(recipient.code),
          `${PURPOSES[allocation.programme!]}（${recipient.name}）`,
          CIVIL_AFFAIRS,
          rating,
        );
      });
      return;
    }
    case P.HIRING_AWARD: {
      // One-time hiring awards of HR's decisions: each caregiver once, at 5,000 or 10,000 yuan.
      let left = budgetFen;
      for (const caregiver of inArea(state.caregiversByDistrict)) {
        const award = (random.chance(0.5) ? 5_000 : 10_000) * YUAN;
        if (state.hiredCaregivers.has(caregiver.personKey) || award > left) continue;
        state.hiredCaregivers.add(caregiver.personKey);
        pay(
          award,
          { recipientKind: LotteryFundRecipientKind.CAREGIVER, personKey: caregiver.personKey },
          '养老护理员一次性入职奖补',
          HUMAN_RESOURCES,
        );
        left -= award;
      }
      return;
    }
    case P.ALLOWANCE:
    case P.MEAL_ASSISTANCE: {
      // A few elders paid directly, the rest through the district's programme.
      let left = budgetFen;
      for (const elder of pickSome(random, inArea(state.eldersByDistrict), random.int(0, 4))) {
        const amount = random.int(300, 1_200) * YUAN;
        if (amount > left) break;
        pay(
          amount,
          { recipientKind: LotteryFundRecipientKind.ELDER, personKey: elder.personKey },
          PURPOSES[allocation.programme],
          CIVIL_AFFAIRS,
        );
        left -= amount;
      }
      const name = `${areaName}${allocation.programme === P.ALLOWANCE ? '困难老年人补贴发放' : '老年助餐服务'}项目`;
      for (const part of split(left, [1, 1])) pay(part, programme(name), PURPOSES[allocation.programme], CIVIL_AFFAIRS);
      return;
    }
    case P.REHAB_AID_POINT:
      pay(budgetFen, programme(`${areaName}康复辅具租赁点建设项目`), PURPOSES[allocation.programme], CIVIL_AFFAIRS);
      return;
    default:
      pay(
        budgetFen,
        programme(`${areaName}${allocation.note ?? '其他社会福利项目'}`),
        allocation.note ?? '其他社会福利',
        FINANCE,
      );
  }
}

const PURPOSES: Record<LotteryFundProgramme, string> = {
  [P.CONSTRUCTION_SUBSIDY]: '养老机构建设补贴',
  [P.OPERATING_AWARD]: '养老机构运营奖补（与等级评定挂钩）',
  [P.NURSING_BED_AWARD]: '护理型床位奖补',
  [P.CHAIN_BRAND_AWARD]: '连锁化品牌化运营奖补',
  [P.HIRING_AWARD]: '养老护理员一次性入职奖补',
  [P.ALLOWANCE]: '困难老年人补贴',
  [P.MEAL_ASSISTANCE]: '老年助餐补贴',
  [P.REHAB_AID_POINT]: '康复辅具租赁点建设',
  [P.OTHER]: '其他社会福利',
};

const DECISION_PREFIXES: Record<LotteryFundDecidingDepartment, string> = {
  CIVIL_AFFAIRS: '威民养老',
  HEALTH: '威卫',
  MEDICAL_INSURANCE: '威医保',
  HUMAN_RESOURCES: '威人社奖补',
  FINANCE: '威财社',
};

/** The next decision number of a department in a year, e.g. 威人社奖补〔2025〕17号: unique, as the rule requires. */
function nextDecision(state: SeedState, department: LotteryFundDecidingDepartment, year: number): string {
  const key = `${department}/${year}`;
  const number = (state.decisionNumbers.get(key) ?? 0) + 1;
  state.decisionNumbers.set(key, number);
  return `${DECISION_PREFIXES[department]}〔${year}〕${number}号`;
}

/** Splits whole fen into parts proportional to weights, exactly: the last part takes the rounding. */
export function split(totalFen: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => Math.floor((totalFen * weight) / sum));
  parts[parts.length - 1] += totalFen - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function pickSome<T>(random: Random, items: T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return chosen;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
