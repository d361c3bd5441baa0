import { AbilityLevel } from '../../../subgraphs/civil-affairs/assessment/ability.enums';
import { EconomicStatus, LivingSituation } from '../../../subgraphs/civil-affairs/elder/elder.enums';
import { waitlistTier, type WaitlistPriorityFacts } from '../../../subgraphs/civil-affairs/waitlist/waitlist-priority';

/** An ordinary elder living with family: no reason for priority until a test gives one. */
function elder(facts: Partial<WaitlistPriorityFacts> = {}): WaitlistPriorityFacts {
  return {
    economicStatus: EconomicStatus.ORDINARY,
    wantsCentralisedCare: false,
    livingSituation: LivingSituation.WITH_FAMILY,
    specialFamilyPlanningFamily: false,
    ...facts,
  };
}

describe('waitlistTier', () => {
  it('puts an extreme-poverty elder who wishes centralised care first, even living with family and fully able', () => {
    expect(
      waitlistTier(
        elder({ economicStatus: EconomicStatus.EXTREME_POVERTY, wantsCentralisedCare: true }),
        AbilityLevel.INTACT,
      ),
    ).toBe(1);
  });

  it('puts an extreme-poverty elder first ahead of the special-difficulty tier they also belong to', () => {
    expect(
      waitlistTier(
        elder({
          economicStatus: EconomicStatus.EXTREME_POVERTY,
          wantsCentralisedCare: true,
          livingSituation: LivingSituation.LIVING_ALONE,
        }),
        AbilityLevel.TOTAL_DISABILITY,
      ),
    ).toBe(1);
  });

  it('ranks an extreme-poverty elder without the wish for centralised care with 低保 elders, not first', () => {
    expect(waitlistTier(elder({ economicStatus: EconomicStatus.EXTREME_POVERTY }), null)).toBe(3);
    expect(
      waitlistTier(
        elder({ economicStatus: EconomicStatus.EXTREME_POVERTY, livingSituation: LivingSituation.LIVING_ALONE }),
        null,
      ),
    ).toBe(2);
  });

  it('puts special-difficulty elders second: living alone, empty-nest, left-behind, or of a family-planning special family', () => {
    expect(waitlistTier(elder({ livingSituation: LivingSituation.LIVING_ALONE }), null)).toBe(2);
    expect(waitlistTier(elder({ livingSituation: LivingSituation.EMPTY_NEST }), null)).toBe(2);
    expect(waitlistTier(elder({ livingSituation: LivingSituation.LEFT_BEHIND }), null)).toBe(2);
    expect(waitlistTier(elder({ specialFamilyPlanningFamily: true }), null)).toBe(2);
  });

  it('puts an elder with family second when the latest assessment finds moderate disability or worse, not when it finds mild', () => {
    expect(waitlistTier(elder(), AbilityLevel.MODERATE_DISABILITY)).toBe(2);
    expect(waitlistTier(elder(), AbilityLevel.TOTAL_DISABILITY)).toBe(2);
    expect(waitlistTier(elder(), AbilityLevel.MILD_DISABILITY)).toBe(5);
  });

  it('puts 低保 elders third and 低保边缘 elders fourth when nothing else gives them priority', () => {
    expect(waitlistTier(elder({ economicStatus: EconomicStatus.MINIMUM_LIVING }), AbilityLevel.INTACT)).toBe(3);
    expect(waitlistTier(elder({ economicStatus: EconomicStatus.NEAR_MINIMUM_LIVING }), null)).toBe(4);
  });

  it('lets special difficulty outrank the 低保 tier', () => {
    expect(
      waitlistTier(
        elder({ economicStatus: EconomicStatus.MINIMUM_LIVING, livingSituation: LivingSituation.EMPTY_NEST }),
        null,
      ),
    ).toBe(2);
  });

  it('puts everyone else last, other economic hardship included', () => {
    expect(waitlistTier(elder(), null)).toBe(5);
    expect(
      waitlistTier(elder({ economicStatus: EconomicStatus.ECONOMIC_HARDSHIP }), AbilityLevel.MILD_DISABILITY),
    ).toBe(5);
  });
});
