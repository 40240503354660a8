/** The Starlight comparison's pure parts: which versions to install, and the cost per added article. */
import { describe, expect, it } from 'vitest';
import { chooseVersions, compareVersions, inRange, parseNpmView, perArticle, rangeFloor } from '../../../../scripts/bench/starlight.ts';

describe('inRange', () => {
  it('reads the ranges packages give their peers', () => {
    expect(inRange('7.3.5', '^7.2.10')).toBe(true);
    expect(inRange('7.2.9', '^7.2.10')).toBe(false);
    expect(inRange('8.0.0', '^7.2.10')).toBe(false);
    expect(inRange('6.1.0', '^5.5.0 || ^6.0.0')).toBe(true);
    expect(inRange('0.4.2', '^0.4.0')).toBe(true);
    expect(inRange('0.5.0', '^0.4.0')).toBe(false);
    expect(inRange('7.0.0', '>=6.0.0')).toBe(true);
    expect(inRange('7.0.0', '7.0.0')).toBe(true);
  });

  it('says no to a range it cannot read', () => {
    expect(inRange('7.0.0', '~7.0.0')).toBe(false);
    expect(inRange('7.0.0', '*')).toBe(false);
  });
});

describe('chooseVersions', () => {
  const releases = [
    { version: '0.36.0', astro: '^5.5.0' },
    { version: '0.42.4', astro: '^7.2.10' },
    { version: '0.42.0', astro: '^7.0.2' },
    { version: '0.43.0-beta.1', astro: '^8.0.0' },
  ];

  it('takes the newest release whose Astro range takes ours, with our Astro', () => {
    expect(chooseVersions(releases, '7.3.5')).toMatchObject({ starlight: '0.42.4', astro: '7.3.5' });
    expect(chooseVersions(releases, '7.1.0')).toMatchObject({ starlight: '0.42.0', astro: '7.1.0' });
  });

  it('else the newest release with its own Astro, and says so', () => {
    const chosen = chooseVersions(releases, '9.0.0');
    expect(chosen).toMatchObject({ starlight: '0.42.4', astro: '7.2.10' });
    expect(chosen?.why).toMatch(/no Starlight takes our Astro 9\.0\.0/);
    expect(chooseVersions([], '7.3.5')).toBeUndefined();
  });
});

describe('parseNpmView', () => {
  it('reads one version or several, past any text around the JSON', () => {
    expect(parseNpmView('{\n  "version": "0.42.4",\n  "peerDependencies.astro": "^7.2.10"\n}\nPEAK_RSS_KB=1')).toEqual([{ version: '0.42.4', astro: '^7.2.10' }]);
    expect(parseNpmView('[{"version":"0.1.0","dependencies.astro":"^1.0.0"},{"version":"0.2.0"}]')).toEqual([
      { version: '0.1.0', astro: '^1.0.0' },
      { version: '0.2.0', astro: undefined },
    ]);
    expect(parseNpmView('npm error 404')).toEqual([]);
  });
});

describe('versions and costs', () => {
  it('orders versions by number, not text', () => {
    expect(['0.9.0', '0.10.0', '0.42.4', '0.42.10'].sort(compareVersions)).toEqual(['0.9.0', '0.10.0', '0.42.4', '0.42.10']);
    expect(rangeFloor('^7.2.10 || ^8.0.0')).toBe('7.2.10');
  });

  it('prices an added article as the time between two counts over the articles between them', () => {
    expect(perArticle({ count: 20, seconds: 14 }, { count: 300, seconds: 42 })).toBeCloseTo(0.1);
  });
});
