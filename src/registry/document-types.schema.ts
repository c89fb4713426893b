/**
 * The shapes of the registry files read by document-types.ts: document types (`document-types.json`),
 * issuer codes (`issuers.json`) and laws cited by name (`laws.json`). The tests check the files
 * against them (document-types.schema.test.ts); the types are the ones the look-ups answer with.
 */
import { z } from 'zod';
import { DocumentKind } from '../schema/decision.js';

const isoDate = z.iso.date();

export const DocumentTypeEntry = z.object({
  code: z.string().min(1).nullable(),
  name: z.string().min(1),
  heading: z.string().min(1).nullable(),
  kind: DocumentKind,
  state: z.boolean(),
  party: z.boolean(),
  normative: z.boolean(),
  joint: z.boolean().optional(),
  generic: z.boolean().optional(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  source: z.string(),
  unconfirmed: z.boolean().optional(),
  aliases: z.array(z.string().min(1)).optional(),
});
export type DocumentTypeEntry = z.infer<typeof DocumentTypeEntry>;

export const IssuerEntry = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  term: z.boolean().optional(),
  termName: z.string().optional(),
  party: z.boolean().optional(),
  /** The bodies that sign with this one code (TW: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư). */
  sharedBy: z.array(z.string().min(1)).optional(),
  /** Every body of one kind signs with this code (UBND: each province's Ủy ban nhân dân): the body printed after a citation names which. */
  bodyKind: z.boolean().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  unconfirmed: z.boolean().optional(),
});
export type IssuerEntry = z.infer<typeof IssuerEntry>;

export const LawEntry = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  type: z.string().min(1),
  numbers: z.array(z.string().min(1)),
  /** The date each number was passed, where the registry knows it. */
  dates: z.record(z.string(), isoDate).optional(),
});
export type LawEntry = z.infer<typeof LawEntry>;

export const DocumentTypesFile = z.object({ types: z.array(DocumentTypeEntry).min(1) });
export const IssuersFile = z.object({ issuers: z.array(IssuerEntry).min(1), bodyNameEndWords: z.array(z.string().min(1)) });
export const LawsFile = z.object({ laws: z.array(LawEntry).min(1), nameEndWords: z.array(z.string().min(1)), amendingOpeners: z.array(z.string().min(1)) });
export type LawsFile = z.infer<typeof LawsFile>;
