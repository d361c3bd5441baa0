import type { RecordAbilityAssessmentInput, RegisterElderInput } from '../graphql/graphql';
import type { TestHub } from '../test-hub';
import { uniqueIdNumber } from './identifiers';

/** What a load answered of each item, in order: its index, outcome, and the refusal's code and field. */
export const outcomesOf = (answer: {
  items: ReadonlyArray<{ index: number; outcome: string; code?: string | null; field?: string | null }>;
}) => answer.items.map((item) => [item.index, item.outcome, item.code, item.field]);

/** A source system no other test on this hub has loaded from, so its references are this test's alone. */
export const aSourceSystem = (hub: TestHub, name = 'jinmin') => `${name}-${hub.unique('bulk-source')}`;

/**
 * `count` valid elders as a civil-affairs system would load them, each with its reference in `source`
 * (`E0`, `E1`, …); birth dates are spread so that a thousand fit the test ID numbers of one hub.
 */
export function eldersToLoad(hub: TestHub, count: number, source: string): RegisterElderInput[] {
  return Array.from({ length: count }, (_, index) => ({
    idNumber: uniqueIdNumber(hub, { addressCode: '371002', birthDate: birthDateOf(index) }),
    name: `导入老人${index}`,
    areaCode: '371002001001',
    livingSituation: 'WITH_FAMILY',
    economicStatus: 'ORDINARY',
    sourceRef: { source, ref: `E${index}` },
  }));
}

/** `count` assessments of one elder as a civil-affairs system would load them, referenced `A0`, `A1`, … in `source`. */
export function assessmentsToLoad(personKey: string, count: number, source: string): RecordAbilityAssessmentInput[] {
  return Array.from({ length: count }, (_, index) => ({
    personKey,
    level: 'MILD_DISABILITY',
    assessedOn: birthDateOf(index).replace(/^19\d\d/, '2024'),
    reason: 'INITIAL',
    assessor: '威海市评估中心',
    sourceRef: { source, ref: `A${index}` },
  }));
}

function birthDateOf(index: number): string {
  const year = 1930 + (index % 25);
  const day = 1 + (Math.floor(index / 25) % 28);
  return `${year}-03-${String(day).padStart(2, '0')}`;
}
