import { parseCreditCode } from '../../../../subgraphs/shared/identity/credit-code';
import { personKeyFromIdNumber } from '../../../../subgraphs/shared/identity/person-key';
import { parseResidentId } from '../../../../subgraphs/shared/identity/resident-id';
import {
  type SyntheticPerson,
  syntheticCaregivers,
  syntheticInstitutions,
  syntheticPersons,
  WORLD_REFERENCE_DATE,
} from '../../../../subgraphs/shared/seed/synthetic-world';

const OPTIONS = { randomSeed: 20251, personKeySecret: 'unit-test-person-key-secret', elders: 5000 };
const REFERENCE_DAY = WORLD_REFERENCE_DATE;

function everyone(options = OPTIONS): SyntheticPerson[] {
  return [...syntheticPersons(options)].flat();
}

/** Completed years on a day, computed here independently of the code under test. */
function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

describe('the synthetic city', () => {
  const persons = everyone();

  it('has as many elders as asked, in batches', () => {
    const batches = [...syntheticPersons(OPTIONS, 2000)];
    expect(batches.map((batch) => batch.length)).toEqual([2000, 2000, 1000]);
    expect(persons.map((p) => p.index)).toEqual(persons.map((_, i) => i));
  });

  it('generates identical persons from the same options', () => {
    expect(everyone()).toEqual(persons);
  });

  it('generates identical persons whatever the batch size', () => {
    expect([...syntheticPersons(OPTIONS, 333)].flat()).toEqual(persons);
  });

  it('generates identical institutions and caregivers from the same options', () => {
    expect(syntheticInstitutions(OPTIONS)).toEqual(syntheticInstitutions({ ...OPTIONS }));
    expect(syntheticCaregivers(OPTIONS)).toEqual(syntheticCaregivers({ ...OPTIONS }));
  });

  it('generates a different city from a different random seed', () => {
    const other = everyone({ ...OPTIONS, elders: 50, randomSeed: OPTIONS.randomSeed + 1 });
    expect(other.map((p) => p.idNumber)).not.toEqual(persons.slice(0, 50).map((p) => p.idNumber));
  });

  it('gives every elder an ID number that passes validation, encoding their birth date and sex', () => {
    for (const person of persons) {
      const parsed = parseResidentId(person.idNumber, 'idNumber', REFERENCE_DAY);
      expect(parsed).toEqual({
        number: person.idNumber,
        addressCode: person.idNumber.slice(0, 6),
        birthDate: person.birthDate,
        sex: person.sex,
      });
    }
  });

  it('gives every elder the person key a department would derive from their ID number', () => {
    for (const person of persons.slice(0, 500))
      expect(person.personKey).toBe(personKeyFromIdNumber(person.idNumber, OPTIONS.personKeySecret));
  });

  it('gives every elder a different ID number and a different person key', () => {
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(persons.length);
    expect(new Set(persons.map((p) => p.personKey)).size).toBe(persons.length);
  });

  it('keeps the ID numbers but changes every person key when the secret changes', () => {
    const rekeyed = everyone({ ...OPTIONS, elders: 100, personKeySecret: 'another-secret' });
    expect(rekeyed.map((p) => p.idNumber)).toEqual(persons.slice(0, 100).map((p) => p.idNumber));
    rekeyed.forEach((p, i) => expect(p.personKey).not.toBe(persons[i].personKey));
  });

  it('includes numbers issued under 文登市’s historical address code 371081', () => {
    expect(persons.some((p) => p.idNumber.startsWith('371081'))).toBe(true);
  });

  it('has only elders: everyone is 60 or older on the reference date', () => {
    const under60 = persons
      .filter((p) => ageOn(p.birthDate, WORLD_REFERENCE_DATE) < 60)
      .map((p) => `${p.index}: born ${p.birthDate}`);
    expect(under60).toEqual([]);
  });

  it('keeps frailty between 0 and 1', () => {
    for (const person of persons) {
      expect(person.frailty).toBeGreaterThanOrEqual(0);
      expect(person.frailty).toBeLessThanOrEqual(1);
    }
  });

  it('gives institutions valid, distinct credit codes', () => {
    const institutions = syntheticInstitutions({ ...OPTIONS, elders: 200_000 });
    expect(institutions).toHaveLength(50);
    for (const institution of institutions) expect(parseCreditCode(institution.code)).toBe(institution.code);
    expect(new Set(institutions.map((i) => i.code)).size).toBe(institutions.length);
  });

  it('registers each institution in the district it stands in', () => {
    for (const institution of syntheticInstitutions(OPTIONS))
      expect(institution.code.slice(2, 8)).toBe(institution.districtCode);
  });

  it('gives caregivers valid, distinct ID numbers and employers that exist', () => {
    const codes = new Set(syntheticInstitutions(OPTIONS).map((i) => i.code));
    const caregivers = syntheticCaregivers(OPTIONS);
    for (const caregiver of caregivers) {
      expect(parseResidentId(caregiver.idNumber, 'idNumber', REFERENCE_DAY).birthDate).toBe(caregiver.birthDate);
      if (caregiver.employerCode !== null) expect(codes.has(caregiver.employerCode)).toBe(true);
    }
    expect(new Set(caregivers.map((c) => c.personKey)).size).toBe(caregivers.length);
  });
});
