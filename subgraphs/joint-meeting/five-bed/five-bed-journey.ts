import { FiveBedKind, fiveBedKindOrder } from '../../shared/five-bed/five-bed-kind.enum';
import { firstDayOf, lastDayOf } from '../../shared/time/months';
import { FiveBedEpisode } from './five-bed.types';
import type { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';

/** A bed of the journey before the care form is matched, as civil affairs or health hands it over. */
interface Bed {
  kind: FiveBedKind;
  startedOn: string;
  endedOn: string | null;
  facilityCode: string;
}

/** What medical insurance hands over: one settled month with one provider. */
interface CareMonth {
  month: string;
  careForm: LtciCareForm;
  providerCode: string;
}

/** Whether a bed was occupied on some day of a month (occupied from its start up to the day before its end). */
const occupiedIn = (bed: Bed, month: string) =>
  bed.startedOn <= lastDayOf(month) && (bed.endedOn === null || bed.endedOn > firstDayOf(month));

/**
 * An elder's journey through the five beds in time order (start, then kind), each bed with the
 * LTCI care form that paid for it: among the settlements whose provider is the bed's facility and
 * whose month the bed occupied, the earliest month's (months arrive oldest first).
 */
export function fiveBedJourney(beds: readonly Bed[], careMonths: readonly CareMonth[]): FiveBedEpisode[] {
  const oldestFirst = [...careMonths].sort((a, b) => a.month.localeCompare(b.month));
  return [...beds]
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || fiveBedKindOrder(a.kind) - fiveBedKindOrder(b.kind))
    .map((bed) =>
      Object.assign(new FiveBedEpisode(), {
        kind: bed.kind,
        startedOn: bed.startedOn,
        endedOn: bed.endedOn,
        facilityCode: bed.facilityCode,
        ltciCareForm:
          oldestFirst.find((month) => month.providerCode === bed.facilityCode && occupiedIn(bed, month.month))
            ?.careForm ?? null,
      }),
    );
}

/** The bed the elder is in now: of the open ones, the one entered last (the journey is in time order). */
export function currentOf(journey: readonly FiveBedEpisode[]): FiveBedEpisode | null {
  return journey.filter((episode) => episode.endedOn === null).at(-1) ?? null;
}
