// Image references as the docker CLI reads them (distribution/reference normalize.go):
// `alpine` → registry-1.docker.io/library/alpine:latest, `host:5000/team/app:pr-1`,
// `ghcr.io/org/app@sha256:…`. Also decides which hosts may be spoken to over plain HTTP.

import { isIP } from 'node:net'
import { InputError } from '../../errors.js'
import { quote } from '../../messages.js'

export interface RegistryRef {
  /** The host[:port] the API is spoken to (Docker Hub's is registry-1.docker.io). */
  registry: string
  /** `library/alpine`, `org/app`. */
  repository: string
  tag?: string
  /** `sha256:<hex>` when the ref pins one. */
  digest?: string
  /** The ref as given, for messages. */
  text: string
}

export const DOCKER_HUB_API = 'registry-1.docker.io'
/** The key `docker login` writes for Docker Hub in config.json and asks credential helpers for. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/'

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/

export function parseRegistryRef(text: string): RegistryRef {
  const input = text.trim()
  const bad = (why: string) =>
    new InputError({
      input: text,
      problem: `${quote(text)} is not an image reference (${why}).`,
      fix: 'Use e.g. "ghcr.io/org/app:tag", "alpine" or "host:5000/app@sha256:…".'
    })
  if (!input) throw bad('it is empty')
  let rest = input
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest))
      throw bad(`the digest "${digest}" is not sha256:<64 hex digits>`)
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag))
      throw bad(`the tag "${tag}" has characters a tag cannot have`)
  }
  const parts = rest.split('/')
  let registry = 'docker.io'
  // The first component names a registry when it looks like a host (docker's rule: a dot, a port, or localhost).
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
    registry = parts.shift() as string
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    registry = DOCKER_HUB_API
    if (parts.length === 1) parts.unshift('library')
  }
  for (const part of parts) {
    if (!COMPONENT.test(part))
      throw bad(
        `the path component "${part}" must be lowercase letters, digits and separators`
      )
  }
  if (!digest && !tag) tag = 'latest'
  return {
    registry,
    repository: parts.join('/'),
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    text: input
  }
}

/** `host/repo:tag@digest`, with Docker Hub spelled docker.io as people write it. */
export function formatRegistryRef(ref: RegistryRef): string {
  const host = ref.registry === DOCKER_HUB_API ? 'docker.io' : ref.registry
  return `${host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`
}

/** The hostname without port or brackets: `[::1]:5000` → `::1`. */
export function hostname(registry: string): string {
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(registry)
  if (bracket) return bracket[1]
  return registry.replace(/:\d+$/, '')
}

/** 127.0.0.0/8, ::1 and localhost: where plain HTTP cannot be intercepted off the machine. */
export function isLoopback(registry: string): boolean {
  const host = hostname(registry).toLowerCase()
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1'
  return false
}

/**
 * Registries the user allows plain HTTP for: `--insecure-registry` values plus
 * IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES (comma-separated host[:port]).
 */
export function insecureRegistries(
  flags: string[] = [],
  env: NodeJS.ProcessEnv = process.env
): Set<string> {
  const fromEnv = (env.IMAGE_SIZE_BUDGET_INSECURE_REGISTRIES ?? '').split(',')
  return new Set(
    [...flags, ...fromEnv]
      .map((h) =>
        h
          .trim()
          .replace(/^https?:\/\//, '')
          .replace(/\/+$/, '')
          .toLowerCase()
      )
      .filter(Boolean)
  )
}

/** `http` for loopback and registries marked insecure, `https` for everything else. */
export function schemeFor(
  registry: string,
  insecure: Set<string>
): 'http' | 'https' {
  const host = registry.toLowerCase()
  return isLoopback(host) || insecure.has(host) || insecure.has(hostname(host))
    ? 'http'
    : 'https'
}
