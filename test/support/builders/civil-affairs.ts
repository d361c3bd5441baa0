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
