import type { SubgraphContext } from '../shared/context/context';
import type { HumanResourcesLoaders } from './loaders';

export type HumanResourcesContext = SubgraphContext<HumanResourcesLoaders>;
