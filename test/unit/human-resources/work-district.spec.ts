import { describe, expect, it } from '@jest/globals';
import { workDistrict } from '../../../subgraphs/human-resources/caregiver/work-district';

describe('the district a caregiver works in', () => {
  it('is the one given, or else the employer’s registering district from its credit code', () => {
    expect(workDistrict('371083', '12371082MB00000611')).toBe('371083');
    expect(workDistrict(null, '12371082MB00000611')).toBe('371082');
  });

  it('must be given for a caregiver without an employer or with an employer registered outside a Weihai district', () => {
    expect(() => workDistrict(null, null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'districtCode' }) }),
    );
    expect(() => workDistrict(undefined, '12371000MB00000611')).toThrow(/districtCode/);
    expect(() => workDistrict('371003001', null)).toThrow(/not a Weihai district/);
  });
});
