import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aMedicalInstitution } from '../../support/builders/health';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

/**
 * A write that selects a field the writer may not read is refused before anything is written
 * (issue 13, item 14): the refusal names nothing, and reading back as the writer shows no record.
 */

const ADMIT_AND_READ_ALLOWANCES = `
  mutation MutationSelectionAdmitReadingAllowances($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) { id elder { personKey allowances { month } } }
  }
`;

const ADMIT_AND_READ_ALLOWANCES_IN_A_FRAGMENT = `
  mutation MutationSelectionAdmitReadingAllowancesInAFragment($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) { id elder { ...MutationSelectionAllowances } }
  }
  fragment MutationSelectionAllowances on Elder { allowances { month } }
`;

const ADMIT_AND_READ_NAME = graphql(`
  mutation MutationSelectionAdmitReadingName($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
      elder {
        name
      }
    }
  }
`);

const STAYS_OF_ELDER = graphql(`
  query MutationSelectionStaysOfElder($key: ID!) {
    elder(personKey: $key) {
      hospitalStays {
        id
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('a write selecting what the writer may not read (%s)', (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const staysOf = async (key: string) =>
    expectData(await hub.query(STAYS_OF_ELDER, { key }, 'health-system')).elder!.hospitalStays;

  async function anAdmission() {
    const elder = await anElder(hub).bornOn('1941-04-12').register();
    const medicalInstitutionCode = (await aMedicalInstitution(hub).register()).code;
    return { personKey: elder.personKey, medicalInstitutionCode, admittedOn: '2025-02-03' };
  }

  it.each([
    ['in its selection', ADMIT_AND_READ_ALLOWANCES],
    ['in a fragment', ADMIT_AND_READ_ALLOWANCES_IN_A_FRAGMENT],
  ])('is refused as FORBIDDEN naming nothing, and nothing is written (%s)', async (_, mutation) => {
    const input = await anAdmission();

    // Health's system may not read civil affairs' allowance payments (finance's only).
    const result = await hub.query<unknown>(mutation, { input }, 'health-system');

    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0].message).toBe('not permitted for this caller');
    expect(result.data ?? null).toBeNull();
    expect(await staysOf(input.personKey)).toEqual([]);
  });

  it('is answered and written when every selected field is readable', async () => {
    const input = await anAdmission();

    const result = await hub.query(ADMIT_AND_READ_NAME, { input }, 'health-system');

    const { id } = expectData(result).admitToHospital;
    expect(await staysOf(input.personKey)).toEqual([{ id }]);
  });
});
