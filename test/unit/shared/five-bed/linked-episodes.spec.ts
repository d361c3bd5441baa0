import { FiveBedKind } from '../../../../subgraphs/shared/five-bed/five-bed-kind.enum';
import {
  type LinkedEpisode,
  packEpisodes,
  unpackEpisodes,
} from '../../../../subgraphs/shared/five-bed/linked-episodes';

const EPISODES: LinkedEpisode[] = [
  {
    linkKey: 'a1',
    kind: FiveBedKind.MEDICAL_BED,
    startedOn: '2026-04-01',
    endedOn: '2026-04-10',
    inArea: true,
    endedByDeath: false,
  },
  {
    linkKey: 'b2',
    kind: FiveBedKind.HOSPICE_BED,
    startedOn: '2026-05-01',
    endedOn: null,
    inArea: false,
    endedByDeath: false,
  },
  {
    linkKey: 'c3',
    kind: FiveBedKind.HOME_SICKBED,
    startedOn: '2026-05-02',
    endedOn: '2026-06-01',
    inArea: true,
    endedByDeath: true,
  },
];

describe('packed linked bed episodes', () => {
  it('come back exactly as they were packed, through JSON', () => {
    expect(unpackEpisodes(JSON.parse(JSON.stringify(packEpisodes(EPISODES))))).toEqual(EPISODES);
    expect(unpackEpisodes(packEpisodes([]))).toEqual([]);
  });

  it('refuse a batch with a missing column, columns of different lengths or an unknown kind', () => {
    const packed = packEpisodes(EPISODES);
    expect(() => unpackEpisodes({ ...packed, flags: undefined })).toThrow('malformed');
    expect(() => unpackEpisodes({ ...packed, startedOn: packed.startedOn.slice(1) })).toThrow('malformed');
    expect(() => unpackEpisodes({ ...packed, kinds: [0, 1, 9] })).toThrow('malformed');
    expect(() => unpackEpisodes(null)).toThrow('malformed');
  });
});
