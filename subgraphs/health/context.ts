import type { SubgraphContext } from '../shared/context/context';
import type { HealthLoaders } from './loaders';

export type HealthContext = SubgraphContext<HealthLoaders>;
