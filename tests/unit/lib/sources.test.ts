import { describe, expect, it } from 'vitest';
import { resolveLocator } from '../../../src/lib/sources.ts';
import type { SourceDocument } from '../../../src/schemas/source.ts';

const unit = (locator: string) => ({ locator, begins: 'x', summary: 'y', works: [] });
const source: SourceDocument = {
  units: [unit('para. 1'), unit('para. 2'), unit('para. 3'), unit('n. i'), unit('n. ii'), unit('sec. Discussion, para. 1'), unit('sec. Discussion, Other groups')],
};

describe('resolveLocator', () => {
  it('names one unit', () => {
    expect(resolveLocator(source, 'k', 'para. 2')).toEqual({ units: [unit('para. 2')] });
  });
  it('names a range of units of one series, ends included', () => {
    expect(resolveLocator(source, 'k', 'para. 1–3')).toEqual({ units: [unit('para. 1'), unit('para. 2'), unit('para. 3')] });
    expect(resolveLocator(source, 'k', 'n. i-ii')).toEqual({ units: [unit('n. i'), unit('n. ii')] });
  });
  it('rejects a unit the source does not have, with the ones it has', () => {
    const result = resolveLocator(source, 'k', 'para. 11');
    expect(result).toEqual({ problem: expect.stringMatching(/^locator "para\. 11" is not a unit of @k: use one of "para\. 1", "para\. 2", "para\. 3" \(the units are listed in content\/sources\/k\.yaml\)$/) });
  });
  it('asks for the part of a section that has parts', () => {
    expect(resolveLocator(source, 'k', 'sec. Discussion')).toEqual({ problem: expect.stringContaining('name the part of it that contains the claim: "sec. Discussion, para. 1", "sec. Discussion, Other groups"') });
  });
  it('rejects a backwards range', () => {
    expect('problem' in resolveLocator(source, 'k', 'para. 3–1')).toBe(true);
  });
});
