// The alignment on hand-written step sequences: which base row pairs with which head row.
// Each case lists the pairs as [base index, head index], null for a removed/added row.
import { describe, expect, it } from 'vitest';
import { alignSteps, type AlignedPair } from '../../src/compare/align.js';
import { copyDestination, normalizeStep, similarity, tokenize, type StepInput } from '../../src/compare/normalize.js';

/** `RUN make@100` → a RUN of 100 bytes; `#sha` suffix → diffId. */
function step(text: string): StepInput {
  const match = /^(.*?)(?:@(\d+))?(?:#(\w+))?$/.exec(text)!;
  return { createdBy: match[1], sizeBytes: match[2] ? Number(match[2]) : 0, ...(match[3] ? { diffId: `sha256:${match[3]}` } : {}) };
}

const A = 'RUN apt-get update && apt-get install -y curl';
const B = 'COPY package.json /app/';
const C = 'RUN npm ci --omit=dev';

describe('alignSteps', () => {
  it.each<[string, string[], string[], AlignedPair[]]>([
    ['identical', [A, B, C], [A, B, C], [[0, 0], [1, 1], [2, 2]]],
    ['edited step (one package more) pairs with its old self', ['RUN apt-get install -y a b', B], ['RUN apt-get install -y a b c', B], [[0, 0], [1, 1]]],
    ['version bump pairs', ['RUN pip install flask==2.3.2 gunicorn==21.2.0', C], ['RUN pip install flask==2.3.3 gunicorn==21.2.0', C], [[0, 0], [1, 1]]],
    ['inserted step: neighbours still pair', [A, C], [A, B, C], [[0, 0], [null, 1], [1, 2]]],
    ['deleted step: removed where it was', [A, B, C], [A, C], [[0, 0], [1, null], [2, 1]]],
    ['unlike step in its place: removed, then added', [A, 'RUN make', C], [A, 'COPY dist /srv/www', C], [[0, 0], [1, null], [null, 1], [2, 2]]],
    ['swapped steps both pair, in head order', [A, B, C], [B, A, C], [[1, 0], [0, 1], [2, 2]]],
    ['look-alike swapped steps do not pair crosswise', ['RUN dd of=/a.bin count=100', 'RUN dd of=/b.bin count=200', C], ['RUN dd of=/b.bin count=200', 'RUN dd of=/a.bin count=100', C], [[1, 0], [0, 1], [2, 2]]],
    ['step moved to the end', [A, B, C], [B, C, A], [[1, 0], [2, 1], [0, 2]]],
    ['repeated identical steps pair in order', ['RUN make', 'RUN make'], ['RUN make', 'RUN make'], [[0, 0], [1, 1]]],
    ['a third `RUN make`: the ones of like size pair, the new one is added', ['RUN make@10', 'RUN make@50'], ['RUN make@10', 'RUN make@30', 'RUN make@50'], [[0, 0], [null, 1], [1, 2]]],
    ['one `RUN make` dropped: the one of unlike size is removed', ['RUN make@10', 'RUN make@30', 'RUN make@50'], ['RUN make@10', 'RUN make@50'], [[0, 0], [1, null], [2, 1]]],
    ['classic `COPY file:<sha> in /dst` pairs with BuildKit `COPY src /dst`', ['COPY file:0a1b2c3d in /app/ ', C], ['COPY --chown=1:1 src/ /app', C], [[0, 0], [1, 1]]],
    ['COPY to another destination does not pair', ['COPY a.txt /etc/a'], ['COPY a.txt /srv/a'], [[0, null], [null, 0]]],
    ['RUN never pairs with COPY', ['RUN cp /x /app'], ['COPY x /app'], [[0, null], [null, 0]]],
    ['same bytes (diff_id) pair whatever the text', ['RUN echo one@5#aa', C], ['COPY one /one@5#aa', C], [[0, 0], [1, 1]]],
    ['empty sides', [], [A], [[null, 0]]],
    ['both empty', [], [], []],
  ])('%s', (_name, base, head, pairs) => {
    expect(alignSteps(base.map(step), head.map(step))).toEqual(pairs);
  });

  it('a changed build arg is a small edit of the same step; an unrelated RUN is not', () => {
    const base: StepInput[] = [{ instruction: 'RUN', createdBy: 'RUN ./build.sh', buildArgs: { VERSION: '1.4.2', MODE: 'release' } }];
    const head: StepInput[] = [{ instruction: 'RUN', createdBy: 'RUN ./build.sh', buildArgs: { MODE: 'release', VERSION: '1.5.0' } }];
    expect(alignSteps(base, head)).toEqual([[0, 0]]);
    expect(alignSteps(base, [{ instruction: 'RUN', createdBy: 'RUN rm -rf /var/cache/apk' }])).toEqual([[0, null], [null, 0]]);
  });

  it('aligns 1,000 rows quickly (the report limit)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => step(`RUN echo step-${i} && dd if=/dev/zero of=/f${i} bs=1k count=${i}`));
    const started = performance.now();
    const pairs = alignSteps(rows, [...rows.slice(0, 500), step('RUN echo inserted'), ...rows.slice(500)]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(pairs).toHaveLength(1001);
    expect(pairs[500]).toEqual([null, 500]);
    expect(pairs[1000]).toEqual([999, 1000]);
  });
});

describe('normalization', () => {
  it.each([
    ['file:0a1b in /app/ ', '/app'],
    ['dir:0a1b in / ', '/'],
    ['multi:0a1b in /srv/', '/srv'],
    ['--from=build --chown=app:app /out/bin /usr/local/bin/', '/usr/local/bin'],
    ['--link . .', '.'],
    ['["a b.txt", "/dst dir/"]', '/dst dir'],
  ])('COPY %s → destination %s', (body, dst) => {
    expect(copyDestination(body)).toBe(dst);
  });

  it('splits versions into digit runs, keeps words with dashes whole', () => {
    expect(tokenize('apt-get install curl=7.88.1')).toEqual(['apt-get', 'install', 'curl', '=', '7', '.', '88', '.', '1']);
  });

  it('collapses whitespace and ignores the builder spelling of COPY', () => {
    expect(normalizeStep({ instruction: 'RUN', createdBy: 'RUN  make \t  all' }).text).toBe('RUN make all');
    expect(normalizeStep({ instruction: 'COPY', createdBy: 'COPY file:ab12 in /app/ ' }).text).toBe('COPY /app');
    expect(normalizeStep({ createdBy: 'COPY app /app' }).text).toBe('COPY /app');
  });

  it.each([
    ['RUN apt-get install a b', 'RUN apt-get install a b c', 10 / 11],
    ['COPY a /etc/a', 'COPY a /srv/a', 0],
    ['RUN make', 'RUN make', 1],
    ['RUN make', 'COPY make /', 0],
    ['', '', 1],
  ])('similarity(%j, %j) = %d', (a, b, expected) => {
    expect(similarity(normalizeStep({ createdBy: a }), normalizeStep({ createdBy: b }))).toBeCloseTo(expected, 10);
  });
});
