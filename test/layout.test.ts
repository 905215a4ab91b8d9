// The pipeline runs one way (README "Layout"): a folder of src/ imports only from the folders
// listed before it and from the root files (src/*.ts), which import no folder. The order is
// read from the README, so the README and the code cannot drift apart. The pure stages (the
// layer model, the analysis, the comparison) do no I/O: at run time they reach no node:
// module and no folder that reads images, runs git or calls GitHub, not even through what
// they import (a type import is erased, and allowed).

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

interface Import {
  /** The importing file, repo-relative. */
  file: string
  specifier: string
  /** The imported file, repo-relative, for a relative specifier. */
  target?: string
  /** `import type`, `export type`, or every named binding a `type` one: erased at run time. */
  typeOnly: boolean
  /** `import('…')`: loaded when called. */
  dynamic: boolean
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

function typeOnlyBindings(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** Every static import, re-export and dynamic `import()` of a file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Import[] = []
  const add = (specifier: string, typeOnly: boolean, dynamic = false) =>
    found.push({
      file,
      specifier,
      typeOnly,
      dynamic,
      ...(specifier.startsWith('.')
        ? { target: path.join(path.dirname(file), specifier) }
        : {})
    })
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      add(node.moduleSpecifier.text, typeOnlyBindings(node.importClause))
    else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause
      add(
        node.moduleSpecifier.text,
        node.isTypeOnly ||
          (clause !== undefined &&
            ts.isNamedExports(clause) &&
            clause.elements.length > 0 &&
            clause.elements.every((element) => element.isTypeOnly))
      )
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    )
      add(node.arguments[0].text, false, true)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The folder of src/ a repo-relative path is in; undefined for a root file (src/x.ts). */
function folderOf(file: string): string | undefined {
  const parts = file.split('/')
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined
}

/** The folders in the README's Layout block, in order: the lines `src/<folder>  …`. */
function pipelineOrder(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('## Layout')
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
  return [...section.matchAll(/^src\/([a-z-]+)\s/gm)].map((match) => match[1])
}

// Stages that compute and do not fetch, and the folders whose work is I/O (reading images,
// running git, calling GitHub, the front ends).
const PURE = ['model', 'analysis', 'compare']
const IO_FOLDERS = ['image', 'baseline', 'github', 'check', 'cli', 'action']

const order = pipelineOrder()
const imports = sourceFiles('src').flatMap(importsOf)
const local = imports.filter((entry) => entry.target !== undefined)

/** A folder's import of a folder listed after it (root files are judged apart). */
function against(entry: Pick<Import, 'file' | 'target'>): boolean {
  const from = folderOf(entry.file)
  const to = entry.target === undefined ? undefined : folderOf(entry.target)
  if (from === undefined || to === undefined || from === to) return false
  return order.indexOf(to) > order.indexOf(from)
}

const runtime = new Map<string, Import[]>()
for (const entry of imports)
  if (!entry.typeOnly)
    runtime.set(entry.file, [...(runtime.get(entry.file) ?? []), entry])

/**
 * Why a file does I/O, following its run-time imports: the chain to a node: module or to a
 * file of an I/O folder; undefined when there is none.
 */
function ioChain(file: string, seen = new Set<string>()): string[] | undefined {
  if (seen.has(file)) return undefined
  seen.add(file)
  if (IO_FOLDERS.includes(folderOf(file) ?? '')) return [file]
  for (const entry of runtime.get(file) ?? []) {
    if (entry.target === undefined) {
      if (entry.specifier.startsWith('node:')) return [file, entry.specifier]
      continue
    }
    const chain = ioChain(entry.target.replace(/\.js$/, '.ts'), seen)
    if (chain) return [file, ...chain]
  }
  return undefined
}

const edge = (entry: Import) =>
  `${entry.file} imports ${entry.specifier}${entry.typeOnly ? ' (types)' : ''}`

describe('layout: the pipeline one way', () => {
  it('the README lists every folder of src/ once, in the order of issue 17', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect([...order].sort()).toEqual([...folders].sort())
    expect(order).toEqual([
      'model',
      'image',
      'analysis',
      'budget',
      'compare',
      'baseline',
      'report',
      'github',
      'check',
      'cli',
      'action'
    ])
  })

  it('reads the imports it judges (a file of each folder imports something)', () => {
    const importing = new Set(local.map((entry) => folderOf(entry.file)))
    for (const folder of order)
      expect([folder, importing.has(folder)]).toEqual([folder, true])
    expect(local.some((entry) => entry.typeOnly)).toBe(true)
    expect(local.some((entry) => entry.dynamic)).toBe(true)
  })

  it('judges an edge by the order', () => {
    const edge = (file: string, target: string) => against({ file, target })
    expect(edge('src/image/archive/index.ts', 'src/analysis/files.js')).toBe(
      true
    )
    expect(edge('src/check/check-image.ts', 'src/image/resolve.js')).toBe(false)
    expect(edge('src/model/report.ts', 'src/model/paths.js')).toBe(false)
    expect(edge('src/model/report.ts', 'src/errors.js')).toBe(false)
    expect(edge('src/cli/main.ts', 'src/action/main.js')).toBe(true)
  })

  it('no folder imports a folder after it', () => {
    const backwards = local.filter(against).map(edge)
    expect(backwards).toEqual([])
  })

  it('the root files import no folder of src/', () => {
    const outward = local
      .filter(
        (entry) =>
          folderOf(entry.file) === undefined &&
          folderOf(entry.target!) !== undefined
      )
      .map(edge)
    expect(outward).toEqual([])
  })

  it('follows run-time imports to I/O, not type imports', () => {
    expect(ioChain('src/budget/load.ts')).toEqual([
      'src/budget/load.ts',
      'node:fs/promises'
    ])
    expect(ioChain('src/image/resolve.ts')).toEqual(['src/image/resolve.ts'])
    // analysis/image.ts takes the type of what a source yields, and loads no source.
    expect(ioChain('src/analysis/image.ts')).toBeUndefined()
  })

  it('the model, the analysis and the comparison do no I/O, not even through an import', () => {
    const io = sourceFiles('src')
      .filter((file) => PURE.includes(folderOf(file) ?? ''))
      .map((file) => ioChain(file)?.join(' → '))
      .filter((chain) => chain !== undefined)
    expect(io).toEqual([])
  })
})
