/** What every form field of the editor needs: the draft, its problems, and a way to change it. */
import type { Language, RouteMap, Text } from '../routemap/types';
import type { Problem } from '../routemap/validate';
import { t } from '../i18n/i18n';
import { belongsTo, getAt, parsePath } from './paths';

export interface Form {
  draft: RouteMap;
  problems: Problem[];
  /** Changes one field (undefined removes it). */
  set(path: string, value: unknown): void;
  /** Takes a changed map as a whole: a partner added or removed. */
  replace(routeMap: RouteMap): void;
}

/** An editor text (namespace `beheer`, locales/beheer.*.json). */
export const editorText = (key: string, options?: Record<string, unknown>) => t(`beheer:${key}`, options);

export function problemsOf(form: Form, path: string): Problem[] {
  return form.problems.filter((problem) => belongsTo(problem.path, path));
}

export function stringAt(form: Form, path: string): string {
  const value = getAt(form.draft, path);
  return typeof value === 'string' ? value : '';
}

/** The problem in the maintainer's language; the validator's own words for the rare structural one. */
export function problemMessage(problem: Problem): string {
  if (problem.kind === 'language') {
    const language = parsePath(problem.path).at(-1);
    return editorText('problem.language', { language: editorText(`language.${String(language)}`) });
  }
  if (problem.kind) return editorText(`problem.${problem.kind}`);
  return editorText('problem.other', { path: problem.path, message: problem.message });
}

/**
 * A text with one language typed anew, the other kept (a missing one starts empty). An optional
 * text left empty in both languages is left out of the file (undefined).
 */
export function textWith(current: unknown, language: Language, value: string, optional: boolean): Text | undefined {
  const known = (typeof current === 'object' && current !== null ? current : {}) as Partial<Text>;
  const next: Text = { nl: known.nl ?? '', en: known.en ?? '', [language]: value };
  return optional && next.nl.trim() === '' && next.en.trim() === '' ? undefined : next;
}
