import { civilAffairs } from './civil-affairs/subgraph';
import { finance } from './finance/subgraph';
import { health } from './health/subgraph';
import { humanResources } from './human-resources/subgraph';
import { medicalInsurance } from './medical-insurance/subgraph';
import { isDepartment } from './shared/departments';
import type { SubgraphDefinition } from './shared/subgraph/subgraph-definition';

/** Every department subgraph of the hub; the schema pipeline and migrations always use all of them. */
export const SUBGRAPHS: SubgraphDefinition<unknown>[] = [
  civilAffairs,
  health,
  humanResources,
  medicalInsurance,
  finance,
];

/**
 * The subgraphs a hub process runs: all, or those named in `HUB_SUBGRAPHS` (comma-separated), so a
 * developer can run and test one department with only the departments it needs. Civil affairs
 * computes the cross-department views from every other department's figures (`@requires`), so it
 * runs only with all five.
 */
export function selectedSubgraphs(env: NodeJS.ProcessEnv = process.env): SubgraphDefinition<unknown>[] {
  const names = env.HUB_SUBGRAPHS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names?.length) return SUBGRAPHS;
  const unknown = names.filter((name) => !isDepartment(name) || !SUBGRAPHS.some((s) => s.department === name));
  if (unknown.length) throw new Error(`HUB_SUBGRAPHS names unknown subgraphs: ${unknown.join(', ')}`);
  if (names.includes('civil-affairs') && names.length < SUBGRAPHS.length) {
    throw new Error(
      'HUB_SUBGRAPHS: civil-affairs requires every other department (its indicators and five-bed views @requires their figures); name all five, or leave civil-affairs out',
    );
  }
  return SUBGRAPHS.filter((definition) => names.includes(definition.department));
}
