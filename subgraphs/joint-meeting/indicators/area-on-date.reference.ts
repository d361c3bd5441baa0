import { checkAreaOnDateKey } from '../../shared/areas/area-on-date';
import { AreaOnDate } from './area-on-date.entity';

/** An area on a day from its key; the other departments' figures the gateway sends along (through `@requires`) stay on it. */
export const areaOnDateReference = {
  AreaOnDate: {
    __resolveReference: (reference: Partial<AreaOnDate> & { areaCode: string; asOf: string }): AreaOnDate =>
      Object.assign(new AreaOnDate(), reference, checkAreaOnDateKey(reference)),
  },
};
