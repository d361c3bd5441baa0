import { civilAffairs } from './civil-affairs/subgraph';
import { finance } from './finance/subgraph';
import { health } from './health/subgraph';
import { humanResources } from './human-resources/subgraph';
import { jointMeeting } from './joint-meeting/subgraph';
import { medicalInsurance } from './medical-insurance/subgraph';
import { isDepartment } from './shared/departments';
import type { SubgraphDefinition } from './shared/subgraph/subgraph-definition';

/** Every subgraph of the hub (the five departments and the joint meeting); the schema pipeline and migrations always use all of them. */
export const SUBGRAPHS: SubgraphDefinition<unknown>[] = [
  civilAffairs,
  health,
  humanResources,
  medicalInsurance,
  finance,
  jointMeeting,
];

/** What a subgraph's `@requires` and `@external` fields need composed beside it, for a hub of some subgraphs. */
const NEEDS: Partial<Record<string, readonly string[]>> = {
  // The indicators @require every department's figures (the five-bed views civil affairs', health's and
  // insurance's beds and months); a department that is down answers NO_DATA, one absent cannot be composed.
  // Every department runs alone: none @requires another's fields.
  'joint-meeting': ['civil-affairs', 'health', 'medical-insurance', 'human-resources', 'finance'],
};

/**
 * The subgraphs a hub process runs: all, or those named in `HUB_SUBGRAPHS` (comma-separated), so a
 * developer can run and test one department with only the subgraphs it needs (`NEEDS`).
 */
export function selectedSubgraphs(env: NodeJS.ProcessEnv = process.env): SubgraphDefinition<unknown>[] {
  const names = env.HUB_SUBGRAPHS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names?.length) return SUBGRAPHS;
  const unknown = names.filter((name) => !isDepartment(name) || !SUBGRAPHS.some((s) => s.department === name));
  if (unknown.length) throw new Error(`HUB_SUBGRAPHS names unknown subgraphs: ${unknown.join(', ')}`);
  for (const name of names) {
    const missing = (NEEDS[name] ?? []).filter((needed) => !names.includes(needed));
    if (missing.length)
      throw new Error(
        `HUB_SUBGRAPHS: ${name} requires ${missing.join(', ')} (its @requires name their fields); name them too, or leave ${name} out`,
      );
  }
  return SUBGRAPHS.filter((definition) => names.includes(definition.department));
}
