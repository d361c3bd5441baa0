import type { SubgraphContext } from '../shared/context/context';
import type { JointMeetingLoaders } from './loaders';

export type JointMeetingContext = SubgraphContext<JointMeetingLoaders>;
