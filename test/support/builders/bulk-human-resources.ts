import type { RecordCaregiverCertificateInput, RegisterCaregiverInput } from '../graphql/graphql';
import type { TestHub } from '../test-hub';
import { uniqueCertificateNumber } from './human-resources';
import { uniqueIdNumber } from './identifiers';

/**
 * `count` valid caregivers as a human-resources system would load them, each with its reference in
 * `source` (`C0`, `C1`, …), working in 乳山市 without an employer; birth dates are spread so that a
 * thousand fit the test ID numbers of one hub.
 */
export function caregiversToLoad(hub: TestHub, count: number, source: string): RegisterCaregiverInput[] {
  return Array.from({ length: count }, (_, index) => ({
    idNumber: uniqueIdNumber(hub, { addressCode: '371083', birthDate: birthDateOf(index) }),
    name: `导入护理员${index}`,
    role: 'ELDER_CAREGIVER',
    employedFrom: '2024-01-01',
    districtCode: '371083',
    sourceRef: { source, ref: `C${index}` },
  }));
}

/** `count` certificates of one caregiver as a human-resources system would load them, referenced `Z0`, `Z1`, … in `source`. */
export function certificatesToLoad(
  hub: TestHub,
  personKey: string,
  count: number,
  source: string,
): RecordCaregiverCertificateInput[] {
  return Array.from({ length: count }, (_, index) => ({
    personKey,
    level: 'ELDER_CAREGIVER_LEVEL_5',
    certificateNumber: uniqueCertificateNumber(hub),
    issuer: '威海市职业技能鉴定指导中心',
    issuedOn: '2024-05-01',
    sourceRef: { source, ref: `Z${index}` },
  }));
}

function birthDateOf(index: number): string {
  const year = 1970 + (index % 25);
  const day = 1 + (Math.floor(index / 25) % 28);
  return `${year}-04-${String(day).padStart(2, '0')}`;
}
