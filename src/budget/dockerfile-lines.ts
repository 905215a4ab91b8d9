// Maps layer rows back to the Dockerfile lines that made them, so a violation can be
// annotated where the PR changed it. Pure: Dockerfile text and rows in, line numbers out.
//
// The Dockerfile is split into instructions (backslash continuations, comment lines
// inside them, heredocs, the `# escape=` directive); only the final stage counts (or the
// `--target` stage), because only its steps are layers of the image. Variables from ARG
// (with build args) and ENV are expanded as the builder does. Rows and instructions are
// matched from the end backwards: the image's last rows are the stage's last steps, and
// the rows of the base image (which no instruction here made) are what is left at the top.

import type { Comparison, LayerRow, LayerSide } from '../model/report.js'

export interface DockerfileInstruction {
  keyword: string
  /** The arguments, continuation lines joined, heredoc bodies left out. */
  args: string
  /** 1-based line of the keyword. */
  line: number
}

export function parseDockerfile(text: string): DockerfileInstruction[] {
  const lines = text.split(/\r?\n/)
  const escape = /^#\s*escape\s*=\s*(`)/i.test(lines[0] ?? '') ? '`' : '\\'
  const out: DockerfileInstruction[] = []
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].trim()
    if (first === '' || first.startsWith('#')) continue
    const start = i
    let joined = ''
    let current = lines[i]
    for (;;) {
      const trimmed = current.replace(/\s+$/, '')
      if (trimmed.endsWith(escape) && i + 1 < lines.length) {
        joined += trimmed.slice(0, -1) + ' '
        i++
        // Comment and blank lines inside a continuation are dropped by the builder.
        while (
          i < lines.length &&
          (/^\s*#/.test(lines[i]) || lines[i].trim() === '')
        )
          i++
        current = lines[i] ?? ''
        continue
      }
      joined += trimmed
      break
    }
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(joined)
    if (!match) continue
    const keyword = match[1].toUpperCase()
    let args = match[2].trim()
    // Heredocs (`RUN <<EOF` … `EOF`): skip the body lines; BuildKit records the body in the command.
    for (const heredoc of args.matchAll(
      /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g
    )) {
      const terminator = heredoc[1]
      const body: string[] = []
      while (i + 1 < lines.length && lines[i + 1].trim() !== terminator)
        body.push(lines[++i])
      i++
      args += `\n${body.join('\n')}`
    }
    out.push({ keyword, args, line: start + 1 })
  }
  return out
}

/** The instructions of the stage that becomes the image: `target`'s, else the last. */
export function finalStage(
  instructions: DockerfileInstruction[],
  target?: string
): DockerfileInstruction[] {
  const stages: DockerfileInstruction[][] = []
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM' || stages.length === 0) stages.push([])
    stages[stages.length - 1].push(instruction)
  }
  if (target) {
    const named = stages.find(
      (stage) =>
        stage[0]?.keyword === 'FROM' &&
        new RegExp(
          `\\s+AS\\s+${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`,
          'i'
        ).test(stage[0].args)
    )
    if (named) return named
  }
  return stages[stages.length - 1] ?? []
}

function expand(text: string, vars: Map<string, string>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced, op, word, plain) => {
      const name = braced ?? plain
      const value = vars.get(name)
      if (op === '-') return value ? value : word
      if (op === '+') return value ? word : ''
      return value ?? whole
    }
  )
}

/** Exec form `["sh","-c","x"]` is recorded as its argv joined with spaces. */
function commandText(args: string): string {
  if (args.startsWith('[')) {
    try {
      const argv = JSON.parse(args) as unknown
      if (Array.isArray(argv) && argv.every((a) => typeof a === 'string'))
        return argv.join(' ')
    } catch {
      // not JSON: shell form that starts with a bracket
    }
  }
  return args
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The flags (`--from=…`, `--chmod=…`) off a COPY/ADD, and its destination: the last argument. */
function destination(args: string): string {
  const words = commandText(args)
    .split(/\s+/)
    .filter((word) => !word.startsWith('--'))
  return words[words.length - 1] ?? ''
}

function sameStep(
  row: LayerRow,
  instruction: DockerfileInstruction,
  vars: Map<string, string>
): boolean {
  if (row.instruction !== instruction.keyword) return false
  const body = row.createdBy.slice(row.instruction.length).trim()
  const args = expand(instruction.args, vars)
  if (row.instruction === 'COPY' || row.instruction === 'ADD') {
    // The classic builder records `COPY file:<sha> in /dst`, BuildKit `COPY src /dst`: compare destinations.
    const recorded = body.replace(/^.* in /, '')
    return (
      normalize(recorded) === normalize(destination(args)) ||
      normalize(body) === normalize(commandText(args))
    )
  }
  return (
    normalize(body) === normalize(commandText(args)) ||
    normalize(body) === normalize(args)
  )
}

/**
 * The Dockerfile line of each layer row that the final stage made (index → line). Rows
 * are matched from the end; a row that matches no instruction by text takes the nearest
 * earlier instruction of the same keyword only while the order agrees.
 */
export function layerLines(
  dockerfile: string,
  rows: LayerRow[],
  options: { target?: string; buildArgs?: Record<string, string> } = {}
): Map<number, number> {
  const stage = finalStage(parseDockerfile(dockerfile), options.target)
  const vars = new Map<string, string>()
  for (const instruction of stage) {
    if (instruction.keyword === 'ARG') {
      const [name, value] = instruction.args.split('=', 2)
      const key = name.trim()
      const given = options.buildArgs?.[key]
      if (given !== undefined) vars.set(key, given)
      else if (value !== undefined)
        vars.set(key, value.replace(/^["']|["']$/g, ''))
    } else if (instruction.keyword === 'ENV') {
      for (const pair of instruction.args.matchAll(
        /([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g
      ))
        vars.set(pair[1], pair[2].replace(/^["']|["']$/g, ''))
    }
  }
  const steps = stage.filter((instruction) => instruction.keyword !== 'FROM')
  const lines = new Map<number, number>()
  let cursor = steps.length - 1
  for (let r = rows.length - 1; r >= 0 && cursor >= 0; r--) {
    const row = rows[r]
    if (!row.instruction) break // an imported base layer: the stage's steps are all behind us
    let found = -1
    for (let i = cursor; i >= 0; i--) {
      if (sameStep(row, steps[i], vars)) {
        found = i
        break
      }
    }
    if (found < 0 && steps[cursor].keyword === row.instruction) found = cursor
    if (found < 0) continue
    lines.set(row.index, steps[found].line)
    cursor = found - 1
  }
  return lines
}

/**
 * The image with each row's Dockerfile line (`lines`, from layerLines) written on its rows
 * and on the head side of its comparison, so every report names the layer
 * `L3 · Dockerfile:12`.
 */
export function withDockerfileLines<
  T extends {
    layers: LayerRow[]
    comparison?: Comparison | null
  }
>(image: T, lines: Map<number, number>): T {
  if (lines.size === 0) return image
  const withLine = <R extends { index: number }>(row: R): R => {
    const line = lines.get(row.index)
    return line === undefined ? row : { ...row, dockerfileLine: line }
  }
  const sides = (rows: LayerSide[] | undefined) => rows?.map(withLine)
  const comparison = image.comparison
  return {
    ...image,
    layers: image.layers.map(withLine),
    ...(comparison
      ? {
          comparison: {
            ...comparison,
            layers: comparison.layers.map((change) => ({
              ...change,
              head: change.head ? withLine(change.head) : null,
              ...(change.splitHead
                ? { splitHead: sides(change.splitHead) }
                : {})
            }))
          }
        }
      : {})
  }
}
