import { describe, expect, it } from 'vitest';
import { DocumentTypesFile, IssuersFile, LawsFile } from './document-types.schema.js';
import typesData from './document-types.json';
import issuersData from './issuers.json';
import lawsData from './laws.json';

describe('the registry files read by document-types.ts', () => {
  it('have the shapes of their schemas (document kinds of the contract, ISO dates, no empty names)', () => {
    expect(DocumentTypesFile.safeParse(typesData).error?.issues).toBeUndefined();
    expect(IssuersFile.safeParse(issuersData).error?.issues).toBeUndefined();
    expect(LawsFile.safeParse(lawsData).error?.issues).toBeUndefined();
  });

  it('are refused where they break a rule: a kind outside the contract, a date that is no date', () => {
    const [first] = typesData.types;
    expect(DocumentTypesFile.safeParse({ types: [{ ...first, kind: 'memo' }] }).success).toBe(false);
    expect(IssuersFile.safeParse({ issuers: [{ code: 'BHXH', name: 'Bảo hiểm xã hội Việt Nam', validFrom: '2024-13-01' }] }).success).toBe(false);
    expect(LawsFile.safeParse({ laws: [], nameEndWords: [] }).success).toBe(false);
  });
});
