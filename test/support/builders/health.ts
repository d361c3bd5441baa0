import { graphql } from '../graphql';
import type {
  CooperationService,
  HomeSickbedCloseReason,
  HospiceDischargeReason,
  HospitalDischargeDestination,
  InsideClinicKind,
  MedicalInstitutionKind,
  RegisterMedicalInstitutionInput,
} from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';
import { uniqueCreditCode, uniqueIdNumber } from './identifiers';

/**
 * Builders for the health commission's records: medical institutions, hospital stays, home sickbeds,
 * hospice stays, cooperation agreements and inside clinics, each written as health's own system and
 * failing the test if the hub refuses (tests of refusals send the mutation themselves).
 */

const HEALTH: As = 'health-system';

/** Whom a health record is about: a registered elder by person key, or anyone by ID number (health records patients civil affairs never registered too). */
export type Patient = { personKey: string } | { idNumber: string };

/** A patient with an ID number no other test on this hub has used, unknown to civil affairs. */
export const aFreshPatient = (hub: TestHub, addressCode = '371083', birthDate = '1946-09-10'): Patient => ({
  idNumber: uniqueIdNumber(hub, { addressCode, birthDate }),
});

/** An inside clinic's filing number (备案号) no other test on this hub has used. */
export const uniqueFilingNumber = (hub: TestHub): string =>
  `威卫医养备T${String(hub.unique('filing-number')).padStart(6, '0')}`;

const REGISTER_MEDICAL_INSTITUTION = graphql(`
  mutation BuilderRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {
    registerMedicalInstitution(input: $input) {
      code
    }
  }
`);

/**
 * A medical institution under a fresh credit code; a public second-level general hospital with 100
 * medical beds unless told: `await aMedicalInstitution(hub).inArea('371083').offeringInternetNursing().register()`.
 */
export const aMedicalInstitution = (hub: TestHub) => new MedicalInstitutionBuilder(hub);

export class MedicalInstitutionBuilder {
  private input: Omit<RegisterMedicalInstitutionInput, 'code'> = {
    name: '测试医院',
    kind: 'GENERAL_HOSPITAL',
    level: 2,
    isPublic: true,
    areaCode: '371002',
    medicalBeds: 100,
  };

  constructor(private readonly hub: TestHub) {}

  named(name: string): this {
    this.input.name = name;
    return this;
  }

  /** Its kind and grade (1–3; none for a village clinic). */
  ofKind(kind: MedicalInstitutionKind, level: number | null): this {
    this.input.kind = kind;
    this.input.level = level;
    return this;
  }

  public(): this {
    this.input.isPublic = true;
    return this;
  }

  private(): this {
    this.input.isPublic = false;
    return this;
  }

  /** Where it stands: a district or town/street code. */
  inArea(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  withMedicalBeds(beds: number): this {
    this.input.medicalBeds = beds;
    return this;
  }

  /** A hospice provider (安宁疗护) with that many hospice beds. */
  providingHospice(hospiceBeds = 0): this {
    this.input.hospiceProvider = true;
    this.input.hospiceBeds = hospiceBeds;
    return this;
  }

  offeringInternetNursing(): this {
    this.input.internetNursing = true;
    return this;
  }

  /** Registers it as health's system; fails the test if the hub refuses. */
  async register(): Promise<{ code: string }> {
    const code = uniqueCreditCode(this.hub, {
      areaCode: String(this.input.areaCode),
      kind: this.input.isPublic ? '12' : '52',
    });
    const result = await this.hub.query(REGISTER_MEDICAL_INSTITUTION, { input: { ...this.input, code } }, HEALTH);
    return expectData(result).registerMedicalInstitution;
  }
}

const ADMIT_TO_HOSPITAL = graphql(`
  mutation BuilderAdmitToHospital($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
    }
  }
`);

const DISCHARGE_FROM_HOSPITAL = graphql(`
  mutation BuilderDischargeFromHospital($input: DischargeFromHospitalInput!) {
    dischargeFromHospital(input: $input) {
      id
    }
  }
`);

/** A hospital stay (住院, a medical bed): `await aHospitalStay(hub, patient).in(code).from('2025-03-01').discharged('2025-03-12', 'HOME').record()`. */
export const aHospitalStay = (hub: TestHub, patient: Patient) => new HospitalStayBuilder(hub, patient);

export class HospitalStayBuilder {
  private medicalInstitutionCode = '';
  private admittedOn = '2025-01-01';
  private discharge: { dischargedOn: string; destination: HospitalDischargeDestination } | undefined;

  constructor(
    private readonly hub: TestHub,
    private readonly patient: Patient,
  ) {}

  in(medicalInstitutionCode: string): this {
    this.medicalInstitutionCode = medicalInstitutionCode;
    return this;
  }

  from(admittedOn: string): this {
    this.admittedOn = admittedOn;
    return this;
  }

  /** Discharged that day to that destination; still in hospital unless told. */
  discharged(dischargedOn: string, destination: HospitalDischargeDestination): this {
    this.discharge = { dischargedOn, destination };
    return this;
  }

  /** Admits (and discharges) as health's system; fails the test if the hub refuses. */
  async record(): Promise<{ id: string }> {
    const input = { ...this.patient, medicalInstitutionCode: this.medicalInstitutionCode, admittedOn: this.admittedOn };
    const { id } = expectData(await this.hub.query(ADMIT_TO_HOSPITAL, { input }, HEALTH)).admitToHospital;
    if (this.discharge)
      expectData(
        await this.hub.query(DISCHARGE_FROM_HOSPITAL, { input: { hospitalStayId: id, ...this.discharge } }, HEALTH),
      );
    return { id };
  }
}

const ADMIT_TO_HOSPICE = graphql(`
  mutation BuilderAdmitToHospice($input: AdmitToHospiceInput!) {
    admitToHospice(input: $input) {
      id
    }
  }
`);

const DISCHARGE_FROM_HOSPICE = graphql(`
  mutation BuilderDischargeFromHospice($input: DischargeFromHospiceInput!) {
    dischargeFromHospice(input: $input) {
      id
    }
  }
`);

/** A hospice stay (安宁疗护床位): `await aHospiceStay(hub, patient).in(code).from('2025-05-10').record()`. */
export const aHospiceStay = (hub: TestHub, patient: Patient) => new HospiceStayBuilder(hub, patient);

export class HospiceStayBuilder {
  private medicalInstitutionCode = '';
  private admittedOn = '2025-01-01';
  private discharge: { dischargedOn: string; reason: HospiceDischargeReason } | undefined;

  constructor(
    private readonly hub: TestHub,
    private readonly patient: Patient,
  ) {}

  in(medicalInstitutionCode: string): this {
    this.medicalInstitutionCode = medicalInstitutionCode;
    return this;
  }

  from(admittedOn: string): this {
    this.admittedOn = admittedOn;
    return this;
  }

  discharged(dischargedOn: string, reason: HospiceDischargeReason): this {
    this.discharge = { dischargedOn, reason };
    return this;
  }

  /** Admits (and discharges) as health's system; fails the test if the hub refuses. */
  async record(): Promise<{ id: string }> {
    const input = { ...this.patient, medicalInstitutionCode: this.medicalInstitutionCode, admittedOn: this.admittedOn };
    const { id } = expectData(await this.hub.query(ADMIT_TO_HOSPICE, { input }, HEALTH)).admitToHospice;
    if (this.discharge)
      expectData(
        await this.hub.query(DISCHARGE_FROM_HOSPICE, { input: { hospiceStayId: id, ...this.discharge } }, HEALTH),
      );
    return { id };
  }
}

const OPEN_HOME_SICKBED = graphql(`
  mutation BuilderOpenHomeSickbed($input: OpenHomeSickbedInput!) {
    openHomeSickbed(input: $input) {
      id
    }
  }
`);

const RECORD_HOME_SICKBED_VISIT = graphql(`
  mutation BuilderRecordHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
    recordHomeSickbedVisit(input: $input) {
      visitCount
    }
  }
`);

const CLOSE_HOME_SICKBED = graphql(`
  mutation BuilderCloseHomeSickbed($input: CloseHomeSickbedInput!) {
    closeHomeSickbed(input: $input) {
      id
    }
  }
`);

/** A home sickbed (家庭病床): `await aHomeSickbed(hub, patient).by(code).at('371083100201').from('2025-03-12').visitedOn('2025-03-15').record()`. */
export const aHomeSickbed = (hub: TestHub, patient: Patient) => new HomeSickbedBuilder(hub, patient);

export class HomeSickbedBuilder {
  private medicalInstitutionCode = '';
  private areaCode = '371083';
  private openedOn = '2025-01-01';
  private visits: string[] = [];
  private close: { closedOn: string; reason: HomeSickbedCloseReason } | undefined;

  constructor(
    private readonly hub: TestHub,
    private readonly patient: Patient,
  ) {}

  /** The medical institution that runs it. */
  by(medicalInstitutionCode: string): this {
    this.medicalInstitutionCode = medicalInstitutionCode;
    return this;
  }

  /** Where the home is: a district, town/street or village/community code. */
  at(areaCode: string): this {
    this.areaCode = areaCode;
    return this;
  }

  from(openedOn: string): this {
    this.openedOn = openedOn;
    return this;
  }

  visitedOn(...days: string[]): this {
    this.visits.push(...days);
    return this;
  }

  closed(closedOn: string, reason: HomeSickbedCloseReason): this {
    this.close = { closedOn, reason };
    return this;
  }

  /** Opens it, records the visits and closes it as health's system; fails the test if the hub refuses. */
  async record(): Promise<{ id: string }> {
    const input = {
      ...this.patient,
      medicalInstitutionCode: this.medicalInstitutionCode,
      areaCode: this.areaCode,
      openedOn: this.openedOn,
    };
    const { id } = expectData(await this.hub.query(OPEN_HOME_SICKBED, { input }, HEALTH)).openHomeSickbed;
    for (const visitedOn of this.visits)
      expectData(await this.hub.query(RECORD_HOME_SICKBED_VISIT, { input: { homeSickbedId: id, visitedOn } }, HEALTH));
    if (this.close)
      expectData(await this.hub.query(CLOSE_HOME_SICKBED, { input: { homeSickbedId: id, ...this.close } }, HEALTH));
    return { id };
  }
}

const SIGN_COOPERATION_AGREEMENT = graphql(`
  mutation BuilderSignCooperationAgreement($input: SignCooperationAgreementInput!) {
    signCooperationAgreement(input: $input) {
      id
    }
  }
`);

const END_COOPERATION_AGREEMENT = graphql(`
  mutation BuilderEndCooperationAgreement($input: EndCooperationAgreementInput!) {
    endCooperationAgreement(input: $input) {
      id
    }
  }
`);

/**
 * A cooperation agreement (签约合作) between a medical institution and an elder-care institution:
 * `await anAgreement(hub).between(hospital, home).from('2025-01-01').to('2025-12-31').sign()`.
 */
export const anAgreement = (hub: TestHub) => new CooperationAgreementBuilder(hub);

export class CooperationAgreementBuilder {
  private medicalInstitutionCode = '';
  private institutionCode = '';
  private services: CooperationService[] = ['REGULAR_ROUNDS'];
  private validFrom = '2024-01-01';
  private validTo: string | undefined;
  private earlyEnd: string | undefined;

  constructor(private readonly hub: TestHub) {}

  /** The medical institution's and the elder-care institution's credit codes. */
  between(medicalInstitutionCode: string, institutionCode: string): this {
    this.medicalInstitutionCode = medicalInstitutionCode;
    this.institutionCode = institutionCode;
    return this;
  }

  offering(...services: CooperationService[]): this {
    this.services = services;
    return this;
  }

  from(validFrom: string): this {
    this.validFrom = validFrom;
    return this;
  }

  /** The last day of its term; open-ended unless told. */
  to(validTo: string): this {
    this.validTo = validTo;
    return this;
  }

  /** Ended early on that day, after it is signed. */
  endedOn(day: string): this {
    this.earlyEnd = day;
    return this;
  }

  /** Signs (and ends) it as health's system; fails the test if the hub refuses. */
  async sign(): Promise<{ id: string }> {
    const input = {
      medicalInstitutionCode: this.medicalInstitutionCode,
      institutionCode: this.institutionCode,
      services: this.services,
      validFrom: this.validFrom,
      validTo: this.validTo,
    };
    const { id } = expectData(
      await this.hub.query(SIGN_COOPERATION_AGREEMENT, { input }, HEALTH),
    ).signCooperationAgreement;
    if (this.earlyEnd)
      expectData(
        await this.hub.query(END_COOPERATION_AGREEMENT, { input: { agreementId: id, endedOn: this.earlyEnd } }, HEALTH),
      );
    return { id };
  }
}

const FILE_INSIDE_CLINIC = graphql(`
  mutation BuilderFileInsideClinic($input: FileInsideClinicInput!) {
    fileInsideClinic(input: $input) {
      id
    }
  }
`);

const CLOSE_INSIDE_CLINIC = graphql(`
  mutation BuilderCloseInsideClinic($input: CloseInsideClinicInput!) {
    closeInsideClinic(input: $input) {
      id
    }
  }
`);

/**
 * A clinic inside an elder-care institution (内设医疗机构), filed under a fresh filing number:
 * `await anInsideClinic(hub, homeCode).filedOn('2025-07-01').file()`.
 */
export const anInsideClinic = (hub: TestHub, institutionCode: string) => new InsideClinicBuilder(hub, institutionCode);

export class InsideClinicBuilder {
  private name = '测试医务室';
  private kind: InsideClinicKind = 'INFIRMARY';
  private day = '2024-01-01';
  private closedOn: string | undefined;

  constructor(
    private readonly hub: TestHub,
    private readonly institutionCode: string,
  ) {}

  named(name: string): this {
    this.name = name;
    return this;
  }

  ofKind(kind: InsideClinicKind): this {
    this.kind = kind;
    return this;
  }

  filedOn(day: string): this {
    this.day = day;
    return this;
  }

  /** Closed on that day, after it is filed. */
  closed(day: string): this {
    this.closedOn = day;
    return this;
  }

  /** Files (and closes) it as health's system; fails the test if the hub refuses. */
  async file(): Promise<{ id: string; filingNumber: string }> {
    const filingNumber = uniqueFilingNumber(this.hub);
    const input = {
      institutionCode: this.institutionCode,
      name: this.name,
      kind: this.kind,
      filingNumber,
      filedOn: this.day,
    };
    const { id } = expectData(await this.hub.query(FILE_INSIDE_CLINIC, { input }, HEALTH)).fileInsideClinic;
    if (this.closedOn)
      expectData(
        await this.hub.query(CLOSE_INSIDE_CLINIC, { input: { clinicId: id, closedOn: this.closedOn } }, HEALTH),
      );
    return { id, filingNumber };
  }
}
