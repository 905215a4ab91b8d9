// The alignment on hand-written step sequences: which base row pairs with which head row.
// Each case lists the pairs as [base index, head index], null for a removed/added row.
import { describe, expect, it } from 'vitest'
import {
  alignSteps,
  matchSteps,
  type AlignedPair,
  type StepMatch
} from '../../src/compare/align.js'
import {
  copyContent,
  copyDestination,
  normalizeStep,
  tokenize,
  type StepInput
} from '../../src/compare/normalize.js'

/** `RUN make@100` → a RUN of 100 bytes; `#sha` suffix → diffId. */
function step(text: string): StepInput {
  const match = /^(.*?)(?:@(\d+))?(?:#(\w+))?$/.exec(text)!
  return {
    createdBy: match[1],
    sizeBytes: match[2] ? Number(match[2]) : 0,
    ...(match[3] ? { diffId: `sha256:${match[3]}` } : {})
  }
}

const A = 'RUN apt-get update && apt-get install -y curl'
const B = 'COPY package.json /app/'
const C = 'RUN npm ci --omit=dev'

describe('alignSteps', () => {
  it.each<[string, string[], string[], AlignedPair[]]>([
    [
      'identical',
      [A, B, C],
      [A, B, C],
      [
        [0, 0],
        [1, 1],
        [2, 2]
      ]
    ],
    [
      'edited step (one package more) pairs with its old self',
      ['RUN apt-get install -y a b', B],
      ['RUN apt-get install -y a b c', B],
      [
        [0, 0],
        [1, 1]
      ]
    ],
    [
      'version bump pairs',
      ['RUN pip install flask==2.3.2 gunicorn==21.2.0', C],
      ['RUN pip install flask==2.3.3 gunicorn==21.2.0', C],
      [
        [0, 0],
        [1, 1]
      ]
    ],
    [
      'inserted step: neighbours still pair',
      [A, C],
      [A, B, C],
      [
        [0, 0],
        [null, 1],
        [1, 2]
      ]
    ],
    [
      'deleted step: removed where it was',
      [A, B, C],
      [A, C],
      [
        [0, 0],
        [1, null],
        [2, 1]
      ]
    ],
    [
      'unlike step in its place: removed, then added',
      [A, 'RUN make', C],
      [A, 'COPY dist /srv/www', C],
      [
        [0, 0],
        [1, null],
        [null, 1],
        [2, 2]
      ]
    ],
    [
      'swapped steps both pair, in head order',
      [A, B, C],
      [B, A, C],
      [
        [1, 0],
        [0, 1],
        [2, 2]
      ]
    ],
    [
      'look-alike swapped steps do not pair crosswise',
      ['RUN dd of=/a.bin count=100', 'RUN dd of=/b.bin count=200', C],
      ['RUN dd of=/b.bin count=200', 'RUN dd of=/a.bin count=100', C],
      [
        [1, 0],
        [0, 1],
        [2, 2]
      ]
    ],
    [
      'step moved to the end',
      [A, B, C],
      [B, C, A],
      [
        [1, 0],
        [2, 1],
        [0, 2]
      ]
    ],
    [
      'repeated identical steps pair in order',
      ['RUN make', 'RUN make'],
      ['RUN make', 'RUN make'],
      [
        [0, 0],
        [1, 1]
      ]
    ],
    [
      'a third `RUN make`: the ones of like size pair, the new one is added',
      ['RUN make@10', 'RUN make@50'],
      ['RUN make@10', 'RUN make@30', 'RUN make@50'],
      [
        [0, 0],
        [null, 1],
        [1, 2]
      ]
    ],
    [
      'one `RUN make` dropped: the one of unlike size is removed',
      ['RUN make@10', 'RUN make@30', 'RUN make@50'],
      ['RUN make@10', 'RUN make@50'],
      [
        [0, 0],
        [1, null],
        [2, 1]
      ]
    ],
    [
      'classic `COPY file:<sha> in /dst` pairs with BuildKit `COPY src /dst`',
      ['COPY file:0a1b2c3d in /app/ ', C],
      ['COPY --chown=1:1 src/ /app', C],
      [
        [0, 0],
        [1, 1]
      ]
    ],
    [
      'COPY of another file to another destination does not pair',
      ['COPY a.txt /etc/a'],
      ['COPY b.txt /srv/b'],
      [
        [0, null],
        [null, 0]
      ]
    ],
    [
      'COPY of the same source to another destination pairs',
      ['COPY a.txt /etc/a'],
      ['COPY a.txt /srv/a'],
      [[0, 0]]
    ],
    [
      'classic COPY of the same content (sha) to another destination pairs',
      ['COPY dir:0a1b in /etc/app/'],
      ['COPY dir:0a1b in /etc/myapp/'],
      [[0, 0]]
    ],
    [
      '`COPY package.json ./` and `COPY . .` are not confused when one goes',
      ['COPY package.json ./', 'COPY . .'],
      ['COPY . .'],
      [
        [0, null],
        [1, 0]
      ]
    ],
    [
      '…nor when the other goes',
      ['COPY package.json ./', 'COPY . .'],
      ['COPY package.json ./'],
      [
        [0, 0],
        [1, null]
      ]
    ],
    [
      'classic: a file COPY to . and a directory COPY to . are not confused',
      ['COPY file:aa in ./', 'COPY dir:bb in .'],
      ['COPY dir:cc in .'],
      [
        [0, null],
        [1, 0]
      ]
    ],
    [
      'classic: …nor the other way',
      ['COPY file:aa in ./', 'COPY dir:bb in .'],
      ['COPY file:cc in ./'],
      [
        [0, 0],
        [1, null]
      ]
    ],
    [
      'a versioned file bumped in source and destination pairs',
      ['COPY app-1.4.0.jar /srv/app-1.4.0.jar'],
      ['COPY app-1.5.0.jar /srv/app-1.5.0.jar'],
      [[0, 0]]
    ],
    [
      'an edited step that gained a command keeps its pair against an inserted look-alike',
      [
        'RUN mkdir -p /opt/tools && dd if=/dev/zero of=/opt/tools/tools.bin bs=1024 count=100@100',
        C
      ],
      [
        'RUN mkdir -p /opt/tools && dd if=/dev/zero of=/opt/tools/tools.bin bs=1024 count=100 && dd if=/dev/zero of=/opt/tools/extra.bin bs=1024 count=60@160',
        'RUN mkdir -p /opt/cache && dd if=/dev/zero of=/opt/cache/cache.bin bs=1024 count=100@100',
        C
      ],
      [
        [0, 0],
        [null, 1],
        [1, 2]
      ]
    ],
    [
      'another runtime with the same idiom is removed + added, not shrank',
      [
        'RUN curl -fsSL https://nodejs.org/dist/v18.19.0/node-v18.19.0-linux-x64.tar.xz | tar -xJ -C /opt/node --strip-components=1'
      ],
      [
        'RUN curl -fsSL https://www.python.org/ftp/python/3.12.1/Python-3.12.1.tar.xz | tar -xJ -C /opt/python --strip-components=1'
      ],
      [
        [0, null],
        [null, 0]
      ]
    ],
    [
      'an install line that keeps 2 of its 8 packages shrank',
      [
        'RUN apt-get install -y zlib1g libssl3 libcurl4 libxml2 libyaml-0-2 libpq5 libsqlite3-0 libffi8'
      ],
      ['RUN apt-get install -y zlib1g libssl3'],
      [[0, 0]]
    ],
    [
      'a deleted step and an unrelated appended look-alike are not a move',
      [
        'RUN mkdir -p /opt/docs && dd if=/dev/zero of=/opt/docs/manual.pdf bs=1024 count=40',
        C
      ],
      [
        C,
        'RUN mkdir -p /var/log/app && dd if=/dev/zero of=/var/log/app/seed.log bs=1024 count=40'
      ],
      [
        [0, null],
        [1, 0],
        [null, 1]
      ]
    ],
    [
      'RUN never pairs with COPY',
      ['RUN cp /x /app'],
      ['COPY x /app'],
      [
        [0, null],
        [null, 0]
      ]
    ],
    [
      'same bytes (diff_id) pair whatever the text',
      ['RUN echo one@5#aa', C],
      ['COPY one /one@5#aa', C],
      [
        [0, 0],
        [1, 1]
      ]
    ],
    ['empty sides', [], [A], [[null, 0]]],
    ['both empty', [], [], []]
  ])('%s', (_name, base, head, pairs) => {
    expect(alignSteps(base.map(step), head.map(step))).toEqual(pairs)
  })

  it('a changed build arg is a small edit of the same step; an unrelated RUN is not', () => {
    const base: StepInput[] = [
      {
        instruction: 'RUN',
        createdBy: 'RUN ./build.sh',
        buildArgs: { VERSION: '1.4.2', MODE: 'release' }
      }
    ]
    const head: StepInput[] = [
      {
        instruction: 'RUN',
        createdBy: 'RUN ./build.sh',
        buildArgs: { MODE: 'release', VERSION: '1.5.0' }
      }
    ]
    expect(alignSteps(base, head)).toEqual([[0, 0]])
    expect(
      alignSteps(base, [
        { instruction: 'RUN', createdBy: 'RUN rm -rf /var/cache/apk' }
      ])
    ).toEqual([
      [0, null],
      [null, 0]
    ])
  })

  // No timing assertion (speed belongs in bench/): the test's own timeout guards a hang.
  it('aligns 1,000 rows (the report limit)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      step(`RUN echo step-${i} && dd if=/dev/zero of=/f${i} bs=1k count=${i}`)
    )
    const pairs = alignSteps(rows, [
      ...rows.slice(0, 500),
      step('RUN echo inserted'),
      ...rows.slice(500)
    ])
    expect(pairs).toHaveLength(1001)
    expect(pairs[500]).toEqual([null, 500])
    expect(pairs[1000]).toEqual([999, 1000])
  })
})

describe('normalization', () => {
  it.each([
    ['file:0a1b in /app/ ', '/app'],
    ['dir:0a1b in / ', '/'],
    ['multi:0a1b in /srv/', '/srv'],
    ['--from=build --chown=app:app /out/bin /usr/local/bin/', '/usr/local/bin'],
    ['--link . .', '.'],
    ['["a b.txt", "/dst dir/"]', '/dst dir']
  ])('COPY %s → destination %s', (body, dst) => {
    expect(copyDestination(body)).toBe(dst)
  })

  it('splits versions into digit runs, keeps words with dashes whole', () => {
    expect(tokenize('apt-get install curl=7.88.1')).toEqual([
      'apt-get',
      'install',
      'curl',
      '=',
      '7',
      '.',
      '88',
      '.',
      '1'
    ])
  })

  it('collapses whitespace and ignores the builder spelling of COPY', () => {
    expect(
      normalizeStep({ instruction: 'RUN', createdBy: 'RUN  make \t  all' }).text
    ).toBe('RUN make all')
    expect(
      normalizeStep({
        instruction: 'COPY',
        createdBy: 'COPY file:ab12 in /app/ '
      }).text
    ).toBe('COPY file /app')
    expect(normalizeStep({ createdBy: 'COPY app /app' }).text).toBe(
      'COPY app /app'
    )
  })

  it('classic and BuildKit COPY: the content and the destination apart', () => {
    expect(copyContent('file:0a1b in /app/ ')).toEqual({
      hash: 'file:0a1b',
      kind: 'file',
      destination: '/app'
    })
    expect(
      copyContent('--from=build --chown=1:1 /out/app /usr/local/bin/')
    ).toEqual({
      sources: ['--from=build', '/out/app'],
      destination: '/usr/local/bin'
    })
  })

  it('weighs what a step names above its idiom; what it deletes is its own term', () => {
    const terms = new Map(
      normalizeStep({
        createdBy:
          'RUN mkdir -p /opt/x && dd if=/dev/zero of=/opt/x/x.bin bs=1024 count=100 && rm -rf /var/lib/apt/lists/*'
      }).terms.map((t) => [t.key, t.weight])
    )
    expect(terms.get('/opt/x')).toBe(1)
    expect(terms.get('/opt/x/x.bin')).toBe(1)
    expect(terms.get('cmd:dd')).toBe(0.05)
    expect(terms.get('/dev/zero')).toBe(0.05)
    expect(terms.get('-p')).toBe(0.05)
    expect(terms.get('100')).toBe(0.1)
    expect(terms.get('rm:/var/lib/apt/lists')).toBe(1)
    expect(terms.has('/var/lib/apt/lists')).toBe(false)
    expect(
      normalizeStep({
        createdBy: 'RUN apt-get purge -y build-essential'
      }).terms.map((t) => t.key)
    ).toContain('rm:build-essential')
  })

  it('version-like terms keep a stem with the versions blanked', () => {
    const terms = normalizeStep({
      createdBy: 'COPY app-1.4.0.jar /srv/app-1.4.0.jar'
    }).terms
    expect(terms.find((t) => t.key === '/srv/app-1.4.0.jar')?.stem).toBe(
      '/srv/app-#.jar'
    )
  })
})

describe('matchSteps: reasons, merges and splits', () => {
  const run = (
    createdBy: string,
    sizeBytes = 0,
    diffId?: string
  ): StepInput => ({
    instruction: 'RUN',
    createdBy,
    sizeBytes,
    ...(diffId ? { diffId } : {})
  })
  const install =
    'RUN apt-get update && apt-get install -y build-essential libpq-dev'
  const cleanup =
    'RUN apt-get purge -y build-essential && rm -rf /var/lib/apt/lists/*'
  const compile = 'RUN make -C /src && make -C /src install PREFIX=/usr/local'

  it('says why each pair pairs', () => {
    const matches = matchSteps(
      [
        run(install, 5, 'sha256:aa'),
        { instruction: 'COPY', createdBy: 'COPY dir:0a1b in /etc/app' },
        run(compile, 10)
      ],
      [
        run(install, 5, 'sha256:aa'),
        { instruction: 'COPY', createdBy: 'COPY dir:0a1b in /etc/myapp' },
        run(`${compile} && strip /usr/local/bin/app`, 8)
      ]
    )
    expect(matches.map((x) => [x.pairedBy, x.score])).toEqual([
      ['digest', 1],
      ['content', 1],
      ['text', expect.any(Number)]
    ])
    expect(matches[2].score).toBeGreaterThan(0.8)
    expect(matches[2].score).toBeLessThan(1)
  })

  it('install + compile + cleanup → install-and-cleanup + compile: one merge of RUN 0 and RUN 2', () => {
    const matches = matchSteps(
      [run(install, 785), run(compile, 300), run(cleanup, 1)],
      [
        run(
          `${install} && apt-get purge -y build-essential && rm -rf /var/lib/apt/lists/*`,
          514
        ),
        run(compile, 300)
      ]
    )
    expect(
      matches.map((x): Pick<StepMatch, 'base' | 'head' | 'pairedBy'> => ({
        base: x.base,
        head: x.head,
        pairedBy: x.pairedBy
      }))
    ).toEqual([
      { base: [0, 2], head: [0], pairedBy: 'text' },
      { base: [1], head: [1], pairedBy: 'text' }
    ])
  })

  it('the reverse is a split', () => {
    const matches = matchSteps(
      [
        run(`${install} && rm -rf /var/lib/apt/lists/*`, 514),
        run(compile, 300)
      ],
      [
        run(install, 785),
        run(compile, 300),
        run('RUN rm -rf /var/lib/apt/lists/*', 0)
      ]
    )
    expect(matches.map((x) => [x.base, x.head])).toEqual([
      [[0], [0, 2]],
      [[1], [1]]
    ])
  })

  it('two install lines become one: a merge; and back: a split (package names that are also commands count as packages)', () => {
    const apk = (packages: string) => run(`RUN apk add --no-cache ${packages}`)
    expect(
      matchSteps([apk('curl'), apk('git')], [apk('curl git')]).map((x) => [
        x.base,
        x.head
      ])
    ).toEqual([[[0, 1], [0]]])
    expect(
      matchSteps([apk('curl git')], [apk('curl'), apk('git')]).map((x) => [
        x.base,
        x.head
      ])
    ).toEqual([[[0], [0, 1]]])
  })

  it('a cleanup merged in part (the lists removed, the purge dropped) is still a merge', () => {
    const matches = matchSteps(
      [run(install), run(compile), run(cleanup)],
      [
        run(`${install} && apt-get clean && rm -rf /var/lib/apt/lists/*`),
        run(compile)
      ]
    )
    expect(matches.map((x) => [x.base, x.head])).toEqual([
      [[0, 2], [0]],
      [[1], [1]]
    ])
  })

  it('classic COPY of a rebuilt binary to another directory: the same file name pairs it', () => {
    const copy = (createdBy: string): StepInput => ({
      instruction: 'COPY',
      createdBy
    })
    expect(
      matchSteps(
        [copy('COPY file:aaaa in /usr/local/bin/server')],
        [copy('COPY file:bbbb in /usr/bin/server')]
      ).map((x) => [x.base, x.head, x.pairedBy])
    ).toEqual([[[0], [0], 'text']])
  })

  it('a removed cleanup of something the head still creates is removed, not merged', () => {
    const matches = matchSteps(
      [
        run('RUN mkdir -p /opt/x && touch /opt/x/a'),
        run('RUN rm -rf /opt/x/a')
      ],
      [run('RUN mkdir -p /opt/x && touch /opt/x/a')]
    )
    expect(matches.map((x) => [x.base, x.head])).toEqual([
      [[0], [0]],
      [[1], []]
    ])
  })
})
