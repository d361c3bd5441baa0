import { graphql } from '../graphql';
import type {
  ApplyToWaitlistInput,
  RecordVisitInput,
  RegisterFacilityInput,
  RegisterResidentialDevelopmentInput,
} from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';

/**
 * Builders for civil affairs' care records around elders and institutions: community facilities,
 * caring visits, wait-list applications and residential developments (beds, stays and family beds are
 * in ./civil-affairs).
 * Each has `attempt()` (the hub's answer, for tests of refusals) and a verb that fails the test unless
 * the hub accepts.
 */

/** A name no other test on this hub has used, e.g. `孙家疃街道综合养老服务中心（3）`: names are unique per district. */
export const uniqueName = (hub: TestHub, base: string): string => `${base}（${hub.unique('name')}）`;

const REGISTER_FACILITY = graphql(`
  mutation BuilderRegisterFacility($input: RegisterFacilityInput!) {
    registerFacility(input: $input) {
      id
      kind
      name
      starRating
      closedOn
      districtCode
      townCode
      communityCode
      area {
        name
        level
      }
    }
  }
`);

/** A community elder-care facility: `await aFacility(hub).ofKind('MEAL_POINT').inArea(YUHAI).rated(4).register()`. */
export const aFacility = (hub: TestHub) => new FacilityBuilder(hub);

export class FacilityBuilder {
  private readonly input: RegisterFacilityInput;

  constructor(private readonly hub: TestHub) {
    this.input = {
      kind: 'DAY_CARE',
      name: uniqueName(hub, '测试日间照料中心'),
      areaCode: '371002011015',
      operatorName: '威海市颐和养老服务有限公司',
      floorAreaSqm: 600,
      openedOn: '2023-05-01',
    };
  }

  ofKind(kind: RegisterFacilityInput['kind']): this {
    this.input.kind = kind;
    return this;
  }

  /** The name as given (the default is unique on the hub). */
  named(name: string): this {
    this.input.name = name;
    return this;
  }

  /** Where it stands: a town/street or village/community code (a district only for kinds counted per district). */
  inArea(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  /** Star rating (meal points only, 1–5). */
  rated(stars: number): this {
    this.input.starRating = stars;
    return this;
  }

  with(fields: Partial<RegisterFacilityInput>): this {
    Object.assign(this.input, fields);
    return this;
  }

  attempt(as: As = 'civil-affairs-system') {
    return this.hub.query(REGISTER_FACILITY, { input: this.input }, as);
  }

  /** Registers the facility; fails the test if the hub refuses. */
  async register(as: As = 'civil-affairs-system') {
    return expectData(await this.attempt(as)).registerFacility;
  }
}

const RECORD_VISIT = graphql(`
  mutation BuilderRecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      visitedOn
      method
      specialDifficulty
      followUpNeeded
      findings
      elder {
        name
      }
    }
  }
`);

/** A caring visit to an elder: `await aVisit(hub).to(personKey).on('2025-04-03').byPhone().record()`. */
export const aVisit = (hub: TestHub) => new VisitBuilder(hub);

export class VisitBuilder {
  private readonly input: RecordVisitInput = {
    personKey: '',
    visitedOn: '2025-05-06',
    visitorName: '林晓燕',
    visitorOrganisation: '育海社区居委会',
    method: 'HOME_VISIT',
  };

  constructor(private readonly hub: TestHub) {}

  to(personKey: string): this {
    this.input.personKey = personKey;
    return this;
  }

  on(visitedOn: string): this {
    this.input.visitedOn = visitedOn;
    return this;
  }

  byPhone(): this {
    this.input.method = 'PHONE';
    return this;
  }

  /** What the visitor found, to be followed up. */
  finding(findings: string): this {
    this.input.findings = findings;
    this.input.followUpNeeded = true;
    return this;
  }

  attempt(as: As = 'civil-affairs-system') {
    return this.hub.query(RECORD_VISIT, { input: this.input }, as);
  }

  /** Records the visit; fails the test if the hub refuses. */
  async record(as: As = 'civil-affairs-system') {
    return expectData(await this.attempt(as)).recordVisit;
  }
}

const APPLY_TO_WAITLIST = graphql(`
  mutation BuilderApplyToWaitlist($input: ApplyToWaitlistInput!) {
    applyToWaitlist(input: $input) {
      id
      priorityTier
      status
    }
  }
`);

/** An application to a public institution's wait-list: `await anApplication(hub).of(personKey).to(code).on('2025-01-10').apply()`. */
export const anApplication = (hub: TestHub) => new WaitlistApplicationBuilder(hub);

export class WaitlistApplicationBuilder {
  private readonly input: ApplyToWaitlistInput = { personKey: '', institutionCode: '', appliedOn: '2025-01-10' };

  constructor(private readonly hub: TestHub) {}

  of(personKey: string): this {
    this.input.personKey = personKey;
    return this;
  }

  to(institutionCode: string): this {
    this.input.institutionCode = institutionCode;
    return this;
  }

  on(appliedOn: string): this {
    this.input.appliedOn = appliedOn;
    return this;
  }

  attempt(as: As = 'civil-affairs-system') {
    return this.hub.query(APPLY_TO_WAITLIST, { input: this.input }, as);
  }

  /** Applies; fails the test if the hub refuses. */
  async apply(as: As = 'civil-affairs-system') {
    return expectData(await this.attempt(as)).applyToWaitlist;
  }
}

const REGISTER_RESIDENTIAL_DEVELOPMENT = graphql(`
  mutation BuilderRegisterResidentialDevelopment($input: RegisterResidentialDevelopmentInput!) {
    registerResidentialDevelopment(input: $input) {
      id
      name
      developer
      districtCode
      townCode
      communityCode
      households
      deliveredOn
      facilityAreaM2
      facilityHandedOverOn
      requiredFacilityAreaM2
      compliant
      area {
        name
        level
      }
      district {
        name
      }
    }
  }
`);

/**
 * A new residential development in the register: `await aResidentialDevelopment(hub).inArea(code)
 * .withHouseholds(1200).deliveredOn('2023-06-30').facilityHandedOver(400, '2023-06-15').register()`.
 */
export const aResidentialDevelopment = (hub: TestHub) => new ResidentialDevelopmentBuilder(hub);

export class ResidentialDevelopmentBuilder {
  private readonly input: RegisterResidentialDevelopmentInput;

  constructor(private readonly hub: TestHub) {
    this.input = {
      name: uniqueName(hub, '测试小区'),
      developer: '威海海川房地产开发有限公司',
      areaCode: '371002011',
      households: 1000,
      deliveredOn: '2024-01-10',
    };
  }

  /** The name as given (the default is unique on the hub). */
  named(name: string): this {
    this.input.name = name;
    return this;
  }

  /** Where it stands: a town/street or village/community code. */
  inArea(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  withHouseholds(households: number): this {
    this.input.households = households;
    return this;
  }

  deliveredOn(day: string): this {
    this.input.deliveredOn = day;
    return this;
  }

  /** Its supporting elder-care facility, handed over with the registration. */
  facilityHandedOver(facilityAreaM2: number, handedOverOn: string): this {
    this.input.facilityAreaM2 = facilityAreaM2;
    this.input.facilityHandedOverOn = handedOverOn;
    return this;
  }

  with(fields: Partial<RegisterResidentialDevelopmentInput>): this {
    Object.assign(this.input, fields);
    return this;
  }

  attempt(as: As = 'civil-affairs-system') {
    return this.hub.query(REGISTER_RESIDENTIAL_DEVELOPMENT, { input: this.input }, as);
  }

  /** Registers the development; fails the test if the hub refuses. */
  async register(as: As = 'civil-affairs-system') {
    return expectData(await this.attempt(as)).registerResidentialDevelopment;
  }
}
