import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageKind, pageImages } from './ocr-images.js';

const SCAN = new URL('../../fixtures/scan/', import.meta.url);

describe('imageKind', () => {
  it('tells PNG, JPEG and TIFF from their first bytes, and nothing else', () => {
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageKind(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('tiff');
    expect(imageKind(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
    expect(imageKind(new TextEncoder().encode('%PDF-1.4'))).toBeNull();
    expect(imageKind(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});

describe('pageImages', () => {
  it('cuts a two-page TIFF into two TIFFs of one page, each with its size', () => {
    const tiff = new Uint8Array(readFileSync(new URL('cv-09-bhxh-tdkt-2023-p1-2.tiff', SCAN)));
    const pages = pageImages(tiff);
    expect(pages).toHaveLength(2);
    for (const p of pages) {
      expect(p.width).toBeGreaterThan(1000);
      expect(p.height! / p.width!).toBeCloseTo(297 / 210, 1);
      expect(pageImages(p.data())).toHaveLength(1);
    }
    // the pages point at different directories of the same bytes
    const first = new DataView(pages[0]!.data().buffer).getUint32(4, true);
    const second = new DataView(pages[1]!.data().buffer).getUint32(4, true);
    expect(first).not.toBe(second);
  });
  it('reads the size of a PNG and of a JPEG from its header', () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 4, 0xd8, 0, 0, 6, 0xda]);
    expect(pageImages(png)[0]).toMatchObject({ width: 1240, height: 1754 });
    const pdf = readFileSync(new URL('cv-09-bhxh-tdkt-2023.pdf', SCAN));
    const start = pdf.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    const page = pageImages(new Uint8Array(pdf.subarray(start)))[0]!;
    expect(page.width).toBeGreaterThan(1200);
    expect(page.height! / page.width!).toBeCloseTo(297 / 210, 1);
  });
  it('stops at a directory chain that loops or runs past the end', () => {
    const tiff = new Uint8Array(26);
    tiff.set([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 0, 0, 1, 3, 0, 1, 0, 0, 0, 100, 0, 0, 0, 8, 0, 0, 0]);
    expect(pageImages(tiff)).toHaveLength(1);
    expect(pageImages(tiff.subarray(0, 12))).toHaveLength(1);
  });
});
