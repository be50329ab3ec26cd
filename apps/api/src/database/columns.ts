import { type ColumnOptions, type ValueTransformer } from 'typeorm';

/**
 * Instants are stored as ISO-8601 UTC strings of fixed width (`2026-11-20T08:00:00.000Z`).
 * SQLite has no timestamp type and TypeORM names the PostgreSQL and SQLite types differently,
 * so one portable representation keeps migrations and entities identical on both databases;
 * the fixed width keeps string order equal to time order, so range filters and sorting work.
 */
const isoInstant: ValueTransformer = {
  to: (value: Date | null | undefined) =>
    value === null || value === undefined ? value : value.toISOString(),
  from: (value: string | null) => (value === null ? null : new Date(value)),
};

export function instantColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return {
    type: 'varchar',
    length: 24,
    nullable: options.nullable ?? false,
    transformer: isoInstant,
  };
}

/** Migration column definition matching `instantColumn`. */
export function instantColumnDefinition(name: string, nullable = false) {
  return { name, type: 'varchar', length: '24', isNullable: nullable };
}

/** Small JSON documents (lists of keys, settings) as text, readable on both databases. */
export function jsonColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return { type: 'simple-json', nullable: options.nullable ?? false };
}
