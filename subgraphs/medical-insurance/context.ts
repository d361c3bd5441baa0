import type { SubgraphContext } from '../shared/context/context';
import type { MedicalInsuranceLoaders } from './loaders';

export type MedicalInsuranceContext = SubgraphContext<MedicalInsuranceLoaders>;
