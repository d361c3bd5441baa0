import { SMALL_CELLS } from '../disclosure/disclosed-field';

/*
 * The public descriptions of the joint meeting's entities, the same in every subgraph that adds to
 * them: composition keeps one subgraph's, and the graph should read as the owner states it.
 */

export const AREA_ON_DATE_DESCRIPTION =
  'The city or a district as of a day (截至日期): the joint meeting’s (养老服务工作联席会议) indicators for it, and every department’s figures behind them. Each department contributes its own aggregates, computed by its own database from its dated records.';

export const INDICATOR_VALUE_DESCRIPTION = `An indicator evaluated for the city or a district as of a day: the counts behind it, the value in its unit, the target and the status. ${SMALL_CELLS} The status is computed from the exact figures.`;
