import { graphql } from '../graphql';
import type {
  DesignateLtciProviderInput,
  EnrolInLtciInput,
  LtciDisabilityGrade,
  LtciEnrolmentStatus,
  LtciProviderLevel,
} from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';
import { uniqueCreditCode, uniqueIdNumber } from './identifiers';

const ENROL_IN_LTCI = graphql(`
  mutation BuilderEnrolInLtci($input: EnrolInLtciInput!) {
    enrolInLtci(input: $input) {
      personKey
    }
  }
`);

const CHANGE_LTCI_STATUS = graphql(`
  mutation BuilderChangeLtciEnrolmentStatus($input: ChangeLtciEnrolmentStatusInput!) {
    changeLtciEnrolmentStatus(input: $input) {
      status
    }
  }
`);

const RECORD_LTCI_ASSESSMENT = graphql(`
  mutation BuilderRecordLtciAssessment($input: RecordLtciAssessmentInput!) {
    recordLtciAssessment(input: $input) {
      grade
    }
  }
`);

const DESIGNATE_LTCI_PROVIDER = graphql(`
  mutation BuilderDesignateLtciProvider($input: DesignateLtciProviderInput!) {
    designateLtciProvider(input: $input) {
      id
      providerCode
    }
  }
`);

const MI: As = 'medical-insurance-system';

/**
 * A person enrolled in long-term care insurance by medical insurance:
 * `await anLtciEnrolment(hub).employee().since('2024-02-01').inDistrict('371083').enrol()`,
 * under a fresh ID number unless `of(idNumber)` names one (e.g. an elder civil affairs registered).
 */
export const anLtciEnrolment = (hub: TestHub) => new LtciEnrolmentBuilder(hub);

export class LtciEnrolmentBuilder {
  private idNumber: string | undefined;
  private birthDate = '1948-05-06';
  private fields: Omit<EnrolInLtciInput, 'idNumber'> = {
    scheme: 'URBAN_RURAL_RESIDENT',
    since: '2023-01-01',
    districtCode: '371083',
  };

  constructor(private readonly hub: TestHub) {}

  /** The person's ID number; without one a fresh number of the enrolment's district is used. */
  of(idNumber: string): this {
    this.idNumber = idNumber;
    return this;
  }

  bornOn(birthDate: string): this {
    this.birthDate = birthDate;
    return this;
  }

  employee(): this {
    this.fields.scheme = 'EMPLOYEE';
    return this;
  }

  resident(): this {
    this.fields.scheme = 'URBAN_RURAL_RESIDENT';
    return this;
  }

  since(day: string): this {
    this.fields.since = day;
    return this;
  }

  inDistrict(districtCode: string): this {
    this.fields.districtCode = districtCode;
    return this;
  }

  inTown(townCode: string): this {
    this.fields.townCode = townCode;
    return this;
  }

  /** Enrols the person; fails the test if the hub refuses. */
  async enrol(): Promise<{ personKey: string; idNumber: string }> {
    const idNumber =
      this.idNumber ??
      uniqueIdNumber(this.hub, { addressCode: String(this.fields.districtCode), birthDate: this.birthDate });
    const result = await this.hub.query(ENROL_IN_LTCI, { input: { ...this.fields, idNumber } }, MI);
    return { personKey: expectData(result).enrolInLtci.personKey, idNumber };
  }
}

/** Suspends, ends or re-activates an enrolment from a day; fails the test if the hub refuses. */
export async function changeLtciStatus(
  hub: TestHub,
  personKey: string,
  status: LtciEnrolmentStatus,
  effectiveOn: string,
): Promise<void> {
  expectData(await hub.query(CHANGE_LTCI_STATUS, { input: { personKey, status, effectiveOn } }, MI));
}

/** Records an enrolled person's disability grade; fails the test if the hub refuses. */
export async function recordLtciAssessment(
  hub: TestHub,
  personKey: string,
  grade: LtciDisabilityGrade,
  assessedOn: string,
  {
    assessingOrganisation = '乳山市失能评估中心',
    validUntil,
  }: { assessingOrganisation?: string; validUntil?: string } = {},
): Promise<void> {
  const input = { personKey, grade, assessedOn, assessingOrganisation, validUntil };
  expectData(await hub.query(RECORD_LTCI_ASSESSMENT, { input }, MI));
}

/**
 * A provider designated for long-term care insurance:
 * `await anLtciDesignation(hub).inDistrict('371083').from('2024-01-01').designate()` designates an
 * elder-care institution under a fresh credit code; `.provider(code)` names one (e.g. a registered institution).
 */
export const anLtciDesignation = (hub: TestHub) => new LtciDesignationBuilder(hub);

export class LtciDesignationBuilder {
  private providerCode: string | undefined;
  private fields: Omit<DesignateLtciProviderInput, 'providerCode'> = {
    providerKind: 'ELDER_CARE_INSTITUTION',
    providerLevel: 'ELDER_CARE',
    districtCode: '371083',
    designatedFrom: '2023-01-01',
  };

  constructor(private readonly hub: TestHub) {}

  provider(code: string): this {
    this.providerCode = code;
    return this;
  }

  /** A medical institution of that level (an elder-care institution unless told). */
  medicalInstitution(level: Exclude<LtciProviderLevel, 'ELDER_CARE'>): this {
    this.fields.providerKind = 'MEDICAL_INSTITUTION';
    this.fields.providerLevel = level;
    return this;
  }

  inDistrict(districtCode: string): this {
    this.fields.districtCode = districtCode;
    return this;
  }

  inTown(townCode: string): this {
    this.fields.townCode = townCode;
    return this;
  }

  from(day: string): this {
    this.fields.designatedFrom = day;
    return this;
  }

  /** The last day of the designation; open-ended unless told. */
  until(day: string): this {
    this.fields.designatedUntil = day;
    return this;
  }

  /** Designates the provider as medical insurance's system; fails the test if the hub refuses. */
  async designate(): Promise<{ id: string; providerCode: string }> {
    const kind = this.fields.providerKind === 'ELDER_CARE_INSTITUTION' ? '52' : '12';
    const providerCode =
      this.providerCode ?? uniqueCreditCode(this.hub, { areaCode: String(this.fields.districtCode), kind });
    const result = await this.hub.query(DESIGNATE_LTCI_PROVIDER, { input: { ...this.fields, providerCode } }, MI);
    return expectData(result).designateLtciProvider;
  }
}
