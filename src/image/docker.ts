// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.

import * as exec from '@actions/exec';
import { spawn } from 'node:child_process';
import { log } from '../log.js';

export interface DockerResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
export function dockerBinary(): string {
  return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker';
}

export class DockerCommandError extends Error {
  override name = 'DockerCommandError';
  constructor(
    readonly args: string[],
    readonly result: DockerResult | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Runs docker and returns its output; throws DockerCommandError on a non-zero exit or when docker cannot be started. */
export async function docker(args: string[], options: { stream?: boolean; input?: Buffer } = {}): Promise<DockerResult> {
  const bin = dockerBinary();
  log.debug(`exec: ${bin} ${args.join(' ')}`);
  let result: DockerResult;
  try {
    result = await exec.getExecOutput(bin, args, {
      ignoreReturnCode: true,
      silent: !options.stream,
      input: options.input,
      // The build log streams to stderr so that stdout stays clean for --json.
      outStream: options.stream ? process.stderr : undefined,
      errStream: options.stream ? process.stderr : undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DockerCommandError(args, undefined, `could not run ${bin}: ${message}. Install the Docker CLI or put it on PATH.`);
  }
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim() || result.stdout.trim() || `exit code ${result.exitCode}`;
    throw new DockerCommandError(args, result, stderr);
  }
  return result;
}

/** True when the error says the daemon is unreachable (no engine running, wrong DOCKER_HOST). */
export function isNoEngine(error: unknown): boolean {
  return (
    error instanceof DockerCommandError &&
    /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|could not run/i.test(error.message)
  );
}

export interface StreamedResult {
  exitCode: number;
  stderr: string;
  /** What `consume` threw, if it did (docker was then stopped). */
  consumeError?: unknown;
}

/**
 * Runs docker with its stdout handed to `consume` chunk by chunk, for output too large to
 * hold (`docker save`); when `consume` returns a promise, reading pauses until it settles.
 * Resolves with docker's exit code and stderr; rejects only when docker cannot be started.
 */
export async function streamDocker(args: string[], consume: (chunk: Buffer) => void | Promise<void>): Promise<StreamedResult> {
  const bin = dockerBinary();
  log.debug(`exec: ${bin} ${args.join(' ')}`);
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 16_384) stderr += text;
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  let consumeError: unknown;
  const read = (async () => {
    try {
      for await (const chunk of child.stdout) {
        const pending = consume(chunk as Buffer);
        if (pending) await pending;
      }
    } catch (error) {
      consumeError = error ?? new Error('consume failed');
      child.stdout.destroy();
      child.kill();
    }
  })();
  let exitCode: number;
  try {
    [exitCode] = await Promise.all([exited, read]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DockerCommandError(args, undefined, `could not run ${bin}: ${message}. Install the Docker CLI or put it on PATH.`);
  }
  return { exitCode, stderr, ...(consumeError !== undefined ? { consumeError } : {}) };
}
