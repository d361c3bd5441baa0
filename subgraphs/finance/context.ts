import type { SubgraphContext } from '../shared/context/context';
import type { FinanceLoaders } from './loaders';

export type FinanceContext = SubgraphContext<FinanceLoaders>;
