import { describe, expect, it } from 'vitest';
import { SourceResponseError } from '../../../main/lookup/candidate';
import { openReviewNoteRequest, parseOpenReviewResponse } from '../../../main/lookup/sources/openReview';
import { fixture } from '../fixtures';

const note = (content: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    notes: [
      {
        id: 'abcDEF123',
        forum: 'abcDEF123',
        cdate: Date.UTC(2024, 8, 27),
        content: Object.fromEntries(Object.entries(content).map(([key, value]) => [key, { value }])),
        ...extra,
      },
    ],
  });

describe('OpenReview', () => {
  it('asks API v2 for the note by id', () => {
    const request = openReviewNoteRequest('http://h', 'SJg-O3VKPH');
    expect(request.url).toBe('http://h/notes?id=SJg-O3VKPH');
    expect(request.lookupBy).toBe('id');
  });

  it('reads an accepted paper: its venue as the proceedings, the year it was published, the forum link', () => {
    const [paper] = parseOpenReviewResponse(200, fixture('openreview/note-2dnO3LLiJ1.json'));
    expect(paper).toMatchObject({
      source: 'openReview',
      sourceId: '2dnO3LLiJ1',
      title: 'Vision Transformers Need Registers',
      year: 2024,
      entryType: 'inproceedings',
      fields: { booktitle: 'ICLR 2024', url: 'https://openreview.net/forum?id=2dnO3LLiJ1' },
    });
    expect(paper?.creators.map((creator) => creator.family)).toEqual([
      'Darcet',
      'Oquab',
      'Mairal',
      'Bojanowski',
    ]);
    expect(paper?.abstract).toMatch(/^Transformers have recently emerged/);
  });

  it('reads a submission as no venue yet, dated by when it was posted', () => {
    const [paper] = parseOpenReviewResponse(
      200,
      note({
        title: 'A Paper Under Review',
        authors: ['Ann Author'],
        venue: 'Submitted to ICLR 2025',
        venueid: 'ICLR.cc/2025/Conference/Submission',
      }),
    );
    expect(paper).toMatchObject({ entryType: 'misc', year: 2024 });
    expect(paper?.fields.booktitle).toBeUndefined();
  });

  it('reads a TMLR paper as a journal article, and a rejected one as no venue', () => {
    const [journal] = parseOpenReviewResponse(
      200,
      note({ title: 'T', venue: 'Transactions on Machine Learning Research', venueid: 'TMLR' }),
    );
    expect(journal).toMatchObject({
      entryType: 'article',
      fields: { journal: 'Transactions on Machine Learning Research' },
    });
    const [rejected] = parseOpenReviewResponse(
      200,
      note({
        title: 'T',
        venue: 'ICLR 2024 Conference Rejected Submission',
        venueid: 'ICLR.cc/2024/Conference/Rejected_Submission',
      }),
    );
    expect(rejected?.entryType).toBe('misc');
  });

  it('answers no candidate for a 404 or an empty list, and a clear error for a body that is not notes', () => {
    expect(parseOpenReviewResponse(404, fixture('openreview/not-found.json'))).toEqual([]);
    expect(parseOpenReviewResponse(200, '{"notes":[],"count":0}')).toEqual([]);
    expect(() => parseOpenReviewResponse(200, '{"name":"x"}')).toThrow(SourceResponseError);
    expect(() => parseOpenReviewResponse(200, '{"notes": [')).toThrow(/not valid JSON/);
  });
});
