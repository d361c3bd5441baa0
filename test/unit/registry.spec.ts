import { selectedSubgraphs, SUBGRAPHS } from '../../subgraphs/registry';

describe('the subgraphs a hub runs', () => {
  it('are all five unless HUB_SUBGRAPHS names some', () => {
    expect(selectedSubgraphs({}).map((definition) => definition.department)).toEqual(
      SUBGRAPHS.map((definition) => definition.department),
    );
    expect(selectedSubgraphs({ HUB_SUBGRAPHS: 'health, finance' }).map((definition) => definition.department)).toEqual([
      'health',
      'finance',
    ]);
  });

  it('refuses civil affairs without every department its cross-department views require, and unknown names', () => {
    expect(() => selectedSubgraphs({ HUB_SUBGRAPHS: 'civil-affairs,health' })).toThrow(
      'civil-affairs requires every other department',
    );
    expect(
      selectedSubgraphs({ HUB_SUBGRAPHS: 'civil-affairs,health,human-resources,medical-insurance,finance' }),
    ).toHaveLength(5);
    expect(() => selectedSubgraphs({ HUB_SUBGRAPHS: 'health,police' })).toThrow('unknown subgraphs: police');
  });
});
