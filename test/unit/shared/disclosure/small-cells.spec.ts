import { describe, expect, it } from '@jest/globals';
import { suppressedLinkageFigures } from '../../../../subgraphs/joint-meeting/five-bed/linkage-disclosure';
import { cellsToWithhold, isSmallCell, MIN_CELL_SIZE } from '../../../../subgraphs/shared/disclosure/small-cells';
import { FiveBedKind } from '../../../../subgraphs/shared/five-bed/five-bed-kind.enum';

const { ELDER_CARE_BED: CARE, MEDICAL_BED: MEDICAL, HOME_SICKBED: SICKBED, HOSPICE_BED: HOSPICE } = FiveBedKind;

describe('small cells', () => {
  it('counts 1 to 4 as small, and neither 0 nor 5', () => {
    expect(MIN_CELL_SIZE).toBe(5);
    expect([0, 1, 4, 5].map(isSmallCell)).toEqual([false, true, true, false]);
  });

  it('withholds the smallest other part where a shown total would give a withheld part back', () => {
    const withheld = cellsToWithhold({ total: 30, a: 2, b: 8, c: 20, d: 0 }, [
      { total: 'total', parts: ['a', 'b', 'c', 'd'] },
    ]);
    expect([...withheld].sort()).toEqual(['a', 'b']);
  });

  it('withholds nothing more where two parts are already withheld, and everything in a small total', () => {
    expect(
      [...cellsToWithhold({ total: 30, a: 2, b: 3, c: 25 }, [{ total: 'total', parts: ['a', 'b', 'c'] }])].sort(),
    ).toEqual(['a', 'b']);
    expect([...cellsToWithhold({ total: 3, a: 1, b: 2 }, [{ total: 'total', parts: ['a', 'b'] }])].sort()).toEqual([
      'a',
      'b',
      'total',
    ]);
  });

  it('follows nested sums: a part withheld for one sum is protected in the sum it totals', () => {
    // total = x + y; x = x1 + x2. y is small, so x goes too; x's parts would then give x back, so the smaller goes.
    const withheld = cellsToWithhold({ total: 40, x: 37, y: 3, x1: 30, x2: 7 }, [
      { total: 'total', parts: ['x', 'y'] },
      { total: 'x', parts: ['x1', 'x2'] },
    ]);
    expect([...withheld].sort()).toEqual(['x', 'x2', 'y']);
  });
});

describe('the five-bed linkage seen by an aggregate-only caller', () => {
  const figures = {
    transfers: [
      { from: CARE, to: HOSPICE, count: 2 },
      { from: CARE, to: MEDICAL, count: 12 },
      { from: MEDICAL, to: CARE, count: 9 },
      { from: MEDICAL, to: SICKBED, count: 6 },
    ],
    hospitalDischarges: 20,
    hospitalDischargesWithNextBed: 15,
    hospitalDischargesWithoutNextBed: 5,
    medianDaysToNextBed: 3,
    p90DaysToNextBed: 8.6,
  };

  it('withholds a row’s small cell with the row’s next smallest, and shows large figures', () => {
    const seen = suppressedLinkageFigures(figures);
    expect(seen.transfers.map(({ count }) => count)).toEqual([
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 9, suppressed: false },
      { value: 6, suppressed: false },
    ]);
    expect(seen.hospitalDischarges).toEqual({ value: 20, suppressed: false });
    expect(seen.medianDaysToNextBed).toEqual({ value: 3, suppressed: false });
  });

  it('withholds the discharges with a next bed when those without one are few, and one of its cells, so no sum gives them back', () => {
    const seen = suppressedLinkageFigures({ ...figures, hospitalDischarges: 18, hospitalDischargesWithoutNextBed: 3 });
    expect(seen.hospitalDischargesWithoutNextBed.suppressed).toBe(true);
    expect(seen.hospitalDischargesWithNextBed.suppressed).toBe(true);
    expect(seen.transfers.filter(({ from }) => from === MEDICAL).map(({ count }) => count.suppressed)).toEqual([
      false,
      true,
    ]);
    expect(seen.hospitalDischarges).toEqual({ value: 18, suppressed: false });
  });

  it('withholds the median and 90th percentile of fewer than five discharges’ days', () => {
    const seen = suppressedLinkageFigures({
      transfers: [{ from: MEDICAL, to: CARE, count: 4 }],
      hospitalDischarges: 10,
      hospitalDischargesWithNextBed: 4,
      hospitalDischargesWithoutNextBed: 6,
      medianDaysToNextBed: 2,
      p90DaysToNextBed: 5,
    });
    expect([seen.medianDaysToNextBed, seen.p90DaysToNextBed]).toEqual([
      { value: null, suppressed: true },
      { value: null, suppressed: true },
    ]);
    expect(seen.hospitalDischargesWithoutNextBed).toEqual({ value: null, suppressed: true });
  });
});
