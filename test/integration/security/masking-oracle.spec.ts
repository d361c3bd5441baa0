import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aMedicalInstitution } from '../../support/builders/health';
import { aCaregiver } from '../../support/builders/human-resources';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type {
  OracleCaregiverByIdNumberQuery,
  OracleElderByIdNumberQuery,
  OracleMaskedCaregiverQuery,
  OracleMaskedElderQuery,
} from '../../support/graphql/graphql';
import { completionsOf } from '../../support/id-number-completion';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const MASKED_ELDER = graphql(`
  query OracleMaskedElder($personKey: ID!) {
    elder(personKey: $personKey) {
      idNumber
      maskedIdNumber
      birthDate
      sex
      districtCode
    }
  }
`);

const ELDER_BY_ID_NUMBER = graphql(`
  query OracleElderByIdNumber($idNumber: String!) {
    elderByIdNumber(idNumber: $idNumber) {
      personKey
    }
  }
`);

const MASKED_CAREGIVER = graphql(`
  query OracleMaskedCaregiver($personKey: ID!) {
    caregiver(personKey: $personKey) {
      idNumber
      birthDate
      sex
      districtCode
    }
  }
`);

const CAREGIVER_BY_ID_NUMBER = graphql(`
  query OracleCaregiverByIdNumber($idNumber: String!) {
    caregiverByIdNumber(idNumber: $idNumber) {
      personKey
    }
  }
`);

const REGISTER_ELDER = graphql(`
  mutation OracleRegisterElder($input: RegisterElderInput!) {
    registerElder(input: $input) {
      personKey
    }
  }
`);

const ADMIT = graphql(`
  mutation OracleAdmitToHospital($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
    }
  }
`);

/**
 * Issue 13, item 3, as the attacker did it through the gateway: a department system without the
 * personal-data scope reads a person's masked ID number beside the birth date, sex and district,
 * completes the number offline, and confirms the guess with a lookup by number.
 */
describe.each(DATABASE_TARGETS)('completing and confirming masked ID numbers (%s)', (target) => {
  let hub: TestHub;
  /** A department system's token without the personal-data scope, e.g. a statistics office's. */
  let statistics: (department: 'health' | 'civil-affairs', scope?: string) => Promise<Record<string, string>>;
  const as = <R>(headers: Record<string, string>, operation: { toString(): string }, variables: object) =>
    hub.queryWithHeaders<R>(headers, operation.toString(), variables as Record<string, unknown>);

  beforeAll(async () => {
    // Writes only records of its own, under fresh ID numbers.
    hub = await sharedHub(target, 'blank');
    statistics = async (department, scope) => ({
      authorization: `Bearer ${await hub.mint({ sub: `${department}-statistics`, role: 'department-system', department, scope })}`,
    });
  }, HUB_START_TIMEOUT_MS);

  /** The same answer for the real number and another candidate: a refusal that tells nothing. */
  const expectNoConfirmation = (real: GraphQLResult<unknown>, other: GraphQLResult<unknown>) => {
    for (const result of [real, other]) {
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(result.data ?? {})).not.toMatch(/[0-9a-f]{32}/);
    }
    expect(real.errors![0].message).toBe(other.errors![0].message);
  };

  it('leaves hundreds of numbers for an elder’s masked ID number, and no lookup by number to tell the real one', async () => {
    const elder = await anElder(hub).withIdFrom('371082').livingIn('371082').bornOn('1953-09-28').female().register();
    const health = await statistics('health');
    const seen = expectData(await as<OracleMaskedElderQuery>(health, MASKED_ELDER, elder)).elder!;
    expect(seen.idNumber).toBe(seen.maskedIdNumber);
    expect(seen.idNumber).not.toBe(elder.idNumber);

    const candidates = completionsOf({ masked: seen.idNumber, birthDate: seen.birthDate, sex: seen.sex });
    expect(candidates).toContain(elder.idNumber);
    expect(candidates.length).toBeGreaterThanOrEqual(500);
    const guessedCounty = completionsOf({ masked: seen.idNumber, birthDate: seen.birthDate, sex: seen.sex }, [
      seen.districtCode,
    ]);
    expect(guessedCounty.length).toBeGreaterThanOrEqual(500);

    const other = candidates.find((candidate) => candidate !== elder.idNumber)!;
    expectNoConfirmation(
      await as<OracleElderByIdNumberQuery>(health, ELDER_BY_ID_NUMBER, { idNumber: elder.idNumber }),
      await as<OracleElderByIdNumberQuery>(health, ELDER_BY_ID_NUMBER, { idNumber: other }),
    );
    // A caller entitled to the numbers still looks elders up by them.
    expect(
      expectData(await hub.query(ELDER_BY_ID_NUMBER, { idNumber: elder.idNumber }, 'health-system')).elderByIdNumber,
    ).toEqual({ personKey: elder.personKey });
  });

  it('leaves hundreds of numbers for a caregiver’s masked ID number, and no lookup by number to tell the real one', async () => {
    const caregiver = await aCaregiver(hub).withIdFrom('371083').inDistrict('371083').bornOn('1975-04-12').register();
    const civilAffairs = await statistics('civil-affairs');
    const seen = expectData(await as<OracleMaskedCaregiverQuery>(civilAffairs, MASKED_CAREGIVER, caregiver)).caregiver!;
    expect(seen.idNumber).not.toBe(caregiver.idNumber);

    const candidates = completionsOf({ masked: seen.idNumber, birthDate: seen.birthDate, sex: seen.sex });
    expect(candidates).toContain(caregiver.idNumber);
    expect(candidates.length).toBeGreaterThanOrEqual(500);

    const other = candidates.find((candidate) => candidate !== caregiver.idNumber)!;
    expectNoConfirmation(
      await as<OracleCaregiverByIdNumberQuery>(civilAffairs, CAREGIVER_BY_ID_NUMBER, { idNumber: caregiver.idNumber }),
      await as<OracleCaregiverByIdNumberQuery>(civilAffairs, CAREGIVER_BY_ID_NUMBER, { idNumber: other }),
    );
    expect(
      expectData(await hub.query(CAREGIVER_BY_ID_NUMBER, { idNumber: caregiver.idNumber }, 'civil-affairs-system'))
        .caregiverByIdNumber,
    ).toEqual({ personKey: caregiver.personKey });
  });

  it('takes no ID number in a write from a caller without the personal-data scope, writing nothing, and takes the person key', async () => {
    const writer = await statistics('civil-affairs', 'write');
    const idNumber = uniqueIdNumber(hub, { addressCode: '371002', birthDate: '1950-07-07' });
    const input = {
      idNumber,
      name: '测试老人',
      areaCode: '371002',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'ORDINARY',
    };
    const refused = await as(writer, REGISTER_ELDER, { input });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].message).toMatch(/personal-data scope/);
    expect(expectData(await hub.query(ELDER_BY_ID_NUMBER, { idNumber })).elderByIdNumber).toBeNull();

    const { code } = await aMedicalInstitution(hub).register();
    const elder = await anElder(hub).register();
    const healthWriter = await statistics('health', 'write');
    const admission = { medicalInstitutionCode: code, admittedOn: '2026-01-05' };
    const byNumber = await as(healthWriter, ADMIT, { input: { ...admission, idNumber: elder.idNumber } });
    expect(errorCodes(byNumber)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(healthWriter, ADMIT, { input: { ...admission, personKey: elder.personKey } }))).toEqual(
      [],
    );
  });
});
