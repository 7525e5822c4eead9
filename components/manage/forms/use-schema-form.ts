'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { isApiProblem } from '@/lib/api/fetcher';
import { FIELD_LABELS, fieldErrors } from '@/lib/api/schemas';

type Errors = Record<string, string[]>;

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface SchemaFormOptions<V, R> {
  /** Prefix of every input id in this form; unique on the page. */
  id: string;
  initial: V;
  /** The API body's schema, the same one the service parses. */
  schema: z.ZodType;
  /** The body these values make: validated here as the user types, and sent as it is. */
  toBody: (values: V) => unknown;
  send: (body: unknown) => Promise<R>;
  /** Visible label per field path (array indexes left out), so a message names the field as the form does. */
  labels: Record<string, string>;
  /** Messages the form can state better than the schema, from the raw input (letters in a number field). */
  refine?: (values: V) => Errors;
  /** A create form starts empty again after a save; an edit form keeps what was saved. */
  resetOnSave?: boolean;
  /** Re-render the server page after a save (default); off when onSaved navigates away or the page reads through react-query. */
  refresh?: boolean;
  /** react-query keys this write makes stale; by default every query of the workspace (a handful). */
  invalidates?: readonly (readonly string[])[];
  onSaved?: (result: R) => void;
}

/**
 * "类别：请选择文物类别" from the schema becomes "文物类别：请选择文物类别", the label the clerk sees.
 * A label of list items may say which item: "第{n}个参与单位" for participants.1.role is "第2个参与单位".
 */
function relabel(key: string, messages: string[], labels: Record<string, string>): string[] {
  const template = labels[key.replace(/\.\d+/g, '')];
  if (!template) return messages;
  const index = /\.(\d+)/.exec(key)?.[1];
  const label = index === undefined ? template : template.replace('{n}', String(Number(index) + 1));
  const known = [FIELD_LABELS[key], FIELD_LABELS[key.split('.')[0] ?? ''], key].filter(Boolean);
  return messages.map((m) => {
    const cut = m.indexOf('：');
    const rule = cut > 0 && known.includes(m.slice(0, cut)) ? m.slice(cut + 1) : m;
    return `${label}：${rule}`;
  });
}

function withoutKey(errors: Errors, path: string): Errors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== path && !k.startsWith(`${path}.`)));
}

/**
 * A form over one API body: zod validation as the user types (the schema the server uses), the
 * server's field errors after a submit, and the write as a react-query mutation. Every submit goes
 * to the server, which refuses a bad body whole, so the server has the last word on every rule.
 */
export function useSchemaForm<V extends Record<string, unknown>, R>(options: SchemaFormOptions<V, R>) {
  const { id, labels } = options;
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(options.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<{ result: R } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const body = options.toBody(values);
  const parsed = options.schema.safeParse(body);
  const refined = options.refine?.(values) ?? {};
  const local: Errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...refined };

  const mutation = useMutation<R, Error, unknown>({
    mutationFn: options.send,
    onSuccess: (result) => {
      setServerErrors({});
      setSaved({ result });
      if (options.resetOnSave) {
        setValues(options.initial);
        setTouched(new Set());
        setAttempted(false);
      }
      if (options.invalidates) for (const queryKey of options.invalidates) void queryClient.invalidateQueries({ queryKey });
      else void queryClient.invalidateQueries();
      if (options.refresh !== false) router.refresh();
      options.onSaved?.(result);
    },
    onError: (error) => setServerErrors(isApiProblem(error) ? error.errors : {}),
  });

  // A refused save moves focus to the summary, which lists what to mend with links to each field.
  useEffect(() => {
    if (mutation.error) summaryRef.current?.focus();
  }, [mutation.error]);

  const touch = (path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));

  /** Messages to show under the input at `path`; `nested` also takes those of its items (aliases.0). */
  function errorsFor(path: string, nested = false): string[] {
    const keys = new Set([...Object.keys(local), ...Object.keys(serverErrors)]);
    const out: string[] = [];
    for (const key of keys) {
      if (key !== path && !(nested && key.startsWith(`${path}.`))) continue;
      const fromServer = serverErrors[key];
      // The server's word stands until the field changes; the form's own shows once the field was used.
      const mine = fromServer ? (refined[key] ?? fromServer) : attempted || touched.has(path) ? local[key] : undefined;
      if (mine) out.push(...relabel(key, mine, labels));
    }
    return out;
  }

  /** Every message from the last refused save that still stands, for the summary. */
  function serverSummary(): { path: string; message: string }[] {
    return Object.entries(serverErrors).flatMap(([path, list]) =>
      relabel(path, refined[path] ?? list, labels).map((message) => ({ path, message })),
    );
  }

  const idFor = (path: string) => `${id}-${path.replace(/\./g, '-')}`;

  /** Sets a value; the field at `path` counts as touched (its messages show), unless path is null. */
  function set<K extends keyof V & string>(key: K, value: V[K], path: string | null = key) {
    setValues((prev) => ({ ...prev, [key]: value }));
    setSaved(null);
    if (path === null) return;
    touch(path);
    setServerErrors((prev) => withoutKey(prev, path));
  }

  /** Props for a text input bound to a string field. */
  function text(key: StringKeys<V>, nested = false) {
    return {
      id: idFor(key),
      value: values[key] as string,
      errors: errorsFor(key, nested),
      onChange: (value: string) => set(key, value as V[typeof key]),
      onBlur: () => touch(key),
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempted(true);
    setSaved(null);
    mutation.mutate(body);
  }

  return {
    id,
    values,
    set,
    touch,
    text,
    errorsFor,
    idFor,
    submit,
    serverSummary,
    summaryRef,
    pending: mutation.isPending,
    /** The last refused save (an ApiProblem, or another Error), until the next submit. */
    problem: mutation.error,
    saved,
  };
}
