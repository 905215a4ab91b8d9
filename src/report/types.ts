// The JSON report (schemaVersion 1): the one result object that every source yields
// and every renderer reads. Fields are added by later features, never renamed.
// Sizes are integers of bytes in names ending `Bytes`.

export type ImageSourceKind = 'docker' | 'archive' | 'registry' | 'report';

export interface LayerRow {
  /** Position in `layers`, base first. Other parts of the report refer to layers by it. */
  index: number;
  /** The Dockerfile keyword that made the row (RUN, COPY, ADD, WORKDIR, ENV, …); '' for an imported base. */
  instruction: string;
  /** The step as the Dockerfile line reads, e.g. `RUN mkdir -p /opt/build-deps && …`. */
  createdBy: string;
  sizeBytes: number;
  /** True for a history row that made no filesystem layer (ENV, CMD, …). Rows with `empty: false` are one-to-one with the image's layers. */
  empty: boolean;
  /** Build arguments in scope for a RUN (`|N A=1 B=2` prefix), when the builder recorded them. */
  buildArgs?: Record<string, string>;
  /** The history row's image ID when the engine knows it (`<missing>` rows have none). */
  id?: string;
  createdAt?: string;
  /** The history entry's comment (`buildkit.dockerfile.v0`, `Imported from -`, …) when there is one. */
  comment?: string;
  /** The layer's diff_id (uncompressed digest), for non-empty rows. */
  diffId?: string;
}

export interface ImageReport {
  schemaVersion: 1;
  image: {
    ref: string;
    id: string;
    source: ImageSourceKind;
    /** `os/arch[/variant]` from the image config. */
    platform?: string;
  };
  totalBytes: number;
  layers: LayerRow[];
  /** Things the reader could not decide exactly (e.g. which history rows made layers). */
  warnings: string[];
}
