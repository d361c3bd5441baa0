import { graphql } from '../graphql';
import type { RegisterElderInput, RegisterInstitutionInput } from '../graphql/graphql';
import type { As, TestHub } from '../test-hub';
import { expectData } from './expect-data';
import { uniqueCreditCode, uniqueIdNumber } from './identifiers';

const REGISTER_ELDER = graphql(`
  mutation BuilderRegisterElder($input: RegisterElderInput!) {
    registerElder(input: $input) {
      personKey
    }
  }
`);

const REGISTER_INSTITUTION = graphql(`
  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {
    registerInstitution(input: $input) {
      code
    }
  }
`);

/** An elder registered by civil affairs: `await anElder(hub).bornOn('1940-02-03').livingAlone().register()`. */
export const anElder = (hub: TestHub) => new ElderBuilder(hub);

export class ElderBuilder {
  private birthDate = '1948-05-06';
  private registeredIn = '371002';
  private sex: 'MALE' | 'FEMALE' | undefined;
  private input: Omit<RegisterElderInput, 'idNumber'> = {
    name: '测试老人',
    areaCode: '371002001001',
    livingSituation: 'WITH_FAMILY',
    economicStatus: 'ORDINARY',
  };

  constructor(private readonly hub: TestHub) {}

  named(name: string): this {
    this.input.name = name;
    return this;
  }

  /** Birth date on the ID number (the registry holds residents aged 60 or more). */
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

  /** Address code on the ID number (户籍), e.g. 371081 for a number issued by 文登市 before 2014. */
  withIdFrom(addressCode: string): this {
    this.registeredIn = addressCode;
    return this;
  }

  /** Service area: a district, town/street or village/community code. */
  livingIn(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  livingAlone(): this {
    this.input.livingSituation = 'LIVING_ALONE';
    return this;
  }

  with(fields: Partial<Omit<RegisterElderInput, 'idNumber'>>): this {
    Object.assign(this.input, fields);
    return this;
  }

  /** Registers the elder as civil affairs' system (or `as`); fails the test if the hub refuses. */
  async register(as: As = 'civil-affairs-system'): Promise<{ personKey: string; idNumber: string }> {
    const idNumber = uniqueIdNumber(this.hub, {
      addressCode: this.registeredIn,
      birthDate: this.birthDate,
      sex: this.sex,
    });
    const result = await this.hub.query(REGISTER_ELDER, { input: { ...this.input, idNumber } }, as);
    return { personKey: expectData(result).registerElder.personKey, idNumber };
  }
}

/** An elder-care institution registered by civil affairs: `await anInstitution(hub).inArea('371083100').public().register()`. */
export const anInstitution = (hub: TestHub) => new InstitutionBuilder(hub);

export class InstitutionBuilder {
  private input: Omit<RegisterInstitutionInput, 'code'> = {
    name: '测试养老院',
    areaCode: '371002001',
    ownership: 'PRIVATE',
    openedOn: '2015-03-01',
  };

  constructor(private readonly hub: TestHub) {}

  named(name: string): this {
    this.input.name = name;
    return this;
  }

  /** Where it stands: a district, town/street or village/community code. */
  inArea(areaCode: string): this {
    this.input.areaCode = areaCode;
    return this;
  }

  public(): this {
    this.input.ownership = 'PUBLIC';
    return this;
  }

  openedOn(day: string): this {
    this.input.openedOn = day;
    return this;
  }

  with(fields: Partial<Omit<RegisterInstitutionInput, 'code'>>): this {
    Object.assign(this.input, fields);
    return this;
  }

  /** Registers the institution under a fresh credit code; fails the test if the hub refuses. */
  async register(as: As = 'civil-affairs-system'): Promise<{ code: string }> {
    const kind = this.input.ownership === 'PRIVATE' ? '52' : '12';
    const code = uniqueCreditCode(this.hub, { areaCode: String(this.input.areaCode), kind });
    const result = await this.hub.query(REGISTER_INSTITUTION, { input: { ...this.input, code } }, as);
    return { code: expectData(result).registerInstitution.code };
  }
}

import type {
  AbilityLevel,
  AddBedsInput,
  AssessmentReason,
  OpenFamilyBedInput,
  RecordAbilityAssessmentInput,
} from '../graphql/graphql';

const AREA_CHILDREN = graphql(`
  query BuilderAreaChildren($code: ID!) {
    area(code: $code) {
      children {
        code
        name
        level
      }
    }
  }
`);

/**
 * A village or community of a town or street that no other test on this hub has been handed, for
 * records an area takes only once (an age-friendly designation at a level): `await aFreshVillageIn(hub, '371083100')`.
 */
export async function aFreshVillageIn(hub: TestHub, townCode: string) {
  const town = expectData(await hub.query(AREA_CHILDREN, { code: townCode })).area;
  const area = town?.children[hub.unique(`area/${townCode}`) - 1];
  if (!area) throw new Error(`no more fresh villages or communities in ${townCode}: use another town`);
  return area;
}

const RECORD_ASSESSMENT = graphql(`
  mutation BuilderRecordAbilityAssessment($input: RecordAbilityAssessmentInput!) {
    recordAbilityAssessment(input: $input) {
      id
    }
  }
`);

/** An ability assessment of a registered elder: `await anAssessmentOf(hub, personKey).at('MODERATE_DISABILITY').on('2024-11-05').record()`. */
export const anAssessmentOf = (hub: TestHub, personKey: string) => new AssessmentBuilder(hub, personKey);

export class AssessmentBuilder {
  private input: RecordAbilityAssessmentInput;

  constructor(
    private readonly hub: TestHub,
    personKey: string,
  ) {
    this.input = {
      personKey,
      level: 'MILD_DISABILITY',
      assessedOn: '2024-06-01',
      reason: 'PERIODIC',
      assessor: '测试评估中心',
    };
  }

  at(level: AbilityLevel): this {
    this.input.level = level;
    return this;
  }

  on(assessedOn: string): this {
    this.input.assessedOn = assessedOn;
    return this;
  }

  because(reason: AssessmentReason): this {
    this.input.reason = reason;
    return this;
  }

  by(assessor: string): this {
    this.input.assessor = assessor;
    return this;
  }

  /** Records the assessment; fails the test if the hub refuses. */
  async record(as: As = 'civil-affairs-system'): Promise<{ id: string }> {
    return expectData(await this.hub.query(RECORD_ASSESSMENT, { input: this.input }, as)).recordAbilityAssessment;
  }
}

const ADD_BEDS = graphql(`
  mutation BuilderAddBeds($input: AddBedsInput!) {
    addBeds(input: $input) {
      id
    }
  }
`);

/** Beds added to an institution, their ids in label order: `const [bedId] = await bedsOf(hub, code).labelled('1-1', '1-2').add()`. */
export const bedsOf = (hub: TestHub, institutionCode: string) => new BedsBuilder(hub, institutionCode);

export class BedsBuilder {
  private input: AddBedsInput;

  constructor(
    private readonly hub: TestHub,
    institutionCode: string,
  ) {
    this.input = { institutionCode, kind: 'NURSING', labels: ['1-1'], inServiceFrom: '2010-01-01' };
  }

  ofKind(kind: AddBedsInput['kind']): this {
    this.input.kind = kind;
    return this;
  }

  labelled(...labels: string[]): this {
    this.input.labels = labels;
    return this;
  }

  inServiceFrom(day: string): this {
    this.input.inServiceFrom = day;
    return this;
  }

  /** Adds the beds; fails the test if the hub refuses. */
  async add(as: As = 'civil-affairs-system'): Promise<string[]> {
    const result = await this.hub.query(ADD_BEDS, { input: this.input }, as);
    return expectData(result).addBeds.map((bed) => bed.id);
  }
}

const ADMIT = graphql(`
  mutation BuilderAdmitToInstitution($input: AdmitToInstitutionInput!) {
    admitToInstitution(input: $input) {
      id
    }
  }
`);

/** Admits an elder to an institution's bed (fails the test if the hub refuses): `await admit(hub, personKey, bedId, '2024-03-01')`. */
export async function admit(
  hub: TestHub,
  personKey: string,
  bedId: string,
  admittedOn: string,
  as: As = 'civil-affairs-system',
): Promise<{ id: string }> {
  return expectData(await hub.query(ADMIT, { input: { personKey, bedId, admittedOn } }, as)).admitToInstitution;
}

const OPEN_FAMILY_BED = graphql(`
  mutation BuilderOpenFamilyBed($input: OpenFamilyBedInput!) {
    openFamilyBed(input: $input) {
      id
    }
  }
`);

/** Opens a family bed (家庭养老床位) for an elder, run by an institution (fails the test if the hub refuses). */
export async function openFamilyBed(
  hub: TestHub,
  input: OpenFamilyBedInput,
  as: As = 'civil-affairs-system',
): Promise<{ id: string }> {
  return expectData(await hub.query(OPEN_FAMILY_BED, { input }, as)).openFamilyBed;
}

const RECORD_DEATH = graphql(`
  mutation BuilderRecordElderDeath($personKey: ID!, $deceasedOn: LocalDate!) {
    updateElder(personKey: $personKey, input: { deceasedOn: $deceasedOn }) {
      deceasedOn
    }
  }
`);

/** Records an elder's death on a day (fails the test if the hub refuses): `await recordDeath(hub, personKey, '2025-03-01')`. */
export async function recordDeath(
  hub: TestHub,
  personKey: string,
  deceasedOn: string,
  as: As = 'civil-affairs-system',
): Promise<void> {
  expect(expectData(await hub.query(RECORD_DEATH, { personKey, deceasedOn }, as)).updateElder.deceasedOn).toBe(
    deceasedOn,
  );
}
