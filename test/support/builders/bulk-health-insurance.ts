import { createHash } from 'node:crypto';
import type {
  AdmitToHospitalInput,
  EnrolInLtciInput,
  OpenHomeSickbedInput,
  RecordLtciAssessmentInput,
  SettleLtciMonthInput,
} from '../graphql/graphql';
import type { TestHub } from '../test-hub';
import { uniqueIdNumber } from './identifiers';

/**
 * Person keys no other test on this hub has used, for health's and medical insurance's loads of
 * many patients (health keeps no registry of its own to check them against).
 */
export const personKeysFor = (hub: TestHub, count: number): string[] =>
  Array.from({ length: count }, () =>
    createHash('md5')
      .update(`bulk-patient-${hub.unique('bulk-patient')}`)
      .digest('hex'),
  );

/** One admission per person, each to `medicalInstitutionCode` on `admittedOn`, referenced `H0`, `H1`, … in `source`. */
export function hospitalStaysToLoad(
  personKeys: readonly string[],
  medicalInstitutionCode: string,
  source: string,
  admittedOn = '2025-03-01',
): AdmitToHospitalInput[] {
  return personKeys.map((personKey, index) => ({
    personKey,
    medicalInstitutionCode,
    admittedOn,
    sourceRef: { source, ref: `H${index}` },
  }));
}

/** One home sickbed per person, each opened by `medicalInstitutionCode` in 乳山市, referenced `B0`, `B1`, … in `source`. */
export function homeSickbedsToLoad(
  personKeys: readonly string[],
  medicalInstitutionCode: string,
  source: string,
  openedOn = '2025-03-01',
): OpenHomeSickbedInput[] {
  return personKeys.map((personKey, index) => ({
    personKey,
    medicalInstitutionCode,
    areaCode: '371083',
    openedOn,
    sourceRef: { source, ref: `B${index}` },
  }));
}

/** `count` people of 乳山市 to insure (residents' scheme, since 2016), referenced `N0`, `N1`, … in `source`. */
export function enrolmentsToLoad(hub: TestHub, count: number, source: string): EnrolInLtciInput[] {
  return Array.from({ length: count }, (_, index) => ({
    idNumber: uniqueIdNumber(hub, { addressCode: '371083', birthDate: birthDateOf(index) }),
    scheme: 'URBAN_RURAL_RESIDENT',
    since: '2016-01-01',
    districtCode: '371083',
    sourceRef: { source, ref: `N${index}` },
  }));
}

/**
 * `count` assessments of one insured person on successive days from 2016-01-01 (one a day), a
 * qualifying grade valid to 2030, referenced `G0`, `G1`, … in `source`.
 */
export function ltciAssessmentsToLoad(personKey: string, count: number, source: string): RecordLtciAssessmentInput[] {
  return Array.from({ length: count }, (_, index) => ({
    personKey,
    grade: 'SEVERE_DISABILITY_I',
    assessedOn: dayAfter('2016-01-01', index),
    validUntil: '2030-12-31',
    assessingOrganisation: '乳山市失能评估中心',
    sourceRef: { source, ref: `G${index}` },
  }));
}

/**
 * `months` months of institutional care of each insured person by one elder-care provider, from
 * 2016-01 on (20 days, 1,000 yuan each), referenced `M<person>-<month>` in `source`.
 */
export function settlementsToLoad(
  personKeys: readonly string[],
  providerCode: string,
  months: number,
  source: string,
): SettleLtciMonthInput[] {
  return personKeys.flatMap((personKey, person) =>
    Array.from({ length: months }, (_, index) => ({
      personKey,
      providerKind: 'ELDER_CARE_INSTITUTION' as const,
      providerCode,
      month: `${2016 + Math.floor(index / 12)}-${String(1 + (index % 12)).padStart(2, '0')}`,
      careForm: 'INSTITUTIONAL' as const,
      payee: 'PROVIDER' as const,
      days: 20,
      chargedFen: 100_000,
      sourceRef: { source, ref: `M${person}-${index}` },
    })),
  );
}

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function birthDateOf(index: number): string {
  const year = 1930 + (index % 25);
  const day = 1 + (Math.floor(index / 25) % 28);
  return `${year}-04-${String(day).padStart(2, '0')}`;
}
