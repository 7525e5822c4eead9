import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocumentRow, isPublicDocument, toDocumentDto } from './documents-read';
import { prepareFile, writeFile } from './files';

const row = (over: Partial<DocumentRow> = {}): DocumentRow => ({
  id: 7,
  projectId: 1,
  buildingId: null,
  milestoneId: null,
  inspectionId: null,
  rectificationItemId: null,
  kind: 'photo',
  titleZh: '办公楼东立面',
  titleEn: null,
  sha256: '0'.repeat(64),
  mimeType: 'image/png',
  sizeBytes: 100,
  evidence: null,
  public: true,
  uploadedBy: null,
  createdAt: new Date(0),
  ...over,
});

describe('toDocumentDto', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-docs-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const stored = async (width: number, height: number) => {
    const file = await prepareFile(
      await sharp({ create: { width, height, channels: 3, background: '#a86' } })
        .png()
        .toBuffer(),
    );
    writeFile(root, file);
    return row({ sha256: file.sha256 });
  };

  it('gives the thumbnail and the variants smallest first, each with its URL and size', async () => {
    const dto = toDocumentDto(await stored(2000, 1500), root);
    expect(dto.url).toBe('/files/7');
    expect(dto.image).toEqual({
      width: 2000,
      height: 1500,
      thumb: { url: '/files/7/thumb', width: 320, height: 240 },
      variants: [
        { url: '/files/7/thumb', width: 320, height: 240 },
        { url: '/files/7/800', width: 800, height: 600 },
        { url: '/files/7/1600', width: 1600, height: 1200 },
      ],
    });
  });

  it('lists each width once when the original is smaller than the larger variants', async () => {
    const dto = toDocumentDto(await stored(500, 400), root);
    expect(dto.image?.variants.map((v) => [v.url, v.width])).toEqual([
      ['/files/7/thumb', 320],
      ['/files/7/800', 500],
    ]);
  });

  it('gives a PDF no image', () => {
    expect(toDocumentDto(row({ mimeType: 'application/pdf' }), root).image).toBeNull();
  });
});

describe('isPublicDocument: who may read without an account', () => {
  const decided = { lockedAt: new Date(1), historical: false };
  it('a public document of a published project', () => {
    expect(isPublicDocument({ doc: row(), projectPublished: true, itemInspection: null })).toBe(true);
  });
  it('not a private one, nor one of an unpublished project', () => {
    expect(isPublicDocument({ doc: row({ public: false }), projectPublished: true, itemInspection: null })).toBe(false);
    expect(isPublicDocument({ doc: row(), projectPublished: false, itemInspection: null })).toBe(false);
  });
  it("a building's public photo, which has no project", () => {
    expect(isPublicDocument({ doc: row({ projectId: null, buildingId: 3 }), projectPublished: null, itemInspection: null })).toBe(true);
  });
  it('evidence of a rectification item only once its verdict is decided', () => {
    const evidence = row({ rectificationItemId: 4, inspectionId: 2, evidence: 'after' });
    expect(isPublicDocument({ doc: evidence, projectPublished: true, itemInspection: { lockedAt: null, historical: false } })).toBe(false);
    expect(isPublicDocument({ doc: evidence, projectPublished: true, itemInspection: decided })).toBe(true);
    expect(isPublicDocument({ doc: evidence, projectPublished: true, itemInspection: { lockedAt: null, historical: true } })).toBe(true);
  });
});
