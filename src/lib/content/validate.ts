/** Schema validation of one YAML document, every issue mapped to its line. */
import type { z } from 'astro/zod';
import type { LocatedYaml } from './yaml.ts';
import type { Problem } from './problems.ts';

export function validateAt<T extends z.ZodType>(
  schema: T,
  yaml: LocatedYaml,
  file: string,
  basePath: readonly PropertyKey[] = [],
): { data?: z.output<T>; problems: Problem[] } {
  if (yaml.errors.length > 0) {
    return {
      problems: yaml.errors.map((error) => ({
        file,
        line: error.line,
        message: error.message,
        severity: 'error',
      })),
    };
  }
  const value = valueAt(yaml.value, basePath);
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const path = [...basePath, ...issue.path];
      const field = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the entry';
      const missing = valueAt(value, issue.path) === undefined;
      return { file, line: yaml.lineOf(path), message: `${field}: ${describeIssue(issue, missing)}`, severity: 'error' };
    }),
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], root);
}

/** Zod's messages, made to say what to do. */
function describeIssue(issue: z.core.$ZodIssue, missing: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling (see docs/content-model.md)`;
  }
  if (missing) {
    // A schema's own message says what the field is for; Zod's default only names the type.
    if (!issue.message.startsWith('Invalid input')) return issue.message;
    if (issue.code === 'invalid_type') return `is required (expected ${issue.expected}): add it (see docs/content-model.md)`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return issue.message;
}
