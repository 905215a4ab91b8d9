#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);
// The command-line front end: `image-size-budget <command> …`. Exit codes, everywhere:
// 0 ok / within budget, 1 over budget, 2 unusable input.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

;// CONCATENATED MODULE: ./src/errors.ts
// Errors a user can cause (bad input, missing image, no engine, bad budget file).
// Front ends turn an InputError into exit code 2 or core.setFailed, with its message
// and no stack trace; anything else is a bug and keeps its stack.
class InputError extends Error {
    name = 'InputError';
}
/** The message a front end shows for any thrown value: an InputError's own words, else the error's message. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./src/log.ts
// Where diagnostics go. The CLI writes warnings to stderr and debug lines only when
// IMAGE_SIZE_BUDGET_DEBUG is set; the action swaps in @actions/core (useActionsLog),
// so warnings become ::warning:: annotations and debug lines follow ACTIONS_STEP_DEBUG.
const cliLog = {
    debug: (message) => {
        if (process.env.IMAGE_SIZE_BUDGET_DEBUG)
            process.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => process.stderr.write(`${message}\n`),
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
};
let current = cliLog;
const log = {
    debug: (message) => current.debug(message),
    info: (message) => current.info(message),
    warning: (message) => current.warning(message),
};
function setLog(next) {
    current = next;
}

;// CONCATENATED MODULE: ./src/image/docker.ts
// The one door to the docker CLI. Every docker call goes through here: arguments as
// arrays (never a shell string), the command logged at debug level, and a failure
// turned into an Error whose message is docker's own stderr.


/** The client binary: `docker` from PATH unless IMAGE_SIZE_BUDGET_DOCKER names another one. */
function dockerBinary() {
    return process.env.IMAGE_SIZE_BUDGET_DOCKER || 'docker';
}
class DockerCommandError extends Error {
    args;
    result;
    name = 'DockerCommandError';
    constructor(args, result, message) {
        super(message);
        this.args = args;
        this.result = result;
    }
}
/** Runs docker and returns its output; throws DockerCommandError on a non-zero exit or when docker cannot be started. */
async function docker(args, options = {}) {
    const bin = dockerBinary();
    log.debug(`exec: ${bin} ${args.join(' ')}`);
    let result;
    try {
        result = await getExecOutput(bin, args, {
            ignoreReturnCode: true,
            silent: !options.stream,
            input: options.input,
            // The build log streams to stderr so that stdout stays clean for --json.
            outStream: options.stream ? process.stderr : undefined,
            errStream: options.stream ? process.stderr : undefined,
        });
    }
    catch (error) {
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
function isNoEngine(error) {
    return (error instanceof DockerCommandError &&
        /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|could not run/i.test(error.message));
}

;// CONCATENATED MODULE: ./src/image/build.ts
// Builds an image with `docker build`, streaming the build log to stderr, and returns
// the tag it was given. The builder is whatever the engine's client uses (BuildKit
// with buildx or DOCKER_BUILDKIT=1, else the classic builder).





function buildArgv(options, iidFile) {
    const argv = ['build', '--tag', options.tag, '--iidfile', iidFile];
    if (options.dockerfile)
        argv.push('--file', options.dockerfile);
    if (options.target)
        argv.push('--target', options.target);
    if (options.platform)
        argv.push('--platform', options.platform);
    if (options.network)
        argv.push('--network', options.network);
    for (const [key, value] of Object.entries(options.buildArgs ?? {}))
        argv.push('--build-arg', `${key}=${value}`);
    argv.push(options.context);
    return argv;
}
/** Builds and returns the image ID; the image is also tagged `options.tag`. */
async function buildImage(options) {
    const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'isb-build-'));
    const iidFile = external_node_path_default().join(dir, 'iid');
    try {
        await docker(buildArgv(options, iidFile), { stream: true });
        return (await (0,promises_namespaceObject.readFile)(iidFile, 'utf8')).trim();
    }
    catch (error) {
        if (isNoEngine(error))
            throw new InputError(`cannot reach a Docker engine to build ${options.tag}: start dockerd or set DOCKER_HOST.`);
        const what = options.dockerfile ?? external_node_path_default().join(options.context, 'Dockerfile');
        const last = error instanceof Error ? error.message.trim().split('\n').slice(-3).join(' ') : String(error);
        throw new InputError(`docker build of ${what} failed: ${last}. See the build log above.`);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/** Parses `K=V` build-arg strings (CLI flags, or the action's multi-line input). */
function parseBuildArgs(items) {
    const args = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new InputError(`build arg "${item}" is not of the form KEY=VALUE`);
        args[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return args;
}

;// CONCATENATED MODULE: ./src/image/empty-layers.ts
// Decides which history rows made a filesystem layer, so that the rows with
// `empty: false` are one-to-one, in order, with the image's RootFS layers.
//
// docker history does not print the config's `empty_layer` flag, and size alone cannot
// decide (a classic WORKDIR or a BuildKit `RUN rm` makes a real 0-byte layer; CMD makes
// none). So: a row with bytes is a layer; otherwise the builder's markers give a hint;
// and the layer count is a constraint. Checkpoints (the top row's count is RootFS.Layers;
// an intermediate image's count comes from inspecting it, when the engine kept it) split
// the rows into spans whose layer count is known. Inside a span, rows are chosen by
// strength of hint; the choice is exact when it is forced, else the caller warns.
// Stronger first. A row with bytes is always a layer; a config-only instruction never is, unless the counts insist.
function rank(row) {
    if (row.sizeBytes > 0)
        return 0;
    switch (row.hint) {
        case 'layer':
            return 1;
        case 'likely-layer':
            return 2;
        case 'unknown':
            return 3;
        case 'empty':
            return 4;
    }
}
/** Rows are base first; checkpoints need not be sorted and must include the top row's (RootFS.Layers). */
function decideEmpty(rows, checkpoints) {
    const empty = rows.map(() => true);
    const uncertainRows = [];
    let contradiction;
    const sorted = [...checkpoints].sort((a, b) => a.row - b.row);
    let start = 0;
    let layersBelow = 0;
    for (const checkpoint of sorted) {
        if (checkpoint.row < start)
            continue;
        const span = rows.slice(start, checkpoint.row + 1).map((row, offset) => ({ row, at: start + offset }));
        let need = checkpoint.layers - layersBelow;
        // Fill by rank: all of a rank when it fits, else the lowest rows of that rank (a guess).
        for (let r = 0; r <= 4 && need > 0; r++) {
            const group = span.filter(({ row }) => rank(row) === r);
            if (group.length === 0)
                continue;
            if (r === 0 && group.length > need) {
                contradiction = `${group.length} history rows with bytes but only ${need} layers between rows ${start} and ${checkpoint.row}`;
            }
            const take = Math.min(need, group.length);
            if (take < group.length)
                uncertainRows.push(...group.map(({ at }) => at));
            for (const { at } of group.slice(0, take))
                empty[at] = false;
            need -= take;
        }
        if (need > 0) {
            contradiction = `the image has ${checkpoint.layers - layersBelow} layers between rows ${start} and ${checkpoint.row} but its history names only ${checkpoint.layers - layersBelow - need}`;
        }
        layersBelow = checkpoint.layers;
        start = checkpoint.row + 1;
    }
    return { empty, uncertainRows: [...new Set(uncertainRows)].sort((a, b) => a - b), contradiction };
}

;// CONCATENATED MODULE: ./src/image/history.ts
// Parses `docker history --format json` output (NDJSON, newest row first, every value a
// string; see docker/cli cli/command/image/formatter_history.go historyContext) and turns
// each row's CreatedBy into the Dockerfile line that made it.
//
// CreatedBy by builder (../shared/notes/docker-formats.md, part C):
//   classic:  `/bin/sh -c <cmd>`, `|2 A=1 B=2 /bin/sh -c <cmd>`, `/bin/sh -c #(nop)  CMD ["sh"]`,
//             `/bin/sh -c #(nop) COPY file:<sha> in /app/ `, exec form RUN: the joined argv.
//   BuildKit: `RUN /bin/sh -c <cmd> # buildkit`, `RUN |1 A=1 /bin/sh -c <cmd> # buildkit`,
//             `COPY a /b # buildkit`, `WORKDIR /x`, `ENV X=1`.
//   kaniko:   `RUN mkdir …`, `ADD README.md /somefile.txt`.
//   import:   '' with the comment `Imported from -`.

// Instructions that only change the image config: no builder makes a layer for them.
const CONFIG_ONLY = new Set([
    'ARG', 'CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
    'ONBUILD', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME',
]);
// Instructions that change the filesystem.
const FILESYSTEM = new Set(['RUN', 'COPY', 'ADD']);
const KEYWORDS = new Set([...CONFIG_ONLY, ...FILESYSTEM, 'WORKDIR', 'FROM']);
const SI = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15 };
/**
 * A history Size: a byte count (`--human=false`, `"20971520"`) or docker's human form
 * (`units.HumanSizeWithPrecision`: decimal SI, `"1.98MB"`, `"307kB"`, `"0B"`). The human form
 * has 3 significant digits, so the bytes it yields are approximate.
 */
function parseDockerSize(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const match = /^(\d+(?:\.\d+)?)\s*([kKmMgGtTpP]?B)$/.exec(trimmed);
    if (!match)
        throw new InputError(`docker history printed a size this tool does not understand: "${text}"`);
    return Math.round(Number(match[1]) * SI[match[2].toLowerCase()]);
}
/** Parses the whole output: one JSON object per line, blank lines ignored. */
function parseHistoryOutput(output) {
    const rows = [];
    for (const [n, line] of output.split('\n').entries()) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw new InputError(`docker history printed a line that is not JSON (line ${n + 1}): ${line.slice(0, 120)}`);
        }
        rows.push(parseHistoryLine(parsed));
    }
    return rows;
}
function parseHistoryLine(value) {
    if (typeof value !== 'object' || value === null)
        throw new InputError('docker history printed a row that is not an object');
    const line = value;
    const text = (key) => (typeof line[key] === 'string' ? line[key] : '');
    const id = text('ID');
    const comment = text('Comment');
    const rawCreatedBy = text('CreatedBy');
    return {
        id: id && id !== '<missing>' ? id : undefined,
        createdAt: text('CreatedAt') || undefined,
        comment,
        rawCreatedBy,
        sizeBytes: parseDockerSize(text('Size') || '0'),
        step: parseCreatedBy(rawCreatedBy, comment),
    };
}
/** Splits a `|N K=V …` build-arg prefix off a command. Values may hold spaces, so each value runs to the next ` KEY=`. */
function splitBuildArgs(text) {
    const head = /^\|(\d+) /.exec(text);
    if (!head)
        return { rest: text };
    const count = Number(head[1]);
    let rest = text.slice(head[0].length);
    const buildArgs = {};
    for (let i = 0; i < count; i++) {
        const key = /^([^=\s]+)=/.exec(rest);
        if (!key)
            break;
        rest = rest.slice(key[0].length);
        let end;
        if (i < count - 1) {
            const next = / [A-Za-z_][A-Za-z0-9_]*=/.exec(rest);
            end = next ? next.index : rest.length;
        }
        else {
            // The last value ends where the command starts: at ` /bin/sh -c ` when the shell form is used, else at the first space.
            const shell = rest.indexOf(' /bin/sh -c ');
            const space = rest.indexOf(' ');
            end = shell >= 0 ? shell : space >= 0 ? space : rest.length;
        }
        buildArgs[key[1]] = rest.slice(0, end);
        rest = rest.slice(end).replace(/^ /, '');
    }
    return { buildArgs, rest };
}
function stripShell(command) {
    return command.startsWith('/bin/sh -c ') ? command.slice('/bin/sh -c '.length) : command;
}
/** Names the step that made a history row and says what its builder's markers tell about its layer. */
function parseCreatedBy(rawCreatedBy, comment = '') {
    // Tabs become spaces in docker's output anyway; normalise so table renderers see one line.
    const raw = rawCreatedBy.replace(/\t/g, ' ').trim();
    if (raw === '') {
        // `docker import` writes an empty CreatedBy; so does BuildKit's exporter for layers it had no history for.
        const imported = /^Imported from/.test(comment);
        const exporter = comment === 'buildkit.exporter.image.v0';
        return { instruction: '', createdBy: '', hint: imported || exporter ? 'layer' : 'unknown' };
    }
    // BuildKit and kaniko write the Dockerfile keyword first.
    const keyword = /^([A-Z]+)(?: |$)/.exec(raw);
    if (keyword && KEYWORDS.has(keyword[1])) {
        const instruction = keyword[1];
        let body = raw.slice(keyword[0].length);
        const buildkitLayer = body.endsWith(' # buildkit') || body === '# buildkit';
        if (buildkitLayer)
            body = body.slice(0, -'# buildkit'.length).trimEnd();
        let buildArgs;
        if (instruction === 'RUN') {
            const split = splitBuildArgs(body);
            buildArgs = split.buildArgs;
            body = stripShell(split.rest);
        }
        const hint = comment === 'buildkit.dockerfile.v0' ? buildkitHint(instruction, body, buildkitLayer) : hintFor(instruction);
        return { instruction, createdBy: `${instruction} ${body}`.trimEnd(), buildArgs, hint };
    }
    // Classic builder.
    const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(raw);
    if (nop) {
        const body = nop[1].trim();
        const instruction = (/^([A-Z]+)/.exec(body)?.[1] ?? '').toUpperCase();
        return { instruction, createdBy: body, hint: hintFor(instruction) };
    }
    const { buildArgs, rest } = splitBuildArgs(raw);
    // Shell form keeps `/bin/sh -c`; exec form is the joined argv. Both are RUN.
    return { instruction: 'RUN', createdBy: `RUN ${stripShell(rest)}`, buildArgs, hint: 'layer' };
}
// BuildKit (dockerfile2llb convert.go): commitToHistory adds ` # buildkit` to steps with an
// LLB state (RUN, COPY, ADD); WORKDIR makes a layer (the mkdir) unless the path is `/`.
function buildkitHint(instruction, body, buildkitLayer) {
    if (buildkitLayer)
        return 'layer';
    if (instruction === 'WORKDIR')
        return body.trim() === '/' ? 'empty' : 'layer';
    return CONFIG_ONLY.has(instruction) ? 'empty' : 'unknown';
}
// Classic builder and others: every step is committed, but a commit whose diff is empty
// (moby image.NewChildImage: layer.IsEmpty) adds no layer, e.g. `WORKDIR /` or `RUN true`.
// So RUN/COPY/ADD are layers unless they changed nothing, and WORKDIR is a layer when it created the directory.
function hintFor(instruction) {
    if (FILESYSTEM.has(instruction))
        return 'layer';
    if (CONFIG_ONLY.has(instruction))
        return 'empty';
    if (instruction === 'WORKDIR')
        return 'likely-layer';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/image/engine.ts
// Image source: an image in the Docker engine, read with `docker image inspect` and
// `docker history`. Yields an ImageReport, base layer first.





function engineError(ref, error) {
    if (isNoEngine(error)) {
        return new InputError(`cannot reach a Docker engine to read ${ref}: ${error.message.split('\n')[0].replace(/[.?!\s]+$/, '')}. Start dockerd or set DOCKER_HOST.`);
    }
    if (error instanceof DockerCommandError && /No such image|No such object|not found/i.test(error.message)) {
        return new InputError(`image "${ref}" is not in the Docker engine. Build or pull it first (docker pull ${ref}), or check the name.`);
    }
    if (error instanceof DockerCommandError)
        return new InputError(`docker failed while reading ${ref}: ${error.message}`);
    return error instanceof Error ? error : new Error(String(error));
}
async function inspectImages(refs) {
    const { stdout } = await docker(['image', 'inspect', '--format', '{{json .}}', ...refs]);
    return stdout
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line));
}
/** `docker history` as JSON: the `json` format shorthand (CLI 23.0+), else the Go template for older clients. */
async function readHistory(ref) {
    const base = ['history', '--no-trunc', '--human=false', '--format'];
    let stdout;
    try {
        stdout = (await docker([...base, 'json', ref])).stdout;
        // A pre-23.0 client prints the literal word "json" for every row.
        if (/^json$/m.test(stdout))
            throw new DockerCommandError([], undefined, 'old client');
    }
    catch (error) {
        if (!(error instanceof DockerCommandError) || isNoEngine(error) || /No such image/i.test(error.message))
            throw error;
        stdout = (await docker([...base, '{{json .}}', ref])).stdout;
    }
    return parseHistoryOutput(stdout);
}
/** Reads an image from the engine. Throws InputError for a missing image or no engine. */
async function readEngineImage(ref) {
    let inspect;
    let history;
    try {
        [inspect] = await inspectImages([ref]);
        history = await readHistory(ref);
    }
    catch (error) {
        throw engineError(ref, error);
    }
    const rows = [...history].reverse(); // base first
    const diffIds = inspect.RootFS?.Layers ?? [];
    const warnings = [];
    const inputs = rows.map((row) => ({ sizeBytes: row.sizeBytes, hint: row.step.hint }));
    let decision = decideEmpty(inputs, [{ row: rows.length - 1, layers: diffIds.length }]);
    // A 0-byte row that may or may not have made a layer (classic `RUN true` makes none, classic
    // `WORKDIR /new` makes one) is only known for sure from the intermediate images, which the
    // classic builder keeps: their RootFS counts pin each row down. One inspect call for all of them.
    const doubtful = inputs.some((row) => row.sizeBytes === 0 && row.hint !== 'empty');
    if ((doubtful || decision.contradiction) && rows.some((row, i) => row.id && i < rows.length - 1)) {
        const checkpoints = await intermediateCheckpoints(rows, diffIds.length);
        if (checkpoints.length > 1)
            decision = decideEmpty(inputs, checkpoints);
    }
    if (decision.contradiction)
        warnings.push(`history and layers disagree: ${decision.contradiction}`);
    if (decision.uncertainRows.length > 0) {
        const message = `could not decide exactly which history rows made layers (rows ${decision.uncertainRows.join(', ')}); their "empty" flags are a best guess`;
        warnings.push(message);
        log.warning(message);
    }
    let layer = 0;
    const layers = rows.map((row, index) => {
        const empty = decision.empty[index];
        const out = {
            index,
            instruction: row.step.instruction,
            createdBy: row.step.createdBy,
            sizeBytes: row.sizeBytes,
            empty,
        };
        if (row.step.buildArgs)
            out.buildArgs = row.step.buildArgs;
        if (row.id)
            out.id = row.id;
        if (row.createdAt)
            out.createdAt = row.createdAt;
        if (row.comment)
            out.comment = row.comment;
        if (!empty && diffIds[layer])
            out.diffId = diffIds[layer];
        if (!empty)
            layer++;
        return out;
    });
    const platform = [inspect.Os, inspect.Architecture, inspect.Variant].filter(Boolean).join('/') || undefined;
    return {
        schemaVersion: 1,
        image: { ref, id: inspect.Id, source: 'docker', ...(platform ? { platform } : {}) },
        totalBytes: inspect.Size,
        layers,
        warnings,
    };
}
async function intermediateCheckpoints(rows, topLayers) {
    const checkpoints = [{ row: rows.length - 1, layers: topLayers }];
    const known = rows.map((row, index) => ({ id: row.id, index })).filter((r) => !!r.id);
    if (known.length === 0)
        return checkpoints;
    let inspected;
    try {
        inspected = await inspectImages(known.map((r) => r.id));
    }
    catch {
        return checkpoints; // an intermediate image was pruned: keep the top count only
    }
    for (const [i, image] of inspected.entries()) {
        checkpoints.push({ row: known[i].index, layers: image.RootFS?.Layers?.length ?? 0 });
    }
    return checkpoints;
}

;// CONCATENATED MODULE: ./src/image/source.ts
// What both front ends ask for: "the report of this image", where the image is a ref
// already in the engine or a Dockerfile to build first.



const DEFAULT_BUILD_TAG = 'image-size-budget:local';
async function loadImageReport(spec) {
    if (spec.build) {
        const tag = spec.ref || DEFAULT_BUILD_TAG;
        await buildImage({ ...spec.build, tag });
        return readEngineImage(tag);
    }
    if (!spec.ref)
        throw new InputError('no image given: name an image ref, or a Dockerfile and context to build');
    return readEngineImage(spec.ref);
}

;// CONCATENATED MODULE: ./src/report/units.ts
// Formats byte counts for people. Only renderers call this; reports keep exact bytes.
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** `67108864` → `67.1 MB` (si, 1000-based, as docker prints) or `64.0 MiB` (iec). Negative values keep their sign. */
function formatBytes(bytes, units = 'si') {
    const base = units === 'iec' ? 1024 : 1000;
    const names = units === 'iec' ? IEC_UNITS : SI_UNITS;
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= base && unit < names.length - 1) {
        value /= base;
        unit++;
    }
    const digits = unit === 0 ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return `${sign}${value.toFixed(digits)} ${names[unit]}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts
// Renders an ImageReport as the terminal table of `analyze`: index, size, share of the
// total with a small bar, and the instruction cut to the terminal width.

const BAR_WIDTH = 10;
/** Cuts text to `width` characters, ending in `…` when cut. Newlines become spaces. */
function cut(text, width) {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    if (width <= 1)
        return flat.slice(0, Math.max(0, width));
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
function bar(share, width = BAR_WIDTH) {
    const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
    const full = Math.floor(eighths / 8);
    const partial = eighths % 8;
    const blocks = ' ▏▎▍▌▋▊▉';
    return ('█'.repeat(full) + (partial ? blocks[partial] : '')).padEnd(width, ' ');
}
function renderLayerTable(report, options = {}) {
    const units = options.units ?? 'si';
    const width = Math.max(60, options.width ?? 100);
    const header = ['#', 'size', 'share', ''];
    const rows = report.layers.map((layer) => {
        const share = report.totalBytes > 0 ? layer.sizeBytes / report.totalBytes : 0;
        return [
            String(layer.index),
            layer.empty ? '—' : formatBytes(layer.sizeBytes, units),
            layer.empty ? '' : `${(share * 100).toFixed(1).padStart(5)}% ${bar(share)}`,
            layer.createdBy || (layer.comment ? `(${layer.comment})` : '(base layer)'),
        ];
    });
    const indexWidth = Math.max(1, ...rows.map((r) => r[0].length));
    const sizeWidth = Math.max(4, ...rows.map((r) => r[1].length));
    const shareWidth = 6 + 1 + BAR_WIDTH;
    const instructionWidth = width - indexWidth - sizeWidth - shareWidth - 6;
    const line = (r) => `${r[0].padStart(indexWidth)}  ${r[1].padStart(sizeWidth)}  ${r[2].padEnd(shareWidth)}  ${cut(r[3], instructionWidth)}`.trimEnd();
    const layerCount = report.layers.filter((l) => !l.empty).length;
    const out = [
        `${report.image.ref}  ${report.image.id.replace(/^sha256:/, '').slice(0, 12)}${report.image.platform ? `  ${report.image.platform}` : ''}`,
        line(header),
        ...rows.map(line),
        `total ${formatBytes(report.totalBytes, units)} (${report.totalBytes} bytes) in ${layerCount} layer${layerCount === 1 ? '' : 's'}`,
    ];
    for (const warning of report.warnings)
        out.push(`warning: ${warning}`);
    return out.join('\n');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/command.ts
// What every CLI command shares: exit codes, the output channel, and flag parsing
// whose mistakes become InputError (exit 2) instead of a stack trace.


const EXIT_OK = 0;
const EXIT_OVER_BUDGET = 1;
const EXIT_INPUT = 2;
/** node:util parseArgs with its errors (unknown flag, missing value) turned into InputError. */
function parseCommandArgs(command, args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new InputError(`${describeError(error).replace(/\. To specify a positional.*$/s, '')}. Run "image-size-budget --help" for usage of ${command}.`);
    }
}

;// CONCATENATED MODULE: ./src/cli/analyze.ts
// `image-size-budget analyze`: the layer report of one image, as a table or JSON.





const BUILD_FLAGS = {
    context: { type: 'string' },
    dockerfile: { type: 'string' },
    target: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string' },
    network: { type: 'string' },
};
function parseUnits(value) {
    if (value === undefined || value === 'si' || value === 'iec')
        return value ?? 'si';
    throw new InputError(`--units must be "si" or "iec", not "${value}"`);
}
/** An ImageSpec from the image positional and the build flags; a build needs --context or --dockerfile. */
function imageSpecFromFlags(ref, values) {
    const context = values.context;
    const dockerfile = values.dockerfile;
    if (context === undefined && dockerfile === undefined) {
        for (const flag of ['target', 'build-arg', 'platform', 'network']) {
            if (values[flag] !== undefined)
                throw new InputError(`--${flag} is a build flag: give --context (and --dockerfile) to build`);
        }
        return { ref };
    }
    return {
        ref,
        build: {
            context: context ?? '.',
            dockerfile,
            target: values.target,
            buildArgs: parseBuildArgs(values['build-arg'] ?? []),
            platform: values.platform,
            network: values.network,
        },
    };
}
async function runAnalyze(args, io) {
    const { values, positionals } = parseCommandArgs('analyze', args, {
        json: { type: 'boolean' },
        units: { type: 'string' },
        ...BUILD_FLAGS,
    });
    if (positionals.length > 1)
        throw new InputError(`analyze takes one image ref, got ${positionals.length}: ${positionals.join(' ')}`);
    const units = parseUnits(values.units);
    const spec = imageSpecFromFlags(positionals[0], values);
    if (!spec.ref && !spec.build)
        throw new InputError('analyze needs an image ref (e.g. "analyze app:pr") or --context to build one');
    const report = await loadImageReport(spec);
    if (values.json)
        io.stdout(JSON.stringify(report, null, 2));
    else
        io.stdout(renderLayerTable(report, { units, width: process.stdout.columns || 100 }));
    return EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// Dispatches CLI commands and turns errors into one clear line on stderr and exit 2.



const USAGE = `image-size-budget: keep Docker/OCI images small

Usage:
  image-size-budget analyze <image-ref> [--json] [--units si|iec]
  image-size-budget analyze [<tag>] --context DIR [--dockerfile FILE] [--target T]
                            [--build-arg K=V]... [--platform P] [--json]

Exit codes: 0 ok, 1 over budget, 2 unusable input.`;
const defaultIO = {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};
const COMMANDS = {
    analyze: runAnalyze,
};
async function main(argv, io = defaultIO) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(USAGE);
        return name ? EXIT_OK : EXIT_INPUT;
    }
    if (name === '--version') {
        io.stdout('0.1.0');
        return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`image-size-budget: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`);
        return EXIT_INPUT;
    }
    try {
        return await command(rest, io);
    }
    catch (error) {
        const prefix = error instanceof InputError ? 'error' : 'internal error';
        io.stderr(`image-size-budget ${name}: ${prefix}: ${describeError(error)}`);
        if (!(error instanceof InputError) && process.env.IMAGE_SIZE_BUDGET_DEBUG)
            io.stderr(String(error.stack));
        return EXIT_INPUT;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
