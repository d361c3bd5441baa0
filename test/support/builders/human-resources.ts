import { graphql } from '../graphql';
import type {
  CaregiverCertificateLevel,
  CaregiverTrainingKind,
  ElderCareSchoolKind,
  RecordCaregiverCertificateInput,
  RegisterCaregiverInput,
} from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';
import { uniqueCreditCode, uniqueIdNumber } from './identifiers';

const REGISTER_CAREGIVER = graphql(`
  mutation BuilderRegisterCaregiver($input: RegisterCaregiverInput!) {
    registerCaregiver(input: $input) {
      personKey
    }
  }
`);

const RECORD_CERTIFICATE = graphql(`
  mutation BuilderRecordCaregiverCertificate($input: RecordCaregiverCertificateInput!) {
    recordCaregiverCertificate(input: $input) {
      id
    }
  }
`);

const OPEN_PROGRAMME = graphql(`
  mutation BuilderOpenCaregiverTrainingProgramme($input: OpenCaregiverTrainingProgrammeInput!) {
    openCaregiverTrainingProgramme(input: $input) {
      id
    }
  }
`);

const ENROL_IN_TRAINING = graphql(`
  mutation BuilderEnrolCaregiverInTraining($input: EnrolCaregiverInTrainingInput!) {
    enrolCaregiverInTraining(input: $input) {
      id
    }
  }
`);

const COMPLETE_TRAINING = graphql(`
  mutation BuilderCompleteCaregiverTraining($input: CompleteCaregiverTrainingInput!) {
    completeCaregiverTraining(input: $input) {
      id
    }
  }
`);

const RECORD_MAJOR_ENROLMENT = graphql(`
  mutation BuilderRecordElderCareMajorEnrolment($input: RecordElderCareMajorEnrolmentInput!) {
    recordElderCareMajorEnrolment(input: $input) {
      id
    }
  }
`);

const HR: As = 'human-resources-system';

/**
 * A caregiver registered by human resources:
 * `await aCaregiver(hub).female().bornOn('1978-03-15').employedBy(homeCode).register()`.
 * Without an employer the caregiver works in a district of their own (乳山市 unless told).
 */
export const aCaregiver = (hub: TestHub) => new CaregiverBuilder(hub);

export class CaregiverBuilder {
  private birthDate = '1980-02-02';
  private registeredIn = '371083';
  private sex: 'MALE' | 'FEMALE' | undefined;
  private fields: Omit<RegisterCaregiverInput, 'idNumber'> = {
    name: '测试护理员',
    role: 'ELDER_CAREGIVER',
    employedFrom: '2024-01-01',
    districtCode: '371083',
  };

  constructor(private readonly hub: TestHub) {}

  named(name: string): this {
    this.fields.name = name;
    return this;
  }

  /** Birth date on the ID number. */
  bornOn(birthDate: string): this {
    this.birthDate = birthDate;
    return this;
  }

  male(): this {
    this.sex = 'MALE';
    return this;
  }

  female(): this {
    this.sex = 'FEMALE';
    return this;
  }

  /** Address code on the ID number, e.g. 371082 for 荣成市. */
  withIdFrom(addressCode: string): this {
    this.registeredIn = addressCode;
    return this;
  }

  elderCaregiver(): this {
    this.fields.role = 'ELDER_CAREGIVER';
    return this;
  }

  longTermCarer(): this {
    this.fields.role = 'LONG_TERM_CARER';
    return this;
  }

  socialWorker(): this {
    this.fields.role = 'SOCIAL_WORKER';
    return this;
  }

  /** Works for an institution (its credit code): the caregiver's district is the employer's. */
  employedBy(employerCode: string): this {
    this.fields.employerCode = employerCode;
    delete this.fields.districtCode;
    return this;
  }

  /** Works without an employer, in this district. */
  inDistrict(districtCode: string): this {
    this.fields.districtCode = districtCode;
    delete this.fields.employerCode;
    return this;
  }

  employedFrom(day: string): this {
    this.fields.employedFrom = day;
    return this;
  }

  with(fields: Partial<Omit<RegisterCaregiverInput, 'idNumber'>>): this {
    Object.assign(this.fields, fields);
    return this;
  }

  /** The registration's input under a fresh ID number, for a test that sends it itself. */
  input(): RegisterCaregiverInput {
    const idNumber = uniqueIdNumber(this.hub, {
      addressCode: this.registeredIn,
      birthDate: this.birthDate,
      sex: this.sex,
    });
    return { ...this.fields, idNumber };
  }

  /** Registers the caregiver as human resources' system; fails the test if the hub refuses. */
  async register(): Promise<{ personKey: string; idNumber: string }> {
    const input = this.input();
    const result = await this.hub.query(REGISTER_CAREGIVER, { input }, HR);
    return { personKey: expectData(result).registerCaregiver.personKey, idNumber: input.idNumber };
  }
}

/** A certificate number no other test on this hub has used. */
export const uniqueCertificateNumber = (hub: TestHub): string =>
  `TEST-CERT-${String(hub.unique('certificate-number')).padStart(6, '0')}`;

/**
 * A caregiver's certificate recorded by human resources:
 * `await aCertificate(hub, personKey).level('LONG_TERM_CARER_JUNIOR').issuedOn('2024-06-01').record()`.
 */
export const aCertificate = (hub: TestHub, personKey: string) => new CertificateBuilder(hub, personKey);

export class CertificateBuilder {
  private fields: Omit<RecordCaregiverCertificateInput, 'personKey' | 'certificateNumber'> = {
    level: 'ELDER_CAREGIVER_LEVEL_4',
    issuer: '威海市职业技能鉴定指导中心',
    issuedOn: '2024-06-01',
  };

  constructor(
    private readonly hub: TestHub,
    private readonly personKey: string,
  ) {}

  level(level: CaregiverCertificateLevel): this {
    this.fields.level = level;
    return this;
  }

  issuedOn(day: string): this {
    this.fields.issuedOn = day;
    return this;
  }

  /** The last day it is valid; without one it never expires. */
  expiresOn(day: string | null): this {
    this.fields.expiresOn = day;
    return this;
  }

  with(fields: Partial<Omit<RecordCaregiverCertificateInput, 'personKey'>>): this {
    Object.assign(this.fields, fields);
    return this;
  }

  /** Records it under a fresh certificate number (unless `with` gave one); fails the test if the hub refuses. */
  async record(): Promise<{ id: string; certificateNumber: string }> {
    const input: RecordCaregiverCertificateInput = {
      certificateNumber: uniqueCertificateNumber(this.hub),
      ...this.fields,
      personKey: this.personKey,
    };
    const result = await this.hub.query(RECORD_CERTIFICATE, { input }, HR);
    return { id: expectData(result).recordCaregiverCertificate.id, certificateNumber: input.certificateNumber };
  }
}

/**
 * A training programme opened by human resources, with its trainees:
 * `await aTrainingProgramme(hub).from('2024-03-01', '2024-03-20').open()`, then
 * `await programme.enrol(personKey)` and `await programme.complete(enrolmentId, '2024-03-20')`.
 */
export const aTrainingProgramme = (hub: TestHub) => new TrainingProgrammeBuilder(hub);

export class TrainingProgrammeBuilder {
  private kind: CaregiverTrainingKind = 'SKILLS';
  private name: string | undefined;
  private organiser = '威海市人力资源和社会保障局';
  private districtCode: string | undefined;
  private startsOn = '2024-03-01';
  private endsOn = '2024-03-20';

  constructor(private readonly hub: TestHub) {}

  ofKind(kind: CaregiverTrainingKind): this {
    this.kind = kind;
    return this;
  }

  named(name: string): this {
    this.name = name;
    return this;
  }

  organisedBy(organiser: string): this {
    this.organiser = organiser;
    return this;
  }

  /** Run for one district; without one it is the city's. */
  inDistrict(districtCode: string): this {
    this.districtCode = districtCode;
    return this;
  }

  from(startsOn: string, endsOn: string): this {
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    return this;
  }

  /** Opens the programme; fails the test if the hub refuses. */
  async open(): Promise<OpenedProgramme> {
    const input = {
      kind: this.kind,
      name: this.name ?? `${this.startsOn} 养老护理员培训`,
      organiser: this.organiser,
      districtCode: this.districtCode,
      startsOn: this.startsOn,
      endsOn: this.endsOn,
    };
    const result = await this.hub.query(OPEN_PROGRAMME, { input }, HR);
    return new OpenedProgramme(this.hub, expectData(result).openCaregiverTrainingProgramme.id, this.startsOn);
  }
}

export class OpenedProgramme {
  constructor(
    private readonly hub: TestHub,
    readonly id: string,
    private readonly startsOn: string,
  ) {}

  /** Enrols a caregiver (on the first day unless told); fails the test if the hub refuses. */
  async enrol(personKey: string, enrolledOn = this.startsOn): Promise<{ enrolmentId: string }> {
    const result = await this.hub.query(
      ENROL_IN_TRAINING,
      { input: { programmeId: this.id, personKey, enrolledOn } },
      HR,
    );
    return { enrolmentId: expectData(result).enrolCaregiverInTraining.id };
  }

  /** Records a trainee's completion; fails the test if the hub refuses. */
  async complete(enrolmentId: string, completedOn: string): Promise<void> {
    expectData(await this.hub.query(COMPLETE_TRAINING, { input: { enrolmentId, completedOn } }, HR));
  }

  /** Enrols a caregiver and, with a day, records the completion. */
  async train(personKey: string, completedOn: string | null): Promise<{ enrolmentId: string }> {
    const enrolment = await this.enrol(personKey);
    if (completedOn) await this.complete(enrolment.enrolmentId, completedOn);
    return enrolment;
  }
}

/** A school teaching elder-care majors, under a credit code no other test on this hub has used. */
export interface School {
  schoolCode: string;
  schoolName: string;
  schoolKind: ElderCareSchoolKind;
  districtCode: string;
}

export const aSchool = (
  hub: TestHub,
  { schoolName = '测试职业学校', schoolKind = 'SECONDARY_VOCATIONAL', districtCode = '371002' }: Partial<School> = {},
): School => ({
  schoolCode: uniqueCreditCode(hub, { areaCode: districtCode, kind: '12' }),
  schoolName,
  schoolKind,
  districtCode,
});

/** Records a school's intake into a major for a year; fails the test if the hub refuses. */
export async function recordMajorEnrolment(
  hub: TestHub,
  school: School,
  major: string,
  enrolmentYear: number,
  enrolled: number,
): Promise<{ id: string }> {
  const result = await hub.query(RECORD_MAJOR_ENROLMENT, { input: { ...school, major, enrolmentYear, enrolled } }, HR);
  return { id: expectData(result).recordElderCareMajorEnrolment.id };
}
