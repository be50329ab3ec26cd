import { useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { toApiProblem, type ApiProblem } from '../graphql/errors';

/** A record as a form edits it: the form's values and the version they were read at. */
export interface EditedRecord<V> {
  version: number;
  values: V;
}

/** What a save reports back: the API's refusal, or the version the record now has. */
export interface SaveOutcome {
  error?: CombinedError | undefined;
  savedVersion?: number | undefined;
}

/** A save refused because someone else saved first. */
export interface EditConflict<V> {
  /** The fields someone else changed since the form was opened (empty while loading theirs). */
  changed: (keyof V)[];
  /** Their values; `null` until the current record has arrived. */
  theirs: V | null;
  mine: V;
}

export interface EditSession<V> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** True when the values differ from what the form was opened with. */
  dirty: boolean;
  saving: boolean;
  /** Why the last save was refused (a conflict is reported in `conflict` instead). */
  problem: ApiProblem | null;
  setProblem: (problem: ApiProblem | null) => void;
  conflict: EditConflict<V> | null;
  /** Saves the values against the version the form was opened with. True when saved. */
  submit: (values?: V) => Promise<boolean>;
  /** Saves again on top of theirs: my changed fields win, fields I left alone take theirs. */
  keepMine: () => Promise<boolean>;
  /** Drops my edit and shows theirs. */
  takeTheirs: () => void;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changedFields<V extends object>(from: V, to: V): (keyof V)[] {
  return (Object.keys(to) as (keyof V)[]).filter((field) => !same(from[field], to[field]));
}

/**
 * The state of an edit form over a versioned record. The form keeps the version it was opened
 * with, so a save based on an outdated picture is refused by the API (CONFLICT) instead of
 * silently undoing someone else's change. A refusal becomes a conflict that names what the other
 * person changed and offers "keep mine" or "take theirs". While nothing was typed, the form
 * follows the live record; a conflict with changes only to fields the form does not show is
 * merged and saved again without asking, since nothing can be lost.
 */
export function useEditSession<V extends object>({
  record,
  save,
  onSaved,
  reload,
}: {
  /** The live record, as the screen currently shows it. */
  record: EditedRecord<V>;
  save: (values: V, version: number) => Promise<SaveOutcome>;
  onSaved?: () => void;
  /** Re-reads the record, so a conflict can show what is current. */
  reload?: () => void;
}): EditSession<V> {
  const [opened, setOpened] = useState<EditedRecord<V>>(record);
  const [values, setValues] = useState<V>(record.values);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [conflictMine, setConflictMine] = useState<V | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = !same(values, opened.values);

  // A pristine form follows the live record; an edited one keeps what it was opened with.
  // (Adjusted while rendering, as React recommends for state derived from changed props.)
  if (record.version > opened.version && !dirty && conflictMine === null && !saving) {
    setOpened(record);
    setValues(record.values);
  }

  const theirsArrived = record.version > opened.version;
  const conflict: EditConflict<V> | null =
    conflictMine === null
      ? null
      : {
          mine: conflictMine,
          theirs: theirsArrived ? record.values : null,
          changed: theirsArrived ? changedFields(opened.values, record.values) : [],
        };

  const saveAt = async (toSave: V, base: EditedRecord<V>): Promise<boolean> => {
    setSaving(true);
    const outcome = await save(toSave, base.version);
    setSaving(false);
    if (outcome.error) {
      const refused = toApiProblem(outcome.error);
      if (refused.code === 'CONFLICT') {
        setProblem(null);
        setConflictMine(toSave);
        reload?.();
      } else {
        setProblem(refused);
      }
      return false;
    }
    setProblem(null);
    setConflictMine(null);
    const saved = { version: outcome.savedVersion ?? base.version, values: toSave };
    setOpened(saved);
    setValues(toSave);
    onSaved?.();
    return true;
  };

  /** My changed fields on top of theirs. */
  const merged = (mine: V, theirs: V): V => {
    const result = { ...theirs };
    for (const field of changedFields(opened.values, mine)) result[field] = mine[field];
    return result;
  };

  const keepMine = async (): Promise<boolean> => {
    if (conflictMine === null || !theirsArrived) return false;
    const next = merged(conflictMine, record.values);
    setConflictMine(null);
    setOpened(record);
    setValues(next);
    return saveAt(next, record);
  };

  // Their change touched nothing this form shows: merging loses nothing, so save again.
  const autoMerged = useRef(false);
  useEffect(() => {
    if (conflict && conflict.theirs !== null && conflict.changed.length === 0) {
      if (!autoMerged.current) {
        autoMerged.current = true;
        void keepMine().finally(() => {
          autoMerged.current = false;
        });
      }
    }
  });

  return {
    values,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    dirty,
    saving,
    problem,
    setProblem,
    conflict,
    submit: (toSave = values) => saveAt(toSave, opened),
    keepMine,
    takeTheirs: () => {
      setConflictMine(null);
      setProblem(null);
      setOpened(record);
      setValues(record.values);
    },
  };
}
