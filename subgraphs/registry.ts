import { civilAffairs } from './civil-affairs/subgraph';
import type { SubgraphDefinition } from './shared/subgraph/subgraph-definition';

/** Every department subgraph the hub serves; the schema pipeline, the embedded runner and the tests read this list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SUBGRAPHS: SubgraphDefinition<any>[] = [civilAffairs];
