import { selectedSubgraphs, SUBGRAPHS } from '../../subgraphs/registry';

describe('the subgraphs a hub runs', () => {
  it('are all six unless HUB_SUBGRAPHS names some', () => {
    expect(selectedSubgraphs({}).map((definition) => definition.department)).toEqual([
      'civil-affairs',
      'health',
      'human-resources',
      'medical-insurance',
      'finance',
      'joint-meeting',
    ]);
    expect(selectedSubgraphs({ HUB_SUBGRAPHS: 'health, finance' }).map((definition) => definition.department)).toEqual([
      'health',
      'finance',
    ]);
  });

  it('refuses the joint meeting without every department whose figures it @requires, and unknown names', () => {
    expect(() => selectedSubgraphs({ HUB_SUBGRAPHS: 'joint-meeting,civil-affairs,health' })).toThrow(
      'joint-meeting requires medical-insurance, human-resources, finance',
    );
    expect(selectedSubgraphs({ HUB_SUBGRAPHS: SUBGRAPHS.map((s) => s.department).join(',') })).toHaveLength(6);
    expect(() => selectedSubgraphs({ HUB_SUBGRAPHS: 'health,police' })).toThrow('unknown subgraphs: police');
  });

  it('runs civil affairs alone: it @requires nothing of another subgraph', () => {
    expect(selectedSubgraphs({ HUB_SUBGRAPHS: 'civil-affairs' }).map((definition) => definition.department)).toEqual([
      'civil-affairs',
    ]);
  });
});
