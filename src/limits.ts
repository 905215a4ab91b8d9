// Every cap and timeout that bounds what hostile or broken input can cost, by concern, in
// one place. The README's "Limits" section lists each of them; change both together.

const KiB = 1024
const MiB = 1024 * KiB

// --- JSON documents: image manifests, indexes and configs, from an archive or a registry ---

/**
 * The most bytes one JSON document may have. Registries refuse manifests over 4 MB
 * (distribution, Pulp, ORAS use that figure), and real image configs are tens of kB: a
 * history of a thousand steps is still under 1 MiB. Larger is refused before it is read
 * whole, with a message naming the document.
 */
export const JSON_DOCUMENT_LIMIT = 4 * MiB

/**
 * An archive read as a stream (compressed, or `docker save`) keeps every member that may be
 * JSON until the manifest, written last, says which it needs: at most this much in all.
 * Members past it are skipped and reported only if the manifest asks for one of them.
 */
export const STREAM_KEPT_LIMIT = 64 * MiB

/** A streamed member that is neither JSON nor a layer is kept when at most this big (a `VERSION` or `repositories` file). */
export const SMALL_MEMBER_LIMIT = 1 * MiB

// --- Registries ---

/** One request to a registry or its token server, from sending it to the last byte of a manifest, config or token. */
export const REGISTRY_REQUEST_TIMEOUT_MS = 30_000

/**
 * Everything one image read asks of a registry besides layer blobs (token, manifests,
 * config), retries and waits included. A request that timed out is not retried: a registry
 * that hangs once hangs again, and the wait is already the request's full 30 s.
 */
export const REGISTRY_OPERATION_TIMEOUT_MS = 60_000

/** Retries after the first attempt, for 429, 5xx and dropped connections (within the operation's time). */
export const REGISTRY_RETRIES = 4

/** First wait before a retry; it doubles per retry. */
export const REGISTRY_BACKOFF_MS = 500

/** The longest Retry-After honoured; a longer one is cut to it. */
export const REGISTRY_MAX_RETRY_AFTER_MS = 30_000

/** A layer blob (`--uncompressed`): its headers within the request timeout, then no gap between bytes longer than this… */
export const REGISTRY_BLOB_IDLE_TIMEOUT_MS = 30_000

/** …and the whole blob within this. */
export const REGISTRY_BLOB_TIMEOUT_MS = 30 * 60_000

/** A docker credential helper (`docker-credential-<name> get`) that has not answered by then is stopped, and the read goes on without it. */
export const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000

/** The most of an error answer's body read for its message (the rest is dropped unread). */
export const REGISTRY_ERROR_BODY_LIMIT = 64 * KiB

// --- Budget files ---

/** A budget file bigger than this is refused before it is parsed (real ones are a few kB; this bounds the parser's memory). */
export const BUDGET_FILE_LIMIT = 16 * MiB

/** Characters of a rule's `/regex/` (real ones are tens). Rules run on RE2, in time linear in the instruction. */
export const RULE_PATTERN_LIMIT = 1_000

/** YAML aliases expanded in a budget file, at most (the `yaml` package's guard against alias bombs). */
export const BUDGET_ALIAS_LIMIT = 100

/** Problems listed for one budget file; the rest are counted. */
export const BUDGET_PROBLEMS_SHOWN = 20

// --- JSON reports: a baseline report, the report files of `mode: comment`, a base branch's report ---

/** A report file bigger than this is refused before it is read (a real one of 100 images with file analyses is under 2 MiB). */
export const REPORT_FILE_LIMIT = 8 * MiB

/** Report files one `report` glob of `mode: comment` may match. */
export const REPORT_FILES_LIMIT = 100

/** Images in one report (or in the report files of one comment, together). */
export const REPORT_IMAGES_LIMIT = 100

/** Layer rows of one image, and so the highest layer index a report may name. */
export const REPORT_LAYERS_LIMIT = 1_000

/** Violations in one image result or run report. */
export const REPORT_VIOLATIONS_LIMIT = 10_000

/** Warnings of one image. */
export const REPORT_WARNINGS_LIMIT = 100

/** File hints of one image. */
export const REPORT_HINTS_LIMIT = 100

/** Hidden file copies listed in one image's file analysis. */
export const REPORT_FILE_ITEMS_LIMIT = 1_000

/** Characters of one instruction (`createdBy`): a Dockerfile line can be long; 64 KiB is far beyond any real one. */
export const REPORT_INSTRUCTION_CHARACTERS = 65_536

/** Characters of a message, a path, a warning in a report. */
export const REPORT_TEXT_CHARACTERS = 4_096

/** Characters of an image's name or ref, a branch, a workflow, a comment key in a report. */
export const REPORT_NAME_CHARACTERS = 512

// --- Package databases (src/analysis/packages), kept by the layer readers ---

/**
 * The most bytes of one database file read. Real dpkg status files are a few MB even for
 * images with thousands of packages (Ubuntu desktop: ~5 MB), a big apk installed db is
 * under 10 MB; a larger file is skipped as a problem.
 */
export const PACKAGE_DATABASE_FILE_LIMIT = 64 * MiB
/**
 * The most database bytes read for one image, all layers together: what bounds the memory of
 * the parsed paths (a real image's databases are tens of MB at most; npm projects with
 * thousands of packages add a few MB of package.json). Past it, files count as not read.
 */
export const PACKAGE_DATABASES_TOTAL_LIMIT = 256 * MiB
/** Records (stanzas) read from one database file; the rest are counted in a problem. */
export const PACKAGE_RECORDS_LIMIT = 200_000
/** Characters of one field value kept (a `Description` can be long; names and versions are short). */
export const PACKAGE_FIELD_CHARACTERS = 64 * KiB
/** Problems kept per parse; the rest are counted. */
export const PACKAGE_PROBLEMS_LIMIT = 20

/** Packages listed in one image's `files.packages`, largest first; the rest are counted. */
export const REPORT_PACKAGES_LIMIT = 200

/** Top-level folders listed in `files.packages.unpackaged`, largest first; the rest are counted. */
export const REPORT_UNPACKAGED_LIMIT = 50

// --- Messages ---

/** Characters of a value from the input (a size, a key, a pattern, a server's words) quoted in a message. */
export const EXCERPT_CHARACTERS = 80

/** Characters of one line of an error or warning, and lines of one message, at most. */
export const MESSAGE_LINE_CHARACTERS = 1_000
export const MESSAGE_LINES = 40
