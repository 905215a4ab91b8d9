// The JSON report (schemaVersion 1): the one result object that every source yields
// and every renderer reads. Fields are added by later features, never renamed.
// Sizes are integers of bytes in names ending `Bytes`.

export type ImageSourceKind = 'docker' | 'archive' | 'registry' | 'report'

/** How sizes are shown to people: SI (1 kB = 1000 B, as docker prints) or IEC (1 KiB = 1024 B). Only renderers use it. */
export type Units = 'si' | 'iec'

/**
 * Which image store an engine keeps images in (`docker info`): Docker's graphdriver
 * (legacy), containerd's snapshotters, or podman's containers/storage.
 */
export type ImageStore = 'legacy' | 'containerd' | 'podman'

export interface LayerRow {
  /** Position in `layers`, base first. Other parts of the report refer to layers by it. */
  index: number
  /** The Dockerfile keyword that made the row (RUN, COPY, ADD, WORKDIR, ENV, …); '' for an imported base. */
  instruction: string
  /** The step as the Dockerfile line reads, e.g. `RUN mkdir -p /opt/build-deps && …`. */
  createdBy: string
  sizeBytes: number
  /** True for a history row that made no filesystem layer (ENV, CMD, …). Rows with `empty: false` are one-to-one with the image's layers. */
  empty: boolean
  /** The Dockerfile line that made the row (1-based), where the action built the image from a Dockerfile it can read: reports name the layer `L3 · Dockerfile:12`. */
  dockerfileLine?: number
  /** Build arguments in scope for a RUN (`|N A=1 B=2` prefix), when the builder recorded them. */
  buildArgs?: Record<string, string>
  /** The history row's image ID when the engine knows it (`<missing>` rows have none). */
  id?: string
  createdAt?: string
  /** The history entry's comment (`buildkit.dockerfile.v0`, `Imported from -`, …) when there is one. */
  comment?: string
  /** The layer's diff_id (uncompressed digest), for non-empty rows. */
  diffId?: string
  /** The layer blob's compressed size (what `docker pull` downloads): from a registry manifest, the blob a containerd-store engine keeps, or gzip-measured with `analyze --compressed`. Absent on empty rows. */
  compressedBytes?: number
  /**
   * The engine's own figure for the row where it means something else than `sizeBytes`
   * (containerd store: the unpacked snapshot's disk usage, block-rounded, directories
   * counted; podman: the layer's uncompressed tar stream, headers and padding included).
   * Kept for reference; `sizeBytes` is the content bytes on every engine.
   */
  engineSizeBytes?: number
}

export interface ImageReport {
  schemaVersion: 1
  image: {
    ref: string
    id: string
    source: ImageSourceKind
    /** `os/arch[/variant]` from the image config. */
    platform?: string
    /** For a registry image: the digest of the platform's image manifest (pin a baseline with `ref@digest`). */
    digest?: string
    /** For an engine image: the engine's image store (`docker info`). Absent in reports from before it was read. */
    store?: ImageStore
  }
  /** Sum of the layers' sizeBytes: the content bytes, the same quantity on every engine and source. */
  totalBytes: number
  /**
   * The engine's own figures, where they mean something else than ours (the containerd
   * store): `sizeBytes` is the sum of its history sizes, `totalBytes` its `docker image
   * inspect` Size (there the compressed blobs). Absent where the engine's figures are ours.
   */
  engine?: { store: ImageStore; sizeBytes: number; totalBytes: number }
  /**
   * What `sizeBytes`/`totalBytes` measure. Absent means 'uncompressed' (file bytes as the engine counts them).
   * 'compressed': a registry image read without `--uncompressed`, whose sizes are the layer blobs' compressed sizes;
   * such a report compares with another only on compressedBytes/totalCompressedBytes.
   */
  sizeKind?: 'uncompressed' | 'compressed'
  /** Sum of the layers' compressedBytes, when they are known. */
  totalCompressedBytes?: number
  layers: LayerRow[]
  /** Things the reader could not decide exactly (e.g. which history rows made layers). */
  warnings: string[]
  /** File-level analysis (issue 6), when asked for (`analyze --files`, `--archive`). */
  files?: FilesAnalysis
}

/** A file copy that the final filesystem does not show: its bytes can be reclaimed. */
export interface FileItem {
  /** Absolute path in the image. */
  path: string
  bytes: number
  /** The `layers` row (report.layers index, not the filesystem layer ordinal) that added the copy. */
  addedIn: number
  /** The row whose whiteout or opaque directory hid it. */
  removedIn?: number
  /** The row that wrote over it (overwrite, or a copy-up by chmod/chown). */
  replacedIn?: number
}

export type FileHintKind =
  | 'deleted-later'
  | 'metadata-copy'
  | 'replaced-later'
  | 'package-cache'
  /** Packages installed only because an installed package recommends or suggests them (dpkg `Recommends`/`Suggests`, apt's auto marks). */
  | 'recommended-packages'
  /** Packages a step removed or purged that stay installed, or whose dependencies do: `packages[].via` names what keeps each. */
  | 'kept-packages'
  /** A later step ran `apt-get update` again and rewrote apt's lists and binary caches in its own layer. */
  | 'apt-update-again'
  /** npm dev dependencies (`"dev": true` in npm's hidden lockfile) shipped in the final image. */
  | 'dev-dependencies'
  /** What a runtime image usually does not need (compilers, `-dev` packages, headers, static libraries, docs, package indexes, the package manager, the shell). */
  | 'runtime-extras'

/** One package a hint names, with the bytes of it the hint counts. */
export interface HintPackage {
  name: string
  manager: PackageManagerName
  version?: string
  bytes: number
  /** Why it is there or stays: the installed package that recommends, suggests or depends on it. */
  via?: string
  /** On a `replaced-later` hint: the version the hint's later row replaced (that row upgraded it from this one to `version`). */
  previousVersion?: string
  /** On a `runtime-extras` hint: which kind of extra the package is. */
  category?: RuntimeExtraCategory
}

/**
 * What a runtime image usually does not need (`runtime-extras`), each file counted in the
 * first category that takes it, in this order: packages (compilers and build tools, `-dev`
 * packages, the package manager, the shell) before paths (headers, static libraries, docs,
 * package indexes and caches).
 */
export type RuntimeExtraCategory =
  /** gcc*, g++*, cpp*, clang*, llvm*, binutils and its libraries, make, cmake, autotools, pkg-config. */
  | 'compiler'
  /** A `-dev` package (dpkg, apk). */
  | 'dev-package'
  /** dpkg, apt and libapt-pkg, apk-tools: the programs, not the database of what is installed. */
  | 'package-manager'
  /** bash, dash, busybox. */
  | 'shell'
  /** `usr/include`, `usr/local/include`. */
  | 'headers'
  /** `*.a` under a lib folder. */
  | 'static-library'
  /** `usr/share/doc`, `usr/share/man`, `usr/share/info` (and under usr/local/share). */
  | 'docs'
  /** apt's lists and caches, apk's cache, pip, npm, yarn and Go caches (the package-cache hint's paths). */
  | 'package-index'

/** Which package manager's cache a `package-cache` hint found. */
export type PackageCacheKind =
  'apt-lists' | 'apt-archives' | 'apk' | 'pip' | 'npm' | 'yarn' | 'go-build'

/** A finding of the file analysis: the bytes it would save and the rows involved. Data only; report/describe.ts says it in words. */
export interface FileHint {
  kind: FileHintKind
  /** Row indexes: [added, hidden] for the first three kinds, [row] for package-cache. */
  layers: number[]
  bytes: number
  /** Number of file copies behind `bytes`. */
  files: number
  /** For `package-cache`: whose cache. */
  cache?: PackageCacheKind
  /**
   * The hint in words, in the run's units (describeHint), written where the JSON report is
   * assembled. Renderers never read it: they describe from the fields above (a report
   * file may come from an older version, or from anyone).
   */
  message?: string
  /** True when the bytes are in the base image's layers: information, not something the Dockerfile did. */
  base?: boolean
  /** On a PR with a baseline that has the file analysis: the hint against the base's hint of the same kind on the paired rows (compare/finding-changes.ts). */
  change?: FindingChange
  /** A few of the paths concerned, largest first. */
  examples?: string[]
  /**
   * What the bytes are, part by part, largest first (ties by path). On a package-cache hint:
   * one part per cache (apt's `.deb` archives apart from its binary caches). On the other
   * kinds: the copies by folder (their first two path components, narrowed to the folder
   * they share), a cache apart from the rest (an npm cache beside pruned node_modules). At
   * most 10 parts: with more, the smallest are left out (`bytes` still counts them).
   */
  parts?: FileHintPart[]
  /**
   * Which builder made the row the fix goes in (the last of `layers`): `buildkit` when its
   * history comment says so (`buildkit.dockerfile.v0`), else `classic` (the classic builder,
   * or another that leaves no BuildKit mark). `COPY --chmod` needs BuildKit; `COPY --chown`
   * does not. Absent for a row no Dockerfile step made (an imported base).
   */
  builder?: 'classic' | 'buildkit'
  /** The packages the hint's bytes belong to, largest first, at most 10 (`packageCount` has them all). */
  packages?: HintPackage[]
  /** How many packages the hint's bytes belong to in all. */
  packageCount?: number
  /** On `deleted-later`/`replaced-later`: the hint's bytes that some package owns (each copy once; 0 included), when the image has package databases. */
  packageBytes?: number
  /**
   * On `deleted-later`/`replaced-later`: the hint's bytes that are package-manager bookkeeping
   * no package owns (dpkg's database and log, debconf's cache, apt's state and logs, the
   * ld.so cache), which every step that installs or removes packages rewrites.
   */
  bookkeepingBytes?: number
  /** On a `runtime-extras` hint: the bytes of the final filesystem (every visible file), what its share is of. */
  finalBytes?: number
  /** On a `runtime-extras` hint: the base image the final stage starts from, when its layers are known. */
  baseImage?: HintBaseImage
}

/** The base image as a hint names it: the Dockerfile's FROM when known, its rows, and their bytes. */
export interface HintBaseImage {
  /** The Dockerfile's FROM (the target stage's outside image), when the run read the Dockerfile. */
  ref?: string
  /** Its rows in `layers` (non-empty rows, base first). */
  layers: number[]
  /** The sum of those rows' sizeBytes. */
  bytes: number
}

/** Package-manager caches the file analysis knows by path. */
export type CacheKind =
  /** `/var/cache/apt/archives/*.deb`: the packages apt downloaded. */
  | 'apt-archives'
  /** `/var/cache/apt/pkgcache.bin`, `srcpkgcache.bin`: apt's binary caches of the package lists. */
  | 'apt-binary-cache'
  /** `/var/lib/apt/lists`: the package lists `apt-get update` fetched. */
  | 'apt-lists'
  | 'apk-cache'
  | 'pip-cache'
  | 'npm-cache'
  | 'yarn-cache'
  | 'go-build-cache'

/** One part of a hint's bytes. */
export interface FileHintPart {
  /** The folder the part's files are in (`/var/cache/apt/archives`, `/app/node_modules`), absolute. */
  path: string
  /** The cache these files are, when they are one (always on a package-cache hint's parts). */
  cache?: CacheKind
  bytes: number
  /** Number of file copies behind `bytes`. */
  files: number
  /** On a `runtime-extras` hint: the category the part's files are (one part per category). */
  category?: RuntimeExtraCategory
}

/** dive's own figures, computed dive's way (quirks included) for teams with `.dive-ci` thresholds. */
export interface DiveFigures {
  efficiency: number
  wastedBytes: number
  /** wastedBytes / userSizeBytes; null where dive gets NaN (a one-layer image: 0/0). */
  userWastedPercent: number | null
  /** Sum of tar entry sizes over all layers (dive's image size). */
  sizeBytes: number
  /** The same without the first layer. */
  userSizeBytes: number
  /** dive's "inefficient files": paths seen in two or more layers, largest first (at most 20). */
  inefficientFiles: { path: string; count: number; bytes: number }[]
}

export interface FilesAnalysis {
  /** Bytes of every file copy hidden in the final filesystem by a later layer, each counted once. */
  reclaimableBytes: number
  /** 1 − reclaimableBytes / sum of all layers' sizeBytes (1 for an empty image). */
  efficiency: number
  /** The largest hidden copies, largest first, at most 100. */
  items: FileItem[]
  /** How many hidden copies there are in all. */
  itemCount: number
  /** Largest first. */
  hints: FileHint[]
  dive: DiveFigures
  /** Per filesystem layer, the largest files it writes (at most 20, largest first): what a comparison pairs layers by when both sides have them. */
  layerPaths?: LayerPaths[]
  /** Per filesystem layer, where its bytes are: its files summed into at most 10 folders (src/analysis/folders.ts says how they are chosen); what a comparison says grew. */
  layerFolders?: LayerFolders[]
  /**
   * The packages the image's package databases name (dpkg, apk, npm, Python), with the exact
   * bytes of their files, largest first by the bytes they ship (`bytes + hiddenBytes`), at
   * most 200 (`REPORT_PACKAGES_LIMIT`). Absent when no layer wrote a package database.
   */
  packages?: PackageItem[]
  /** How many packages there are in all (`packages` holds the largest). */
  packageCount?: number
  /** Bytes of the final filesystem no installed package owns, per top-level folder, largest first, at most 50. */
  unpackaged?: UnpackagedFolder[]
  /** How many top-level folders hold unpackaged bytes in all. */
  unpackagedCount?: number
  /**
   * Bytes of the final filesystem no installed package owns, all top-level folders summed
   * (exact, whereas `unpackaged` keeps the largest folders). With no package database in the
   * image, every file is unpackaged; then it is measured only when a budget asks for it.
   */
  unpackagedBytes?: number
  /** The packages matching each `package:` rule of the budget the image was analyzed for, with their exact total (budget/rules/packages.ts judges it). */
  packageMatches?: PackageMatch[]
  /** What could not be read in the package databases (a file too big, a malformed record), a few sentences. */
  packageProblems?: string[]
}

export type PackageManagerName = 'dpkg' | 'apk' | 'npm' | 'python'

/** One package as the file analysis found it in the image's package databases. */
export interface PackageItem {
  name: string
  /** The last version the databases held (the removed one, for a package no longer installed). */
  version: string
  manager: PackageManagerName
  /** dpkg's architecture (`amd64`, `all`), when the database names one. */
  arch?: string
  /** Its files in the final filesystem: exact bytes as the layers hold them (0 once removed, unless files remain). */
  bytes: number
  files: number
  /** The `layers` row whose database first holds it. */
  addedIn: number
  /** Rows that installed another version of it. */
  changedIn?: number[]
  /** The row that removed it, when it is not installed in the final image. */
  removedIn?: number
  /** Bytes of it that still ship though the final filesystem does not show them (removed, or replaced by an upgrade). */
  hiddenBytes?: number
  /** Its bytes in each row that wrote some of its files (they ship with that layer whatever comes later). */
  layers: { layer: number; bytes: number; files: number }[]
}

/**
 * The packages one pattern of a budget's `package:` rule matches, summed over ALL of the
 * image's packages (not only the `packages` the report keeps): what they ship.
 */
export interface PackageMatch {
  /** The rule's pattern as written (`gcc*`, `npm:left-pad`). */
  pattern: string
  /** Bytes the matching packages ship: `bytes + hiddenBytes` of each, summed. */
  bytes: number
  /**
   * Of `bytes`, those in the base image's layers: shown beside the rule, not judged by it
   * (as base layers are not failed by per-layer limits). Absent in older reports: 0.
   */
  baseBytes?: number
  /** How many packages match. */
  count: number
  /** The largest matching packages by the bytes they ship, at most 5. */
  packages: ShippedPackage[]
}

/** A package with the bytes it ships and the rows that ship them. */
export interface ShippedPackage {
  name: string
  manager: PackageManagerName
  arch?: string
  version?: string
  /** Bytes it ships: in the final filesystem and hidden by a later layer (removed, upgraded). */
  bytes: number
  /** The `layers` rows that hold its files, largest share first. */
  layers: number[]
}

/** Unpackaged bytes under one top-level folder. */
export interface UnpackagedFolder {
  /** Top-level folder (`usr`, `app`), or a file's own name at the root. */
  top: string
  bytes: number
  files: number
}

/** The largest files one layer writes. */
export interface LayerPaths {
  /** The `layers` row. */
  layer: number
  /** Absolute paths with their sizes in bytes, largest first. */
  paths: { path: string; bytes: number }[]
}

/** Where one layer's bytes are: the regular files it writes, summed into a few folders that do not overlap. */
export interface LayerFolders {
  /** The `layers` row. */
  layer: number
  /** Largest first, at most 10; a path may be a file, where a file is a top-level entry. */
  folders: { path: string; bytes: number; files: number }[]
  /** Bytes and files of the layer in no folder listed (past the cap). */
  restBytes?: number
  restFiles?: number
}

/** A layer as other parts of the report name it. */
export interface LayerRef {
  index: number
  instruction: string
  createdBy: string
}

export type ViolationRule =
  | 'total'
  | 'layer'
  | 'layers'
  | 'rule'
  | 'growth'
  | 'reclaimable'
  | 'efficiency'
  | 'compressed'
  | 'dive'
  /** A `package:` rule of the budget: the bytes the packages it matches ship. */
  | 'package'
  /** The budget's `unpackaged:` limit: bytes of the final filesystem no package owns. */
  | 'unpackaged'

/** One broken budget: numbers, indexes and kinds. report/describe.ts says it in words. */
export interface Violation {
  /** The image's name in the budget file (or its ref when there is no budget file). */
  image: string
  rule: ViolationRule
  layer?: LayerRef
  /** For `layers` (a count), limitBytes/actualBytes hold counts; for `efficiency` and `dive` (but highestWastedBytes), ratios. */
  limitBytes: number
  actualBytes: number
  /**
   * The violation in words, with what to do, in the run's units (describeViolation),
   * written where the JSON report is assembled. Renderers never read it: they describe
   * from the data (a report file may come from an older version, or from anyone).
   */
  message?: string
  /** Which limit of a rule family was broken, when the rule has several (e.g. growth: "total" | "percent" | "layer"). */
  detail?: string
  /** The budget rule's own text: for `rule` its `match`, for `package` its pattern. */
  match?: string
  /** For `package`: the largest matching packages with the bytes and rows that ship them (at most 5); for `unpackaged`, none. */
  packages?: ShippedPackage[]
  /** For `package`: how many packages match in all. */
  packageCount?: number
  /** For `unpackaged`: the largest top-level folders of unpackaged bytes (at most 3). */
  folders?: UnpackagedFolder[]
  /** For growth `percent`: the limit, in percent of the baseline's total (5 for 5%). */
  limitPercent?: number
  /** For growth `percent`: the growth, in percent of the baseline's total. */
  actualPercent?: number
  /** Against the baseline, when there is one and the budget could judge it: the same rule broken on the paired layer (compare/finding-changes.ts). */
  change?: FindingChange
}

/**
 * A finding against the baseline: `new` (the base did not have it), `worse` or `better`
 * (it had it, with fewer or more bytes; for efficiency, a higher or lower ratio),
 * `unchanged` (the same figure, within the comparison's min-change floor).
 */
export type FindingChange = 'new' | 'worse' | 'better' | 'unchanged'

/**
 * One budget rule as evaluated, failing or not (budget/evaluate.ts): `check` shows every
 * one. `limit` and `actual` are in the rule's unit, as a Violation's limitBytes/actualBytes:
 * bytes, a count for `layers`, a ratio (0…1) for `efficiency`, percent for growth
 * `percent`, dive's own figures for `dive`. A per-layer rule is one check: its `actual`
 * and `layer` are the largest layer it judged, `failed` how many layers broke it.
 */
export interface BudgetCheck {
  rule: ViolationRule
  /** Which limit of a rule family (as Violation.detail): growth total/percent/layer, compressed total/layer, dive's rule. */
  detail?: string
  /** For `rule`: the budget rule's match; for `package`: its pattern. */
  match?: string
  /**
   * Why a `package` or `unpackaged` check reads 0: `no-package-matches` (the pattern matches
   * no package of the image), `no-package-database` (the image has no package database, so no
   * package is installed: a `package` rule passes with 0 bytes).
   */
  note?: 'no-package-matches' | 'no-package-database'
  limit: number
  actual: number
  pass: boolean
  layer?: LayerRef
  /** Per-layer rules: how many layers the rule judged and how many broke it. */
  layers?: number
  failed?: number
  /** The check is on the base image's layers (budget `base:` limits, or the image's per-layer limits shown for them). */
  base?: boolean
  /** True when the check is shown and never fails the image: base image layers held to the per-layer limits without `base:` limits of their own. */
  advisory?: boolean
}

export type LayerChangeStatus =
  'added' | 'removed' | 'grew' | 'shrank' | 'unchanged'

export interface LayerSide {
  index: number
  instruction: string
  createdBy: string
  sizeBytes: number
  /** The Dockerfile line that made the row, where the action knows the Dockerfile (head rows only). */
  dockerfileLine?: number
}

/** What a pair of base and head rows was matched by (README "How layers are paired"), strongest first. */
export type LayerPairedBy = 'digest' | 'content' | 'paths' | 'text' | 'moved'

/** One aligned pair of base and head rows (issue: baseline comparison). */
export interface LayerChange {
  status: LayerChangeStatus
  /** The base row; for a merge, the first of `mergedBase`. */
  base: LayerSide | null
  /** The head row; for a split, the first of `splitHead`. */
  head: LayerSide | null
  /** head − base in bytes (for a merge or split, of all the rows named), exact even when below the min-change floor. */
  deltaBytes: number
  /** Why base and head pair: the same diff_id, the same content (COPY sha or sources), the same paths, alike text, or alike text after a move. Absent on added/removed rows and on the aggregated FROM entry. */
  pairedBy?: LayerPairedBy
  /** How strongly the evidence ties the pair, 0…1 (1: same bytes, content or text). */
  score?: number
  /** Two or more base rows that became the one head row (a merge), in base order; `base` is the first. */
  mergedBase?: LayerSide[]
  /** Two or more head rows that the one base row became (a split), in head order; `head` is the first. */
  splitHead?: LayerSide[]
  /** The packages these rows wrote that changed, when both reports have a package attribution (`files.packages`). */
  packages?: PackageDeltas
  /** The folders that grew or shrank in these rows, largest |delta| first, at most 10, when both reports have `files.layerFolders` (or the one side of an added or removed step does). */
  paths?: PathChange[]
}

/** One folder's change between paired rows: its bytes in the head rows minus those in the base rows. */
export interface PathChange {
  /** Absolute; the shallower folder where the two sides' roll-ups overlap. */
  path: string
  deltaBytes: number
}

/** One package's change between paired rows. */
export interface PackageChange {
  name: string
  manager: PackageManagerName
  /** The head's version (the base's, for a removed package). */
  version: string
  /** For an upgrade: the base's version. */
  previousVersion?: string
  /** Its bytes in the head rows minus its bytes in the base rows. */
  deltaBytes: number
}

/** Package changes between paired rows: each list largest |delta| first, at most 20 (`counts` has them all). */
export interface PackageDeltas {
  added: PackageChange[]
  removed: PackageChange[]
  /** In both, in another version (old → new). */
  upgraded: PackageChange[]
  counts: { added: number; removed: number; upgraded: number }
  /** The sum of every change's deltaBytes, those left out of the lists included. */
  deltaBytes: number
}

/** `compare`'s JSON, and the `comparison` of an image result. */
export interface Comparison {
  schemaVersion: 1
  base: { ref: string; totalBytes: number }
  head: { ref: string; totalBytes: number }
  totalDeltaBytes: number
  /** In head order, removed rows where they were. */
  layers: LayerChange[]
  /** The floor below which a change counts as unchanged for flags and comments. */
  minChangeBytes: number
  /** 'compressed' when the sizes compared are pull sizes (a registry side); absent: uncompressed bytes. */
  measure?: 'compressed'
}

export type Status = 'pass' | 'fail'

/** The limits that apply to an image, in bytes, for headlines ("✅ within 250 MB"). */
export interface AppliedBudget {
  totalBytes?: number
  layerBytes?: number
  layers?: number
}

/**
 * One image's full result: its layer report plus what budgets and the baseline say.
 * The action's report file and `check --json` hold these, so it stays a superset of ImageReport.
 */
export interface ImageResult extends ImageReport {
  /** The name in the budget file (`images.<name>`), or the ref when there is none. */
  name: string
  status: Status
  violations: Violation[]
  budget?: AppliedBudget
  /** Every budget rule evaluated, passing or failing, in the order the rules run. */
  checks?: BudgetCheck[]
  /** Why the hints carry no `change` mark although there is a baseline: it has no file analysis. */
  hintsUnmarked?: 'baseline-without-files'
  /** null when there is no baseline; then `baselineNote` says why. */
  comparison?: Comparison | null
  baselineNote?: string
  /** Where the baseline came from, when there is one (and the fallbacks taken on the way). */
  baselineFrom?: BaselineFrom
}

/** How a baseline was found: the comment's "baseline: main @ abc1234, 3 commits before the merge-base". */
export interface BaselineFrom {
  /** artifact: the report a run of this workflow uploaded for a base-branch commit; report: baseline-report; image: baseline-image; build: built at the merge-base. */
  kind: 'artifact' | 'report' | 'image' | 'build'
  /** The commit the baseline measured (40 hex digits), when known. */
  commit?: string
  /** The PR's base branch. */
  branch?: string
  /** For an artifact: how many first-parent commits before the merge-base its commit is (0: the merge-base itself). */
  commitsBeforeMergeBase?: number
  /** For an artifact: the workflow run that uploaded it. */
  runId?: number
  /** The image ref or report file, for `image` and `report`. */
  ref?: string
  /** One line per baseline tried first and passed over, saying why. */
  fallbacks?: string[]
}

/** What made a report: a push run's report file says so, so a PR run can tell it is the base branch's report for the same workflow and key. */
export interface ReportOrigin {
  /** The commit measured (GITHUB_SHA). */
  commitSha: string
  /** The branch or tag (GITHUB_REF_NAME). */
  ref?: string
  event?: string
  /** The workflow's name (GITHUB_WORKFLOW). */
  workflow?: string
  /** The workflow file's ref (GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/x.yml@refs/heads/main). */
  workflowRef?: string
  /** The comment key, derived from the workflow and the budget file unless given. */
  key: string
  budgetFile?: string
  runId?: number
}

/** Several images evaluated together (a budget file, a monorepo): `check --json` and the merged report of `mode: comment`. */
export interface RunReport {
  schemaVersion: 1
  status: Status
  /** Every violation of every image, each naming its image. */
  violations: Violation[]
  images: ImageResult[]
  units?: Units
  /** Which run made this report (the action's report file). */
  origin?: ReportOrigin
}
