import { z } from '../vendor/zod';
import { CREATOR_ROLES, ENTRY_TYPES, RECORD_FIELDS, type RecordField } from '../../preload/api';

const text = z.string().max(100_000);

export const creatorSchema = z.strictObject({
  role: z.enum(CREATOR_ROLES),
  family: text.nullable(),
  given: text.nullable(),
  particle: text.nullable(),
  suffix: text.nullable(),
  literal: text.nullable(),
});

export const extraFieldSchema = z.strictObject({ name: z.string().max(200), value: text });

export const entryTypeSchema = z.enum(ENTRY_TYPES);

/** One optional, nullable text schema per known field. */
export const recordFieldShape = Object.fromEntries(
  RECORD_FIELDS.map((field) => [field, text.nullable().optional()]),
) as { [F in RecordField]: z.ZodOptional<z.ZodNullable<z.ZodString>> };
