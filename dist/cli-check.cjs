const import_meta_url = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@actions/io/lib/io-util.js
function readlink(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    const result = yield fs.promises.readlink(fsPath);
    if (IS_WINDOWS && !result.endsWith("\\")) {
      return `${result}\\`;
    }
    return result;
  });
}
function exists(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path.dirname(filePath);
            const upperName = path.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}
var fs, path, __awaiter, chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink, IS_WINDOWS, READONLY;
var init_io_util = __esm({
  "node_modules/@actions/io/lib/io-util.js"() {
    fs = __toESM(require("fs"), 1);
    path = __toESM(require("path"), 1);
    __awaiter = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve8) {
          resolve8(value);
        });
      }
      return new (P || (P = Promise))(function(resolve8, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    ({ chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises);
    IS_WINDOWS = process.platform === "win32";
    READONLY = fs.constants.O_RDONLY;
  }
});

// node_modules/@actions/io/lib/io.js
function cp(source_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (source, dest, options = {}) {
    const { force, recursive, copySourceDirectory } = readCopyOptions(options);
    const destStat = (yield exists(dest)) ? yield stat(dest) : null;
    if (destStat && destStat.isFile() && !force) {
      return;
    }
    const newDest = destStat && destStat.isDirectory() && copySourceDirectory ? path2.join(dest, path2.basename(source)) : dest;
    if (!(yield exists(source))) {
      throw new Error(`no such file or directory: ${source}`);
    }
    const sourceStat = yield stat(source);
    if (sourceStat.isDirectory()) {
      if (!recursive) {
        throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
      } else {
        yield cpDirRecursive(source, newDest, 0, force);
      }
    } else {
      if (path2.relative(source, newDest) === "") {
        throw new Error(`'${newDest}' and '${source}' are the same file`);
      }
      yield copyFile2(source, newDest, force);
    }
  });
}
function rmRF(inputPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (IS_WINDOWS) {
      if (/[*"<>|]/.test(inputPath)) {
        throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
      }
    }
    try {
      yield rm(inputPath, {
        force: true,
        maxRetries: 3,
        recursive: true,
        retryDelay: 300
      });
    } catch (err) {
      throw new Error(`File was unable to be removed ${err}`);
    }
  });
}
function mkdirP(fsPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    (0, import_assert.ok)(fsPath, "a path argument must be provided");
    yield mkdir(fsPath, { recursive: true });
  });
}
function which(tool, check) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches2 = yield findInPath(tool);
    if (matches2 && matches2.length > 0) {
      return matches2[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path2.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path2.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path2.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches2 = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path2.join(directory, tool), extensions);
      if (filePath) {
        matches2.push(filePath);
      }
    }
    return matches2;
  });
}
function readCopyOptions(options) {
  const force = options.force == null ? true : options.force;
  const recursive = Boolean(options.recursive);
  const copySourceDirectory = options.copySourceDirectory == null ? true : Boolean(options.copySourceDirectory);
  return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (currentDepth >= 255)
      return;
    currentDepth++;
    yield mkdirP(destDir);
    const files = yield readdir(sourceDir);
    for (const fileName of files) {
      const srcFile = `${sourceDir}/${fileName}`;
      const destFile = `${destDir}/${fileName}`;
      const srcFileStat = yield lstat(srcFile);
      if (srcFileStat.isDirectory()) {
        yield cpDirRecursive(srcFile, destFile, currentDepth, force);
      } else {
        yield copyFile2(srcFile, destFile, force);
      }
    }
    yield chmod(destDir, (yield stat(sourceDir)).mode);
  });
}
function copyFile2(srcFile, destFile, force) {
  return __awaiter2(this, void 0, void 0, function* () {
    if ((yield lstat(srcFile)).isSymbolicLink()) {
      try {
        yield lstat(destFile);
        yield unlink(destFile);
      } catch (e) {
        if (e.code === "EPERM") {
          yield chmod(destFile, "0666");
          yield unlink(destFile);
        }
      }
      const symlinkFull = yield readlink(srcFile);
      yield symlink(symlinkFull, destFile, IS_WINDOWS ? "junction" : null);
    } else if (!(yield exists(destFile)) || force) {
      yield copyFile(srcFile, destFile);
    }
  });
}
var import_assert, path2, __awaiter2;
var init_io = __esm({
  "node_modules/@actions/io/lib/io.js"() {
    import_assert = require("assert");
    path2 = __toESM(require("path"), 1);
    init_io_util();
    __awaiter2 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve8) {
          resolve8(value);
        });
      }
      return new (P || (P = Promise))(function(resolve8, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
  }
});

// node_modules/@actions/exec/lib/toolrunner.js
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append2(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append2(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append2(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append2(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var os, events, child, path3, import_timers, __awaiter3, IS_WINDOWS2, ToolRunner, ExecState;
var init_toolrunner = __esm({
  "node_modules/@actions/exec/lib/toolrunner.js"() {
    os = __toESM(require("os"), 1);
    events = __toESM(require("events"), 1);
    child = __toESM(require("child_process"), 1);
    path3 = __toESM(require("path"), 1);
    init_io();
    init_io_util();
    import_timers = require("timers");
    __awaiter3 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve8) {
          resolve8(value);
        });
      }
      return new (P || (P = Promise))(function(resolve8, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    IS_WINDOWS2 = process.platform === "win32";
    ToolRunner = class extends events.EventEmitter {
      constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
          throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
      }
      _debug(message2) {
        if (this.options.listeners && this.options.listeners.debug) {
          this.options.listeners.debug(message2);
        }
      }
      _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? "" : "[command]";
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            cmd += toolPath;
            for (const a of args) {
              cmd += ` ${a}`;
            }
          } else if (options.windowsVerbatimArguments) {
            cmd += `"${toolPath}"`;
            for (const a of args) {
              cmd += ` ${a}`;
            }
          } else {
            cmd += this._windowsQuoteCmdArg(toolPath);
            for (const a of args) {
              cmd += ` ${this._windowsQuoteCmdArg(a)}`;
            }
          }
        } else {
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
          let n = s.indexOf(os.EOL);
          while (n > -1) {
            const line = s.substring(0, n);
            onLine(line);
            s = s.substring(n + os.EOL.length);
            n = s.indexOf(os.EOL);
          }
          return s;
        } catch (err) {
          this._debug(`error processing line. Failed with error ${err}`);
          return "";
        }
      }
      _getSpawnFileName() {
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            return process.env["COMSPEC"] || "cmd.exe";
          }
        }
        return this.toolPath;
      }
      _getSpawnArgs(options) {
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
            for (const a of this.args) {
              argline += " ";
              argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
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
        return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
      }
      _windowsQuoteCmdArg(arg) {
        if (!this._isCmdFile()) {
          return this._uvQuoteCmdArg(arg);
        }
        if (!arg) {
          return '""';
        }
        const cmdSpecialChars = [
          " ",
          "	",
          "&",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          "^",
          "=",
          ";",
          "!",
          "'",
          "+",
          ",",
          "`",
          "~",
          "|",
          "<",
          ">",
          '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
          if (cmdSpecialChars.some((x) => x === char)) {
            needsQuotes = true;
            break;
          }
        }
        if (!needsQuotes) {
          return arg;
        }
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === "\\") {
            reverse += "\\";
          } else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += '"';
          } else {
            quoteHit = false;
          }
        }
        reverse += '"';
        return reverse.split("").reverse().join("");
      }
      _uvQuoteCmdArg(arg) {
        if (!arg) {
          return '""';
        }
        if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
          return arg;
        }
        if (!arg.includes('"') && !arg.includes("\\")) {
          return `"${arg}"`;
        }
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === "\\") {
            reverse += "\\";
          } else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += "\\";
          } else {
            quoteHit = false;
          }
        }
        reverse += '"';
        return reverse.split("").reverse().join("");
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
          delay: options.delay || 1e4
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
        result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
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
        return __awaiter3(this, void 0, void 0, function* () {
          if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
            this.toolPath = path3.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
          }
          this.toolPath = yield which(this.toolPath, true);
          return new Promise((resolve8, reject) => __awaiter3(this, void 0, void 0, function* () {
            this._debug(`exec tool: ${this.toolPath}`);
            this._debug("arguments:");
            for (const arg of this.args) {
              this._debug(`   ${arg}`);
            }
            const optionsNonNull = this._cloneExecOptions(this.options);
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
            }
            const state = new ExecState(optionsNonNull, this.toolPath);
            state.on("debug", (message2) => {
              this._debug(message2);
            });
            if (this.options.cwd && !(yield exists(this.options.cwd))) {
              return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
            }
            const fileName = this._getSpawnFileName();
            const cp2 = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
            let stdbuffer = "";
            if (cp2.stdout) {
              cp2.stdout.on("data", (data) => {
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
            let errbuffer = "";
            if (cp2.stderr) {
              cp2.stderr.on("data", (data) => {
                state.processStderr = true;
                if (this.options.listeners && this.options.listeners.stderr) {
                  this.options.listeners.stderr(data);
                }
                if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
                  const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
                errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                  if (this.options.listeners && this.options.listeners.errline) {
                    this.options.listeners.errline(line);
                  }
                });
              });
            }
            cp2.on("error", (err) => {
              state.processError = err.message;
              state.processExited = true;
              state.processClosed = true;
              state.CheckComplete();
            });
            cp2.on("exit", (code) => {
              state.processExitCode = code;
              state.processExited = true;
              this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            cp2.on("close", (code) => {
              state.processExitCode = code;
              state.processExited = true;
              state.processClosed = true;
              this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            state.on("done", (error, exitCode) => {
              if (stdbuffer.length > 0) {
                this.emit("stdline", stdbuffer);
              }
              if (errbuffer.length > 0) {
                this.emit("errline", errbuffer);
              }
              cp2.removeAllListeners();
              if (error) {
                reject(error);
              } else {
                resolve8(exitCode);
              }
            });
            if (this.options.input) {
              if (!cp2.stdin) {
                throw new Error("child process missing stdin");
              }
              cp2.stdin.end(this.options.input);
            }
          }));
        });
      }
    };
    ExecState = class _ExecState extends events.EventEmitter {
      constructor(options, toolPath) {
        super();
        this.processClosed = false;
        this.processError = "";
        this.processExitCode = 0;
        this.processExited = false;
        this.processStderr = false;
        this.delay = 1e4;
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
          throw new Error("toolPath must not be empty");
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
        } else if (this.processExited) {
          this.timeout = (0, import_timers.setTimeout)(_ExecState.HandleTimeout, this.delay, this);
        }
      }
      _debug(message2) {
        this.emit("debug", message2);
      }
      _setResult() {
        let error;
        if (this.processExited) {
          if (this.processError) {
            error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
          } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
            error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
          } else if (this.processStderr && this.options.failOnStdErr) {
            error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
          }
        }
        if (this.timeout) {
          clearTimeout(this.timeout);
          this.timeout = null;
        }
        this.done = true;
        this.emit("done", error, this.processExitCode);
      }
      static HandleTimeout(state) {
        if (state.done) {
          return;
        }
        if (!state.processClosed && state.processExited) {
          const message2 = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
          state._debug(message2);
        }
        state._setResult();
      }
    };
  }
});

// node_modules/@actions/exec/lib/exec.js
var exec_exports = {};
__export(exec_exports, {
  exec: () => exec,
  getExecOutput: () => getExecOutput
});
function exec(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    var _a2, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new import_string_decoder.StringDecoder("utf8");
    const stderrDecoder = new import_string_decoder.StringDecoder("utf8");
    const originalStdoutListener = (_a2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _a2 === void 0 ? void 0 : _a2.stdout;
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
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}
var import_string_decoder, __awaiter4;
var init_exec = __esm({
  "node_modules/@actions/exec/lib/exec.js"() {
    import_string_decoder = require("string_decoder");
    init_toolrunner();
    __awaiter4 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve8) {
          resolve8(value);
        });
      }
      return new (P || (P = Promise))(function(resolve8, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
  }
});

// @actions/cache-on-first-use:@actions/cache
var require_cache = __commonJS({
  "@actions/cache-on-first-use:@actions/cache"(exports2, module2) {
    var loaded;
    var load2 = () => loaded ??= require("./actions-cache.cjs");
    module2.exports = {
      get isFeatureAvailable() {
        return load2().isFeatureAvailable;
      },
      get restoreCache() {
        return load2().restoreCache;
      },
      get saveCache() {
        return load2().saveCache;
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Argument = void 0;
    var Argument = class {
      constructor(value, range2) {
        this.value = value;
        this.range = range2;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports2.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range2, jsonRange) {
        super(value, range2);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports2.JSONArgument = JSONArgument;
  }
});

// src/lint/position-literals.ts
var position_literals_exports = {};
__export(position_literals_exports, {
  Position: () => Position,
  Range: () => Range
});
function isUinteger(value) {
  return Object.prototype.toString.call(value) === "[object Number]" && 0 <= value && value <= MAX_UINTEGER;
}
function isPosition(value) {
  const candidate = value;
  return candidate !== null && typeof candidate === "object" && isUinteger(candidate.line) && isUinteger(candidate.character);
}
var MAX_UINTEGER, Position, Range;
var init_position_literals = __esm({
  "src/lint/position-literals.ts"() {
    "use strict";
    MAX_UINTEGER = 2147483647;
    Position = {
      create(line, character) {
        return { line: line === Number.MAX_VALUE ? MAX_UINTEGER : line, character: character === Number.MAX_VALUE ? MAX_UINTEGER : character };
      }
    };
    Range = {
      create(one, two, three, four) {
        if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) return { start: Position.create(one, two), end: Position.create(three, four) };
        if (isPosition(one) && isPosition(two)) return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${String(one)}, ${String(two)}, ${String(three)}, ${String(four)}]`);
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Line = void 0;
    var Line = class {
      constructor(document, range2) {
        this.document = document;
        this.range = range2;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports2.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range2) {
        if (range2.start.line === range2.end.line) {
          return range2.start.line === position.line && range2.start.character <= position.character && position.character <= range2.end.character;
        } else if (range2.start.line === position.line) {
          return range2.start.character <= position.character;
        } else if (range2.end.line === position.line) {
          return position.character <= range2.end.character;
        }
        return range2.start.line < position.line && position.line < range2.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports2.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Comment = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range2) {
        super(document, range2);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range2 = this.getContentRange();
        if (range2 === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range2 = this.getRange();
        const startOffset = this.document.offsetAt(range2.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range2.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports2.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  TextDocument: () => TextDocument
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range2) {
  const start = range2.start;
  const end = range2.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range2;
}
function getWellformedEdit(textEdit) {
  const range2 = getWellformedRange(textEdit.range);
  if (range2 !== textEdit.range) {
    return { newText: textEdit.newText, range: range2 };
  }
  return textEdit;
}
var FullTextDocument, TextDocument;
var init_main = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range2) {
        if (range2) {
          const start = this.offsetAt(range2.start);
          const end = this.offsetAt(range2.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range2 = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range2.start);
            const endOffset = this.offsetAt(range2.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range2.start.line, 0);
            const endLine = Math.max(range2.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument2) {
      function create2(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument2.create = create2;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument2.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument2.applyEdits = applyEdits;
    })(TextDocument || (TextDocument = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range2, nameRange, valueRange) {
        super(document, range2);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports2.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports2.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range2, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range2;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports2.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range2) {
        if (range2 === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range2 = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range2.start));
        let offset = this.document.offsetAt(range2.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range2 of ranges) {
          content += documentText.substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range2 = this.getInstructionRange();
        let extra = this.document.offsetAt(range2.end) - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range2.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range2 = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range2 = this.getRange();
        if (range2.start.line === range2.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range2.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range2.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports2.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FlagOption = void 0;
    var FlagOption = class {
      constructor(range2, name, nameRange, value, valueRange) {
        this.range = range2;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports2.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Flag = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range2, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range2;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports2.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range2 = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range2.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range2.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range2.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range2.end, range2.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range2.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range2.start) + index + 1), range2.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports2.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports2.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports2.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Property = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports2.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range2 = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range2.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range2.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports2.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports2.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.From = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From2 = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range2 = this.getImageRange();
        if (range2) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range2.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range2.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range2.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range2;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range2 = this.getImageRange();
        if (range2) {
          const rangeStartOffset = this.document.offsetAt(range2.start);
          const content = this.getRangeContent(range2);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range2.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range2 = this.getImageRange();
        if (range2) {
          let content = this.getRangeContent(range2);
          let index = this.lastIndexOf(this.document.offsetAt(range2.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range2.start.line, range2.start.character + index + 1, range2.end.line, range2.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range2 = this.getImageRange();
        if (range2) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range2.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range2.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range2);
          const rangeStart = this.document.offsetAt(range2.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range2.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range2.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range2 = this.getBuildStageRange();
        return range2 === null ? null : this.getRangeContent(range2);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports2.From = From2;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports2.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range2 = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range2)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports2.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path18 = this.getPath();
        if (path18 === null || path18.startsWith("/")) {
          return path18;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path18 : parent + "/" + path18;
            }
          }
        }
        return void 0;
      }
    };
    exports2.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions2 = this.getInstructions();
        if (instructions2.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions2[0].getRange().start;
        const instructionEnd = instructions2[instructions2.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range2 = this.getRange();
        if (range2 === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range2);
      }
    };
    exports2.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range2 = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range2)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range2 = from.getRange();
          if (range2.start.line <= line && line <= range2.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range2 = from.getRange();
            if (range2.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range2.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions2 = this.getInstructions();
        let range2 = null;
        if (comments.length === 0) {
          if (instructions2.length > 0) {
            range2 = vscode_languageserver_types_1.Range.create(instructions2[0].getRange().start, instructions2[instructions2.length - 1].getRange().end);
          }
        } else if (instructions2.length === 0) {
          range2 = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions2[0].getRange().start;
          const instructionEnd = instructions2[instructions2.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range2 = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range2 = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range2 = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range2 = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range2 === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range2;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range2.end);
      }
    };
    exports2.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main(), __toCommonJS(main_exports));
    var vscode_languageserver_types_1 = (init_position_literals(), __toCommonJS(position_literals_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range2 = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range2));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DockerfileParser = exports2.DefaultVariables = exports2.Directive = exports2.Keyword = exports2.Workdir = exports2.Volume = exports2.User = exports2.Stopsignal = exports2.Shell = exports2.Run = exports2.PropertyInstruction = exports2.Onbuild = exports2.ModifiableInstruction = exports2.Label = exports2.JSONInstruction = exports2.Heredoc = exports2.Healthcheck = exports2.From = exports2.Env = exports2.Entrypoint = exports2.Copy = exports2.Cmd = exports2.Arg = exports2.Add = exports2.Variable = exports2.Property = exports2.ParserDirective = exports2.Line = exports2.Instruction = exports2.Flag = exports2.Comment = exports2.JSONArgument = exports2.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports2, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports2, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports2, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports2, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports2, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports2, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports2, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports2, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports2, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports2, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports2, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports2, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports2, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports2, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports2, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports2, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports2, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports2, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports2, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports2, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports2, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports2, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports2, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports2, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports2, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports2, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports2, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports2, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports2, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports2.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports2.Directive = Directive = {}));
    exports2.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser3;
    (function(DockerfileParser4) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser4.parse = parse;
    })(DockerfileParser3 || (exports2.DockerfileParser = DockerfileParser3 = {}));
  }
});

// yaml-on-first-use:yaml
var require_yaml = __commonJS({
  "yaml-on-first-use:yaml"(exports2, module2) {
    var loaded;
    var load2 = () => loaded ??= require("./cli-yaml.cjs");
    module2.exports = {
      get parseDocument() {
        return load2().parseDocument;
      }
    };
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports2) {
    "use strict";
    var net = require("net");
    var tls = require("tls");
    var http2 = require("http");
    var https2 = require("https");
    var events2 = require("events");
    var assert4 = require("assert");
    var util2 = require("util");
    exports2.httpOverHttp = httpOverHttp2;
    exports2.httpsOverHttp = httpsOverHttp2;
    exports2.httpOverHttps = httpOverHttps2;
    exports2.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util2.inherits(TunnelingAgent, events2.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug3("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug3(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug3("got illegal response body from proxy");
          socket.destroy();
          var error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        debug3("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug3(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error = new Error("tunneling socket could not be established, cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug3;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug3 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug3 = function() {
      };
    }
    exports2.debug = debug3;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports2, module2) {
    module2.exports = require_tunnel();
  }
});

// undici-on-first-use:undici
var require_undici = __commonJS({
  "undici-on-first-use:undici"(exports2, module2) {
    var loaded;
    var load2 = () => loaded ??= require("./undici.cjs");
    module2.exports = {
      get ProxyAgent() {
        return load2().ProxyAgent;
      },
      get fetch() {
        return load2().fetch;
      }
    };
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug3 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug3;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug3 = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug3(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric2 = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric2.test(a);
      const bnum = numeric2.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug3 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug3("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug3("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug3("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug3("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match3 = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match3 || match3[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid2;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var clean2 = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module2.exports = clean2;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module2.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module2.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module2.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module2.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module2.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module2.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module2.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module2.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module2.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module2.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module2.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module2.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b, loose) => compare(a, b, loose) > 0;
    module2.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module2.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module2.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module2.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gte2 = (a, b, loose) => compare(a, b, loose) >= 0;
    module2.exports = gte2;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lte2 = (a, b, loose) => compare(a, b, loose) <= 0;
    module2.exports = lte2;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte2 = require_gte();
    var lt = require_lt();
    var lte2 = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt2(a, b, loose);
        case ">=":
          return gte2(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte2(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match3 = null;
      if (!options.rtl) {
        match3 = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match3 || match3.index + match3[0].length !== version.length)) {
          if (!match3 || next.index + next[0].length !== match3.index + match3[0].length) {
            match3 = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match3 === null) {
        return null;
      }
      const major = match3[2];
      const minor = match3[3] || "0";
      const patch = match3[4] || "0";
      const prerelease = options.includePrerelease && match3[5] ? `-${match3[5]}` : "";
      const build2 = options.includePrerelease && match3[6] ? `+${match3[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build2}`, options);
    };
    module2.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var constants6 = require_constants();
    var SemVer = require_semver();
    var truncate2 = (version, truncation, options) => {
      if (!constants6.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module2.exports = truncate2;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range2, start, limit, digitRuns) => {
      if (!isDigit2(range2[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range2[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range2, start, loose, digitRuns) => {
      if (!loose && range2[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range2, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range2, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range2, start, MAX_LENGTH, digitRuns);
      if (isLetter(range2[digitsEnd]) || range2[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range2[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range2, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range2, start, loose, digitRuns) => {
      const hyphen = range2[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range2, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range2, start, loose, digitRuns);
      }
      while (range2[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range2, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range2, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range2[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range2, start) => {
      if (range2[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range2, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range2[end] === ".") {
        const next = findBuildIdentifierEndIndex(range2, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range2, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range2, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range2[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, true, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range2, start, digitRuns) => {
      if (isDigit2(range2[start])) {
        return findVersionNumberEndIndex(range2, start, false, digitRuns);
      }
      return isVersionStart(range2[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range2, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range2, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range2[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range2, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, false, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findVersionEndIndex = (range2, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range2, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range2, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range2, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range2[position])) {
        position++;
      }
      if (range2[position] === "<" || range2[position] === ">") {
        position++;
      }
      if (range2[position] === "=") {
        position++;
      }
      return isWhitespace(range2[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range2) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range2.length) {
        const matchStart = cursor;
        if (range2[cursor] === "<" || range2[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range2[cursor]) && !isVersionStart(range2[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range2.length && isVersionPrefix(range2[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range2[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range2, matchStart);
        if (whitespacePosition !== -1) {
          result += range2.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range2, cursor, digitRuns);
      }
      return result + range2.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range2 = class _Range {
      constructor(range2, options) {
        options = parseOptions(options);
        if (range2 instanceof _Range) {
          if (range2.loose === !!options.loose && range2.includePrerelease === !!options.includePrerelease) {
            return range2;
          } else {
            return new _Range(range2.raw, options);
          }
        }
        if (range2 instanceof Comparator) {
          this.raw = range2.value;
          this.set = [[range2]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range2.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range2) {
        range2 = range2.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range2;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range2 = range2.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug3("hyphen replace", range2);
        range2 = trimComparatorWhitespace(range2);
        debug3("comparator trim", range2);
        range2 = range2.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug3("tilde trim", range2);
        range2 = range2.replace(re[t.CARETTRIM], caretTrimReplace);
        debug3("caret trim", range2);
        let rangeList = range2.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug3("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug3("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range2, options) {
        if (!(range2 instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range2.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range2;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug3 = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug3("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug3("caret", comp);
      comp = replaceTildes(comp, options);
      debug3("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug3("xrange", comp);
      comp = replaceStars(comp, options);
      debug3("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug3("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug3("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug3("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug3("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug3("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug3("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug3("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug3("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug3("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug3("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug3("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug3(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug3("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug3("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug3("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range2(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range2(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug3 = require_debug();
    var SemVer = require_semver();
    var Range2 = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range2 = require_range();
    var satisfies3 = (version, range2, options) => {
      try {
        range2 = new Range2(range2, options);
      } catch (er) {
        return false;
      }
      return range2.test(version);
    };
    module2.exports = satisfies3;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module2) {
    "use strict";
    var Range2 = require_range();
    var toComparators = (range2, options) => new Range2(range2, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module2.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var maxSatisfying = (versions, range2, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range2(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module2.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var minSatisfying = (versions, range2, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range2(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module2.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range2 = require_range();
    var gt2 = require_gt();
    var minVersion = (range2, loose) => {
      range2 = new Range2(range2, loose);
      let minver = new SemVer("0.0.0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range2.test(minver)) {
        return minver;
      }
      return null;
    };
    module2.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range2 = require_range();
    var validRange = (range2, options) => {
      try {
        return new Range2(range2, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range2 = require_range();
    var satisfies3 = require_satisfies();
    var gt2 = require_gt();
    var lt = require_lt();
    var lte2 = require_lte();
    var gte2 = require_gte();
    var outside = (version, range2, hilo, options) => {
      version = new SemVer(version, options);
      range2 = new Range2(range2, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte2;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte2;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies3(version, range2, options)) {
        return false;
      }
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module2.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range2, options) => outside(version, range2, ">", options);
    module2.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range2, options) => outside(version, range2, "<", options);
    module2.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module2) {
    "use strict";
    var Range2 = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range2(r1, options);
      r2 = new Range2(r2, options);
      return r1.intersects(r2, options);
    };
    module2.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module2) {
    "use strict";
    var satisfies3 = require_satisfies();
    var compare = require_compare();
    module2.exports = (versions, range2, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies3(version, range2, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range2.raw === "string" ? range2.raw : String(range2);
      return simplified.length < original.length ? simplified : range2;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module2) {
    "use strict";
    var Range2 = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies3 = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range2(sub, options);
      dom = new Range2(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt) {
        gtltComp = compare(gt2.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies3(eq, String(gt2), options)) {
          return null;
        }
        if (lt && !satisfies3(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies3(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module2.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module2) {
    "use strict";
    var internalRe = require_re();
    var constants6 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid2 = require_valid();
    var clean2 = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte2 = require_gte();
    var lte2 = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate2 = require_truncate();
    var Comparator = require_comparator();
    var Range2 = require_range();
    var satisfies3 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse,
      valid: valid2,
      clean: clean2,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt,
      eq,
      neq,
      gte: gte2,
      lte: lte2,
      cmp,
      coerce,
      truncate: truncate2,
      Comparator,
      Range: Range2,
      satisfies: satisfies3,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants6.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants6.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/cli/check-command.ts
var check_command_exports = {};
__export(check_command_exports, {
  CHECK_USAGE: () => CHECK_USAGE,
  runCheckCommand: () => runCheckCommand
});
module.exports = __toCommonJS(check_command_exports);
var import_node_os5 = require("node:os");
var import_node_path16 = require("node:path");

// src/builtin.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)("/");
function onFirstUse(name) {
  let loaded;
  return () => loaded ??= load(name);
}

// src/exec.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"), 1);
var crypto = onFirstUse("node:crypto");
var childProcess = onFirstUse("node:child_process");
var DEFAULT_KILL_GRACE_MS = 1e4;
function findExecutable(name, searchPath = process.env.PATH ?? "") {
  for (const dir of searchPath.split(import_node_path.default.delimiter)) {
    if (dir === "") continue;
    const candidate = import_node_path.default.join(dir, name);
    try {
      (0, import_node_fs.accessSync)(candidate, import_node_fs.constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var Exec = {
  async run(cmd, args, opts = {}) {
    const env = { ...process.env, ...opts.env };
    const program = import_node_path.default.isAbsolute(cmd) ? cmd : findExecutable(cmd, env.PATH);
    if (program === void 0) return notStarted(`${cmd} is not on PATH`);
    const token = `container-gate-watchdog-${crypto().randomBytes(12).toString("hex")}`;
    const watched = opts.timeoutMs !== void 0;
    const argv = watched ? ["-e", WATCHDOG, "--", String(opts.timeoutMs), String(opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS), token, program, ...args] : [...args];
    const lines = opts.onLine && lineSplitter((l) => !l.startsWith(token) && opts.onLine(l));
    try {
      const { getExecOutput: getExecOutput2 } = await Promise.resolve().then(() => (init_exec(), exec_exports));
      const result = await getExecOutput2(watched ? process.execPath : program, argv, {
        env,
        cwd: opts.cwd,
        silent: true,
        ignoreReturnCode: true,
        // Only when there is some: @actions/exec writes it with no error handler of its own, so a program that exits
        // before reading an empty one would end this process with EPIPE. None of the programs we run reads stdin unasked.
        ...opts.input !== void 0 && { input: Buffer.from(opts.input) },
        listeners: lines && { stdout: lines.stdout, stderr: lines.stderr }
      });
      lines?.flush();
      if (!watched || !result.stderr.includes(token)) return result;
      const notRun = new RegExp(`^${token} not started: (.*)$`, "m").exec(result.stderr);
      if (notRun) return notStarted(`could not run ${cmd}: ${notRun[1]}`);
      return { ...result, stderr: result.stderr.split(`${token}
`).join(""), timedOut: true };
    } catch (error) {
      return notStarted(`could not run ${cmd}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
};
function runLocal(program, args, opts = {}) {
  return new Promise((resolve8) => {
    childProcess().execFile(program, args, { cwd: opts.cwd, encoding: "utf8", maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error === null) return resolve8({ exitCode: 0, stdout, stderr });
      const failed = error;
      if (typeof failed.code === "number") return resolve8({ exitCode: failed.code, stdout, stderr });
      if (failed.signal) return resolve8({ exitCode: 128 + (import_node_os.constants.signals[failed.signal] ?? 0), stdout, stderr });
      resolve8(notStarted(`could not run ${program}: ${error.message}`));
    });
  });
}
var WATCHDOG = `
const [timeoutMs, graceMs, token, program, ...args] = process.argv.slice(1)
const { spawn } = require('node:child_process')
const { constants } = require('node:os')
const child = spawn(program, args, { stdio: 'inherit', detached: true })
const signal = (name) => { try { process.kill(-child.pid, name) } catch {} }
let stopped = false
const deadline = setTimeout(() => {
  stopped = true
  process.stderr.write(token + '\\n')
  signal('SIGTERM')
  setTimeout(() => signal('SIGKILL'), Number(graceMs)).unref()
}, Number(timeoutMs))
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => signal(name))
const parent = process.ppid
const orphaned = setInterval(() => { if (process.ppid !== parent) { signal('SIGKILL'); process.exit(1) } }, 1000)
child.on('error', (error) => { process.stderr.write(token + ' not started: ' + error.message + '\\n'); process.exit(127) })
child.on('exit', (code, name) => {
  clearTimeout(deadline)
  clearInterval(orphaned)
  if (stopped) signal('SIGKILL')
  process.exitCode = code === null ? 128 + (constants.signals[name] || 0) : code
})
`;
function lineSplitter(onLine) {
  const partial = { stdout: "", stderr: "" };
  const take = (stream2) => (data) => {
    const parts = (partial[stream2] + data.toString("utf8")).split("\n");
    partial[stream2] = parts.pop() ?? "";
    parts.forEach((l) => onLine(l.replace(/\r$/, "")));
  };
  return {
    stdout: take("stdout"),
    stderr: take("stderr"),
    flush: () => {
      for (const stream2 of ["stdout", "stderr"]) if (partial[stream2] !== "") onLine(partial[stream2]);
    }
  };
}
function notStarted(message2) {
  return { exitCode: -1, stdout: "", stderr: "", startError: message2 };
}
function lastNonBlankLine(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "").at(-1);
}
async function timed(step) {
  const started = Date.now();
  const outcome = await step();
  return { ...outcome, durationMs: Date.now() - started };
}

// src/diff-hunks.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunks(patch) {
  const hunks = [];
  let hunk;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0;
  for (const line of patch.split("\n")) {
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const mark = line[0];
      if (mark === "+") {
        hunk.added.push(next++);
        newLeft--;
        continue;
      }
      if (mark === "-") {
        oldLeft--;
        continue;
      }
      if (mark === "\\") continue;
      if (mark === " " || mark === void 0 || line === "\r") {
        next++;
        oldLeft--;
        newLeft--;
        continue;
      }
      oldLeft = newLeft = 0;
    }
    const header = HUNK_HEADER.exec(line);
    if (!header) continue;
    hunk = {
      oldStart: Number(header[1]),
      oldLines: header[2] === void 0 ? 1 : Number(header[2]),
      newStart: Number(header[3]),
      newLines: header[4] === void 0 ? 1 : Number(header[4]),
      added: []
    };
    hunks.push(hunk);
    oldLeft = hunk.oldLines;
    newLeft = hunk.newLines;
    next = hunk.newStart;
  }
  return hunks;
}

// src/baseline/diff.ts
function changedLines(diff) {
  const ranges = [];
  for (const line of parseHunks(diff).flatMap((h) => h.added)) {
    const last = ranges.at(-1);
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}
function overlaps(a, b) {
  return a.start <= b.end && b.start <= a.end;
}
function diffArgs(base, dockerfile, against) {
  const revision = against === "merge-base" ? `${base}...HEAD` : base;
  return ["diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--", dockerfile];
}

// src/baseline/changed-lines.ts
async function readChangedLines(req) {
  const args = diffArgs(req.base, req.dockerfile, req.against);
  const result = await Exec.run("git", args, { cwd: req.workspace });
  if (result.startError !== void 0) return { unknown: result.startError };
  if (result.exitCode !== 0) {
    const why = lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`;
    return { unknown: `git ${args.slice(0, -2).join(" ")} failed: ${why}; a shallow clone lacks the base commit, so check out with fetch-depth: 0` };
  }
  return changedLines(result.stdout);
}
async function headCommit(workspace) {
  const result = await Exec.run("git", ["rev-parse", "--verify", "HEAD"], { cwd: workspace });
  const sha = result.exitCode === 0 ? result.stdout.trim() : "";
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}

// src/baseline/keys.ts
function vulnerabilityIdentity(v, artifactName) {
  const target = artifactName && v.target.startsWith(artifactName) ? `IMAGE${v.target.slice(artifactName.length)}` : v.target;
  return { id: v.id, pkgName: v.pkgName, installedVersion: v.installedVersion, target };
}
function identityKey(v) {
  return JSON.stringify([v.id, v.pkgName, v.installedVersion, v.target]);
}

// src/baseline/compare.ts
function compareWithBaseline(input) {
  const { baseline } = input;
  if ("missing" in baseline) {
    return { lint: [...input.lint], scan: input.scan, comparison: { notes: [`No baseline: ${baseline.missing}. Nothing is marked new.`] } };
  }
  const notes = [];
  const known = baseline.results.vulnerabilities;
  if (known === void 0) notes.push("The baseline's run did not scan its image, so no vulnerability is marked new.");
  const scan2 = known === void 0 ? input.scan : markVulnerabilities(input.scan, known);
  const changed = input.changed;
  if ("unknown" in changed) notes.push(`Could not diff the Dockerfile (${changed.unknown}): every lint finding counts as new.`);
  const lint = input.lint.map((f) => ({ ...f, introduced: "unknown" in changed || touched(spanOf(f.line, input.instructions), changed) }));
  const results = baseline.results;
  const info3 = {
    source: baseline.source,
    ...results.commit !== void 0 && { commit: results.commit },
    ...results.imageSize !== void 0 && { imageSize: results.imageSize },
    ...known !== void 0 && { vulnerabilities: known.length },
    lintFindings: results.lint.length
  };
  return { lint, scan: scan2, comparison: { baseline: info3, notes } };
}
function markVulnerabilities(scan2, known) {
  const report = scan2.report;
  if (!report) return scan2;
  const keys = new Set(known.map(identityKey));
  const vulnerabilities = report.vulnerabilities.map((v) => ({ ...v, introduced: !keys.has(identityKey(vulnerabilityIdentity(v, report.artifactName))) }));
  return { ...scan2, report: { ...report, vulnerabilities } };
}
function spanOf(line, instructions2) {
  return instructions2.find((i) => i.start <= line && line <= i.end) ?? { start: line, end: line };
}
function touched(span, changed) {
  return changed.some((c) => overlaps(span, c));
}

// src/cache/keys.ts
var import_node_path2 = __toESM(require("node:path"), 1);
var PREFIX = "container-gate-trivy-db";
function dbCacheKey(platform2, now) {
  return `${dbRestoreKey(platform2)}${now.toISOString().slice(0, 10)}`;
}
function dbRestoreKey(platform2) {
  return `${PREFIX}-${platform2}-`;
}
function dbCachePaths(cacheDir2) {
  return [import_node_path2.default.join(cacheDir2, "db"), import_node_path2.default.join(cacheDir2, "java-db")];
}
function cacheUnavailableReason(env, featureAvailable) {
  if (featureAvailable) return void 0;
  if (env.GITHUB_ACTIONS !== "true") return "not running on GitHub Actions, so there is no cache service";
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  if (!/^https:\/\/(github\.com|[^/]+\.ghe\.com)\/?$/.test(server)) {
    return `${server} (GitHub Enterprise Server) offers this job no cache service (it needs GHES 3.5 or later with Actions cache enabled)`;
  }
  return "the runner gave this job no cache service URL (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL)";
}

// src/cache/service.ts
var cache = __toESM(require_cache(), 1);
var actionsCache = {
  unavailableReason: () => cacheUnavailableReason(process.env, cache.isFeatureAvailable()),
  restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
  save: async (paths, key) => await cache.saveCache(paths, key) !== -1
};

// src/cache/trivy-db.ts
var import_node_fs2 = require("node:fs");
async function restoreTrivyDb(opts, log) {
  const platform2 = opts.platform ?? process.platform;
  const key = dbCacheKey(platform2, opts.now ?? /* @__PURE__ */ new Date());
  const service = opts.service ?? actionsCache;
  const paths = dbCachePaths(opts.cacheDir);
  const state = (hit) => ({ paths, key, hit, service });
  const unavailable = service.unavailableReason();
  if (unavailable !== void 0) {
    log.info(`Trivy DB cache off: ${unavailable}. Trivy downloads its DB on each run.`);
    return state("off");
  }
  try {
    const matched = await service.restore(paths, key, [dbRestoreKey(platform2)]);
    if (matched === void 0) {
      log.info(`Trivy DB cache: no entry for ${key} or an earlier day; Trivy downloads the DB.`);
      return state("miss");
    }
    log.info(`Trivy DB cache: restored ${matched}.`);
    return state(matched === key ? "exact" : "older");
  } catch (error) {
    log.warn(`Trivy DB cache: could not restore ${key} (${message(error)}); Trivy downloads the DB.`);
    return state("off");
  }
}
async function saveTrivyDb(state, log) {
  if (state.hit === "exact" || state.hit === "off") return;
  if (!state.paths.some((p) => (0, import_node_fs2.existsSync)(p))) {
    log.info(`Trivy DB cache: nothing to save under ${state.key}; the scan left no DB in ${state.paths[0]}.`);
    return;
  }
  try {
    if (await state.service.save(state.paths, state.key)) log.info(`Trivy DB cache: saved ${state.key}.`);
    else log.info(`Trivy DB cache: ${state.key} was not saved (the cache service said why above).`);
  } catch (error) {
    log.warn(`Trivy DB cache: could not save ${state.key} (${message(error)}); the next run downloads the DB again.`);
  }
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/real-paths.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/types.ts
var LINT_LEVELS = ["error", "warning", "info", "style"];
var VULN_SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"];
var FAIL_SCOPES = ["all", "new"];

// src/options.ts
var UsageError = class extends Error {
  name = "UsageError";
};
function parseChoice(setting, value, allowed) {
  const v = value.trim().toLowerCase();
  const hit = allowed.find((a) => a.toLowerCase() === v);
  if (hit === void 0) {
    throw new UsageError(`${setting}: "${value}" is not allowed. Use one of: ${allowed.map((a) => a.toLowerCase()).join(", ")}.`);
  }
  return hit;
}
function parseFailOnVuln(setting, value) {
  return parseChoice(setting, value, [...VULN_SEVERITIES, "none"]);
}
function parseFailOnLint(setting, value) {
  return parseChoice(setting, value, [...LINT_LEVELS, "none"]);
}
function parseSeverities(setting, value) {
  const items = value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return [...VULN_SEVERITIES];
  const chosen = new Set(items.map((item) => parseChoice(setting, item, VULN_SEVERITIES)));
  return VULN_SEVERITIES.filter((s) => chosen.has(s));
}
function parseBoolean(setting, value) {
  if (["true", "True", "TRUE"].includes(value.trim())) return true;
  if (["false", "False", "FALSE"].includes(value.trim())) return false;
  throw new UsageError(`${setting}: "${value}" is not a boolean. Use true or false.`);
}

// src/real-paths.ts
function notRegularFile(path18) {
  let stats;
  try {
    stats = (0, import_node_fs3.statSync)(path18);
  } catch {
    return void 0;
  }
  return stats.isDirectory() ? void 0 : notRegular(stats);
}
function notRegular(stats) {
  if (stats.isFile()) return void 0;
  if (stats.isDirectory()) return "is a directory";
  if (stats.isFIFO()) return "is a named pipe (FIFO), not a file";
  if (stats.isSocket()) return "is a socket, not a file";
  return "is a device, not a file";
}
var OPEN_FLAGS = import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NONBLOCK ?? 0);
function readTextFile(path18) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(path18, OPEN_FLAGS);
  } catch (error) {
    return { reason: error.code === "ENXIO" && notRegularFile(path18) || describeFsError(error) };
  }
  try {
    const notFile = notRegular((0, import_node_fs3.fstatSync)(fd));
    return notFile ? { reason: notFile } : (0, import_node_fs3.readFileSync)(fd, "utf8");
  } catch (error) {
    return { reason: describeFsError(error) };
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "not found";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
function makeFolder(path18, mode = 511) {
  let error = mkdirOnce(path18, mode);
  const parent = (0, import_node_path3.dirname)(path18);
  if (error?.code === "ENOENT" && parent !== path18) {
    makeFolder(parent, mode);
    error = mkdirOnce(path18, mode);
  }
  if (error) throw error;
}
function mkdirOnce(path18, mode) {
  try {
    (0, import_node_fs3.mkdirSync)(path18, { mode });
    return void 0;
  } catch (error) {
    const failure = error;
    return failure.code === "EEXIST" && isFolder(path18) ? void 0 : failure;
  }
}
function isFolder(path18) {
  try {
    return (0, import_node_fs3.statSync)(path18).isDirectory();
  } catch {
    return false;
  }
}

// src/baseline/results.ts
var BASELINE_VERSION = 1;
function toBaselineResults(run2, commit) {
  if (run2.build.status === "failed") return { unusable: "its image build failed" };
  if (run2.scan.status === "failed") return { unusable: "its vulnerability scan failed" };
  const report = run2.scan.report;
  return {
    version: BASELINE_VERSION,
    dockerfile: run2.dockerfile,
    ...commit && { commit },
    ...report && { vulnerabilities: report.vulnerabilities.map((v) => vulnerabilityIdentity(v, report.artifactName)) },
    lint: run2.lint.map(({ line, code, level, message: message2 }) => ({ line, code, level, message: message2 })),
    ...run2.build.imageSize !== void 0 && { imageSize: run2.build.imageSize }
  };
}
function parseBaselineResults(text, where) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${where}: not JSON (${e.message})`);
  }
  const fail = (what) => {
    throw new BaselineError(`${where}: not a Container Gate baseline: ${what}`);
  };
  if (!isRecord(data)) return fail("expected an object");
  if (data.version !== BASELINE_VERSION) return fail(`version ${JSON.stringify(data.version)}, expected ${BASELINE_VERSION}`);
  if (typeof data.dockerfile !== "string") return fail("dockerfile is not a string");
  if (data.commit !== void 0 && typeof data.commit !== "string") return fail("commit is not a string");
  if (data.imageSize !== void 0 && !isCount(data.imageSize)) return fail("imageSize is not a byte count");
  if (data.vulnerabilities !== void 0 && !(Array.isArray(data.vulnerabilities) && data.vulnerabilities.every(isIdentity))) {
    return fail("vulnerabilities must list { id, pkgName, installedVersion, target } strings");
  }
  if (!Array.isArray(data.lint) || !data.lint.every(isLintFinding)) return fail("lint must list { line, code, level, message }");
  return data;
}
var BaselineError = class extends Error {
  name = "BaselineError";
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isIdentity(value) {
  return isRecord(value) && ["id", "pkgName", "installedVersion", "target"].every((k) => typeof value[k] === "string");
}
function isLintFinding(value) {
  return isRecord(value) && isCount(value.line) && typeof value.code === "string" && typeof value.message === "string" && LINT_LEVELS.includes(value.level);
}

// src/baseline/file.ts
var import_promises = require("node:fs/promises");
var import_node_path4 = require("node:path");
async function readBaselineFile(path18, shown) {
  let text;
  try {
    text = await (0, import_promises.readFile)(path18, "utf8");
  } catch (e) {
    throw new UsageError(`--baseline-file: cannot read ${shown} (${e.message}). Write one with container-gate check --write-baseline.`);
  }
  try {
    return { results: parseBaselineResults(text, shown), source: shown };
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline-file: ${e.message}. Write one with container-gate check --write-baseline.`);
    throw e;
  }
}
async function writeBaselineFile(run2, path18, commit) {
  const results = toBaselineResults(run2, commit);
  if ("unusable" in results) return `this run cannot serve as a baseline, ${results.unusable}`;
  makeFolder((0, import_node_path4.dirname)(path18));
  await (0, import_promises.writeFile)(path18, JSON.stringify(results, null, 2) + "\n");
  return void 0;
}

// src/baseline/scope.ts
var JUDGED_ALL_NOTE = "fail-scope is new, but without a baseline nothing can be told apart as new, so every finding is judged, as with fail-scope: all.";
function scopedPolicy(policy, comparison) {
  if (policy.failScope !== "new" || comparison?.baseline) return { policy, ...comparison && { comparison } };
  return { policy: { ...policy, failScope: "all" }, comparison: { notes: [...comparison?.notes ?? [], JUDGED_ALL_NOTE] } };
}

// src/baseline/index.ts
function baselineComparer(opts) {
  return async (head, log) => {
    const baseline = await opts.load(log);
    const instructions2 = head.model.instructions.map((i) => ({ start: i.line, end: i.endLine }));
    const input = { lint: head.lint, scan: head.scan, instructions: instructions2, baseline };
    if ("missing" in baseline) {
      log.info(`No baseline: ${baseline.missing}.`);
      return compareWithBaseline({ ...input, changed: [] });
    }
    const base = opts.diff.base ?? baseline.results.commit;
    const changed = base ? await readChangedLines({ workspace: opts.workspace, dockerfile: opts.dockerfile, base, against: opts.diff.against }) : { unknown: "the baseline names no commit to diff against" };
    return compareWithBaseline({ ...input, changed });
  };
}

// src/duration.ts
var UNIT_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var MAX_MS = 24 * UNIT_MS.h;
function parseDuration(setting, value) {
  const text = value.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (text === "" || parts.map((p) => p[0]).join("") !== text) {
    throw new UsageError(
      `${setting}: "${value}" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy's --timeout: 90s, 5m or 1h30m.`
    );
  }
  const ms = Math.round(parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit], 0));
  if (ms <= 0 || ms > MAX_MS) {
    throw new UsageError(`${setting}: "${value}" is out of range. Give a duration above zero and at most 24h, such as 10m.`);
  }
  return ms;
}
function goDuration(ms) {
  let rest = Math.round(ms);
  let text = "";
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === "" ? "0s" : text;
}

// src/files/dockerfiles.ts
var import_node_fs4 = require("node:fs");
var import_node_path6 = require("node:path");
var import_posix = require("node:path/posix");

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path6 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path6.win32.sep : path6.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/files/glob.ts
var OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true };
function compileGlob(pattern) {
  const source = pattern.replace(/\\/g, "/").replace(/^(\.\/+)+/, "").replace(/\/+$/, "");
  const absolute = source.startsWith("/");
  const segments = source.split("/").filter((s) => s !== "" && s !== ".");
  const firstWild = segments.findIndex((s) => new Minimatch(s, OPTIONS).hasMagic());
  const literal = firstWild < 0;
  const lead = absolute ? "/" : "";
  const root = lead + (literal ? segments : segments.slice(0, firstWild)).join("/");
  const matcher = new Minimatch(lead + segments.join("/"), OPTIONS);
  return { source, root, rest: literal ? "" : segments.slice(firstWild).join("/"), absolute, literal, matches: (path18) => matcher.match(path18) };
}
function escapeGlob(path18) {
  return path18.replace(/\\/g, "\\\\").replace(/[[?*]/g, "[$&]");
}

// src/files/patterns.ts
var import_promises2 = require("node:fs/promises");
var import_node_path5 = require("node:path");

// quiet-glob:core
function debug() {
}

// node_modules/@actions/glob/lib/internal-globber.js
var fs2 = __toESM(require("fs"), 1);

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}

// node_modules/@actions/glob/lib/internal-globber.js
var path10 = __toESM(require("path"), 1);

// node_modules/@actions/glob/lib/internal-path-helper.js
var path7 = __toESM(require("path"), 1);
var import_assert2 = __toESM(require("assert"), 1);
var IS_WINDOWS3 = process.platform === "win32";
function dirname6(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path7.dirname(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
function ensureAbsoluteRoot(root, itemPath) {
  (0, import_assert2.default)(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  (0, import_assert2.default)(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS3) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      (0, import_assert2.default)(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators2(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      (0, import_assert2.default)(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  (0, import_assert2.default)(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS3 && root.endsWith("\\")) {
  } else {
    root += path7.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  (0, import_assert2.default)(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  (0, import_assert2.default)(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators2(p) {
  p = p || "";
  if (IS_WINDOWS3) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators2(p);
  if (!p.endsWith(path7.sep)) {
    return p;
  }
  if (p === path7.sep) {
    return p;
  }
  if (IS_WINDOWS3 && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS4 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname6(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname6(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
function match2(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
var os2 = __toESM(require("os"), 1);
var path9 = __toESM(require("path"), 1);
var import_assert4 = __toESM(require("assert"), 1);

// node_modules/@actions/glob/lib/internal-path.js
var path8 = __toESM(require("path"), 1);
var import_assert3 = __toESM(require("assert"), 1);
var IS_WINDOWS5 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      (0, import_assert3.default)(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path8.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname6(remaining);
        while (dir !== remaining) {
          const basename7 = path8.basename(remaining);
          this.segments.unshift(basename7);
          remaining = dir;
          dir = dirname6(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      (0, import_assert3.default)(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        (0, import_assert3.default)(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators2(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          (0, import_assert3.default)(segment === dirname6(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          (0, import_assert3.default)(!segment.includes(path8.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path8.sep) || IS_WINDOWS5 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path8.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS6 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir4) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      (0, import_assert4.default)(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      (0, import_assert4.default)(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir4);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators2(pattern).endsWith(path9.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS6 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS6,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS6 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators2(itemPath);
      if (!itemPath.endsWith(path9.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path9.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname6(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS6 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS6 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir4) {
    (0, import_assert4.default)(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    (0, import_assert4.default)(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    (0, import_assert4.default)(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators2(pattern);
    if (pattern === "." || pattern.startsWith(`.${path9.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path9.sep}`)) {
      homedir4 = homedir4 || os2.homedir();
      (0, import_assert4.default)(homedir4, "Unable to determine HOME directory");
      (0, import_assert4.default)(hasAbsoluteRoot(homedir4), `Expected HOME directory to be a rooted path. Actual '${homedir4}'`);
      pattern = _Pattern.globEscape(homedir4) + pattern.substr(1);
    } else if (IS_WINDOWS6 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS6 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators2(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS6 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS6 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path18, level) {
    this.path = path18;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve8, reject) {
        v = o[n](v), settle(resolve8, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve8, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve8({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS7 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter5(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs2.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match2(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path10.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs2.promises.readdir(item.path))).map((x) => new SearchState(path10.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter5(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options);
      if (IS_WINDOWS7) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options, traversalChain) {
    return __awaiter5(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs2.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs2.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs2.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/glob.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}

// src/files/patterns.ts
var SKIPPED_FOLDERS = [".git", "node_modules"];
async function matchFiles(base, lines, opts = {}) {
  const includes = lines.filter((l) => !l.startsWith("!")).map(compileGlob);
  const excludes = lines.filter((l) => l.startsWith("!")).map((l) => compileGlob(l.slice(1)));
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const glob of includes) {
    const files = (await expand2(base, glob, opts)).filter((f) => !excludes.some((x) => excluded(x, f)));
    if (files.length === 0) unmatched.push(glob.source);
    for (const f of files) found.add(f);
  }
  return { files: [...found].sort(), unmatched };
}
function isExcluded(lines, file) {
  return lines.some((l) => l.startsWith("!") && excluded(compileGlob(l.slice(1)), file));
}
function excluded(glob, file) {
  return glob.matches(file) || glob.literal && file.startsWith(`${glob.root}/`);
}
async function expand2(base, glob, opts) {
  const start = (0, import_node_path5.resolve)(base, glob.root);
  const kind = await kindOf(start);
  const shown = (path18) => glob.absolute ? path18.split(import_node_path5.sep).join("/") : toRelative(base, path18);
  if (glob.literal) {
    if (kind === "file" || kind === "folder" && !opts.inFolder) return [shown(start)];
    if (kind !== "folder") return [];
    return (await walk(start, "**")).map(shown).filter((f) => opts.inFolder(f));
  }
  if (kind !== "folder") return [];
  return (await walk(start, glob.rest)).map(shown);
}
async function walk(folder, pattern) {
  const root = escapeGlob(folder.endsWith(import_node_path5.sep) ? folder : folder + import_node_path5.sep);
  const skipped = SKIPPED_FOLDERS.map((name) => `!${root}**/${name}/**`);
  const globber = await create([root + pattern, ...skipped].join("\n"), { followSymbolicLinks: false, implicitDescendants: false, matchDirectories: false });
  const files = [];
  for await (const path18 of globber.globGenerator()) if (await kindOf(path18) === "file") files.push(path18);
  return files;
}
async function kindOf(path18) {
  try {
    const s = await (0, import_promises2.stat)(path18);
    return s.isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
function toRelative(base, path18) {
  const rel = (0, import_node_path5.relative)(base, path18);
  if (rel === "") return ".";
  return ((0, import_node_path5.isAbsolute)(rel) ? path18 : rel).split(import_node_path5.sep).join("/");
}

// src/files/dockerfiles.ts
var DOCKERFILE_INPUT = { name: "input dockerfile", entry: "line", folder: "the workspace", alsoCheck: " and that the repository is checked out" };
var DOCKERFILE_FLAG = { name: "--dockerfile", entry: "pattern", folder: "the current folder", alsoCheck: "" };
async function findDockerfiles(workspace, lines, setting = DOCKERFILE_INPUT) {
  const { files, unmatched } = await matchFiles(workspace, lines);
  const asWritten = (p) => (0, import_node_fs4.statSync)((0, import_node_path6.resolve)(workspace, p), { throwIfNoEntry: false })?.isFile() === true;
  const globs = unmatched.filter((p) => !compileGlob(p).literal && !asWritten(p));
  if (globs.length > 0) {
    throw new UsageError(
      `${setting.name}: ${globs.map((g) => `"${g}"`).join(", ")} matched no file in ${workspace}. Check the pattern (relative to ${setting.folder}; \`*\` stays within a folder, \`**\` spans folders)${setting.alsoCheck}.`
    );
  }
  const literals = unmatched.filter((p) => {
    const glob = compileGlob(p);
    return (glob.literal || asWritten(p)) && !isExcluded(lines, glob.literal ? glob.root : glob.source);
  });
  const dockerfiles = [.../* @__PURE__ */ new Set([...files, ...literals])].sort();
  if (dockerfiles.length === 0) {
    throw new UsageError(
      `${setting.name}: no Dockerfile is left to gate once the ${setting.entry}s starting with ! leave theirs out. Name at least one path or glob that no ! ${setting.entry} covers.`
    );
  }
  return dockerfiles;
}
function ownContext(dockerfile) {
  return (0, import_posix.dirname)(dockerfile);
}

// src/counts.ts
function countBySeverity(vulns) {
  const counts = Object.fromEntries(VULN_SEVERITIES.map((s) => [s, 0]));
  for (const v of vulns) counts[v.severity]++;
  return counts;
}
function countByLevel(findings) {
  const counts = Object.fromEntries(LINT_LEVELS.map((l) => [l, 0]));
  for (const f of findings) counts[f.level]++;
  return counts;
}
function atOrAbove(order, value, threshold) {
  return order.indexOf(value) <= order.indexOf(threshold);
}

// src/gate.ts
function decide(lint, build2, scan2, policy) {
  const reasons = [];
  const scoped = policy.failScope === "new";
  const label = scoped ? "new " : "";
  const setting = (name, value) => `(${name}: ${value}${scoped ? ", fail-scope: new" : ""})`;
  if (build2.status === "failed") reasons.push(`the image build failed: ${build2.reason ?? "see the build log"}`);
  if (scan2.status === "failed") reasons.push(`the vulnerability scan failed: ${scan2.reason ?? "see the scan log"}`);
  const failOnVuln = policy.failOnVuln;
  if (failOnVuln !== "none" && scan2.report) {
    const kinds = [
      [scan2.report.vulnerabilities, "vulnerability", "vulnerabilities"],
      [scan2.report.misconfigurations ?? [], "misconfiguration", "misconfigurations"],
      [scan2.report.licenses ?? [], "licence", "licences"]
    ];
    for (const [findings, one, many] of kinds) {
      const counts = countBySeverity(inScope(findings, policy));
      const hits = VULN_SEVERITIES.filter((s) => counts[s] > 0 && atOrAbove(VULN_SEVERITIES, s, failOnVuln));
      if (hits.length === 0) continue;
      const list = hits.map((s) => `${counts[s]} ${label}${s}`).join(", ");
      reasons.push(`${list} ${plural(hits.reduce((n, s) => n + counts[s], 0), one, many)} ${setting("fail-on-vuln", failOnVuln.toLowerCase())}`);
    }
  }
  const failOnLint = policy.failOnLint;
  if (failOnLint !== "none") {
    const counts = countByLevel(inScope(lint, policy));
    const hits = LINT_LEVELS.filter((l) => counts[l] > 0 && atOrAbove(LINT_LEVELS, l, failOnLint));
    if (hits.length > 0) {
      const list = hits.map((l) => `${counts[l]} ${label}${l}`).join(", ");
      reasons.push(`${list} lint ${plural(hits.reduce((n, l) => n + counts[l], 0), "finding", "findings")} ${setting("fail-on-lint", failOnLint)}`);
    }
  }
  return { pass: reasons.length === 0, reasons };
}
function combineRuns(runs) {
  if (runs.length === 0) return { runs: [], verdict: { pass: false, reasons: ["no Dockerfile was gated"] } };
  const named = runs.length > 1;
  const reasons = runs.flatMap((r) => r.verdict.reasons.map((reason) => named ? `${r.dockerfile}: ${reason}` : reason));
  return { runs: [...runs], verdict: { pass: runs.every((r) => r.verdict.pass), reasons } };
}
function runsOf(report) {
  return "runs" in report ? report.runs : [report];
}
function inScope(findings, policy) {
  return policy.failScope === "new" ? findings.filter((f) => f.introduced === true) : findings;
}
function plural(n, one, many) {
  return n === 1 ? one : many;
}

// src/image-tag.ts
var import_node_crypto = require("node:crypto");
function defaultImageTag(repository, sha, dockerfile) {
  const name = slug(repository.split("/").pop() ?? "");
  const suffix = dockerfile === void 0 ? "" : dockerfileSuffix(dockerfile);
  const tag = sha.toLowerCase().replace(/[^a-z0-9._-]/g, "").replace(/^[.-]+/, "").slice(0, 12);
  return `container-gate/${[name || "image", suffix].filter(Boolean).join("-")}:${tag || "local"}`;
}
var PART_MAX = 100;
function dockerfileSuffix(path18) {
  const readable = path18.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (/^[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*$/.test(path18) && readable.length <= PART_MAX) return readable;
  const digest = (0, import_node_crypto.createHash)("sha256").update(path18).digest("hex").slice(0, 10);
  return `${readable.slice(0, PART_MAX - 12).replace(/-+$/, "")}--${digest}`;
}
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/[._-]{2,}/g, (run2) => run2 === "__" || /^-+$/.test(run2) ? run2 : "-").slice(0, PART_MAX).replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
var LINE_BREAK = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var REMEMBERED = 1e4;
function rememberEach(escape2) {
  const known = /* @__PURE__ */ new Map();
  return (text) => {
    const answer = known.get(text);
    if (answer !== void 0 || known.has(text)) return answer;
    if (known.size === REMEMBERED) known.clear();
    const made = escape2(text);
    known.set(text, made);
    return made;
  };
}
function printableLine(text) {
  return UNPRINTABLE.test(text) ? text.replace(ANSI_SEQUENCE, "").replace(LINE_BREAK, " ").replace(CONTROL, "\uFFFD") : text;
}
function printableLines(text) {
  return text.replace(ANSI_SEQUENCE, "").replace(/\r\n?/g, "\n").replace(CONTROL_BUT_LINE_BREAKS, "\uFFFD");
}
var MARKDOWN_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // The zero-width space stops GitHub's mention and reference filters, which run on the rendered text,
  // where the entity alone has already turned back into "@".
  "@": "&#64;&#8203;",
  // A pipe must not end a table cell; an entity has no literal pipe for the table parser to split on.
  "|": "&#124;",
  // Only met before a digit: "#12" would link, and notify, issue 12.
  "#": "#&#8203;"
};
var escapeMarkdown = rememberEach(
  (text) => printableLine(text).replace(/[&<>"@|]|#(?=\d)/g, (c) => MARKDOWN_ENTITIES[c]).replace(/[\\`*_[\]~$:]/g, "\\$&").replace(/\b(www)\./gi, "$1\\.")
);
function inlineCode(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function safeUrl(url) {
  return url === void 0 ? void 0 : canonicalUrl(url);
}
var canonicalUrl = rememberEach((url) => {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/[()<>|`'"\\[\] ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
});
function encodePath(path18) {
  return path18.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
function markdownLink(label, url) {
  const href = safeUrl(url);
  return href === void 0 ? label : `[${label}](${href})`;
}
var UNIT = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|\\[\s\S]|[\ud800-\udbff][\udc00-\udfff]|[\s\S]/giy;
var ELLIPSIS = "\u2026";
function truncate(text, max) {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  if (room < 0) return "";
  UNIT.lastIndex = 0;
  let end = 0;
  while (UNIT.exec(text) !== null && UNIT.lastIndex <= room) end = UNIT.lastIndex;
  return text.slice(0, end) + ELLIPSIS;
}

// src/log.ts
function logLine(text) {
  return withoutCommands(printableLine(text.replace(/\r\n|\n/g, "\\n").replace(/\r/g, "\\r")));
}
function withoutCommands(text) {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, "$1$2\\::").replaceAll("##[", "##\\[");
}
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function logFor(log, dockerfile) {
  return {
    step: (name, fn) => log.step(`${name}: ${dockerfile}`, fn),
    tool: (label, fn) => log.tool(label, fn),
    info: (message2) => log.info(message2),
    warn: (message2) => log.warn(message2)
  };
}

// src/lint/memo.ts
var fileMemos = [];
function forgetFileAnswers() {
  for (let i = 0; i < fileMemos.length; i++) fileMemos[i]();
}
function memoize(compute, lifetime = "key") {
  let lastKey;
  let lastValue;
  let known;
  if (lifetime === "file") {
    fileMemos.push(() => {
      lastKey = void 0;
      lastValue = void 0;
      known = void 0;
    });
  }
  return (key) => {
    if (key === lastKey) return lastValue;
    let value = known?.get(key);
    if (value === void 0 && known?.has(key) !== true) value = compute(key);
    if (lastKey !== void 0 && lastKey !== key) (known ??= /* @__PURE__ */ new WeakMap()).set(lastKey, lastValue);
    lastKey = key;
    lastValue = value;
    return value;
  };
}
function memoizePair(compute, lifetime = "key") {
  const byFirst = memoize((a) => memoize((b) => compute(a, b)), lifetime);
  return (a, b) => byFirst(a)(b);
}

// src/lint/edit-distance.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}

// src/lint/persistent-map.ts
var BITS = 5;
var MASK = (1 << BITS) - 1;
var SMALL = 8;
var PersistentMap = class _PersistentMap {
  constructor(root, size, small) {
    this.root = root;
    this.size = size;
    this.small = small;
  }
  root;
  size;
  small;
  static empty() {
    return new _PersistentMap(void 0, 0, []);
  }
  get(key) {
    return this.entry(key)?.value;
  }
  has(key) {
    return this.entry(key) !== void 0;
  }
  /** A map with `key` set to `value`; this one is unchanged. A key set again keeps its place in the order. */
  set(key, value) {
    const { small } = this;
    if (small) {
      const list = small.slice();
      const at = indexOfKey(small, key);
      if (at !== -1) list[at] = { key, value, order: at };
      else list.push({ key, value, order: small.length });
      if (list.length <= SMALL) return new _PersistentMap(void 0, list.length, list);
      let root;
      for (let e = 0; e < list.length; e++) root = insert(root, hashOf(list[e].key), 0, list[e]);
      return new _PersistentMap(root, list.length);
    }
    const hash = hashOf(key);
    const existing2 = this.entry(key);
    const entry = { key, value, order: existing2?.order ?? this.size };
    return new _PersistentMap(insert(this.root, hash, 0, entry), existing2 ? this.size : this.size + 1);
  }
  // Array iterators rather than generators: a generator is slow before V8 optimises it, and UndefinedVar reads the
  // names of a scope for each undefined name it suggests a spelling for.
  entries() {
    return this.sorted().map(({ key, value }) => [key, value]).values();
  }
  keys() {
    return this.sorted().map(({ key }) => key).values();
  }
  values() {
    return this.sorted().map(({ value }) => value).values();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback) {
    for (const { key, value } of this.sorted()) callback(value, key, this);
  }
  entry(key) {
    const { small } = this;
    if (small) {
      const at = indexOfKey(small, key);
      return at === -1 ? void 0 : small[at];
    }
    const hash = hashOf(key);
    let slot = this.root;
    for (let shift = 0; Array.isArray(slot); shift += BITS) slot = slot[hash >>> shift & MASK];
    const bucket = slot;
    return bucket?.hash === hash ? bucket.entries.find((e) => e.key === key) : void 0;
  }
  sorted() {
    if (this.small) return this.small;
    const all = [];
    const collect = (slot) => {
      if (Array.isArray(slot)) for (const child2 of slot) collect(child2);
      else if (slot) all.push(...slot.entries);
    };
    collect(this.root);
    return all.sort((a, b) => a.order - b.order);
  }
};
function indexOfKey(entries, key) {
  for (let e = 0; e < entries.length; e++) if (entries[e].key === key) return e;
  return -1;
}
function insert(slot, hash, shift, entry) {
  if (slot === void 0) return { hash, entries: [entry] };
  if (Array.isArray(slot)) {
    const branch2 = slot.slice();
    const index = hash >>> shift & MASK;
    branch2[index] = insert(branch2[index], hash, shift + BITS, entry);
    return branch2;
  }
  const bucket = slot;
  if (bucket.hash === hash) return { hash, entries: [...bucket.entries.filter((e) => e.key !== entry.key), entry] };
  const branch = new Array(1 << BITS).fill(void 0);
  branch[bucket.hash >>> shift & MASK] = bucket;
  return insert(branch, hash, shift, entry);
}
function hashOf(key) {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return hash >>> 0;
}

// src/lint/stages.ts
function finalStage(model) {
  return model.stages.at(-1);
}
function builtStage(model, target) {
  if (!target) return finalStage(model);
  return model.stages.find((s) => s.from.alias?.toLowerCase() === target.toLowerCase());
}
function missingTarget(model, target) {
  if (!target || model.stages.length === 0 || builtStage(model, target)) return void 0;
  const names2 = model.stages.flatMap((s) => s.from.alias ? [s.from.alias] : []);
  return `no stage is named "${target}" (the target to build); ${names2.length > 0 ? `the named stages are ${names2.join(", ")}` : "no stage has a name (FROM \u2026 AS name)"}`;
}
function ancestry(model, stage) {
  const chain = [stage];
  for (let parent = stage.parent; parent !== void 0; parent = model.stages[parent].parent) chain.push(model.stages[parent]);
  return chain;
}
function externalBase(model, stage) {
  return ancestry(model, stage).at(-1).from;
}
function baseConfig(model, stage, bases) {
  return bases?.get(externalBase(model, stage).image.text);
}
function lastOf(stage, keyword) {
  return [...stage.instructions].reverse().find((i) => i.keyword === keyword);
}
var effectiveStartup = memoizePair(readStartup, "file");
function readStartup(model, stage) {
  let entrypoint;
  let cmd;
  const chain = ancestry(model, stage);
  for (let a = chain.length - 1; a >= 0; a--) {
    const { instructions: instructions2 } = chain[a];
    let cmdInStage = false;
    for (let i = 0; i < instructions2.length; i++) {
      const instruction = instructions2[i];
      if (instruction.keyword === "CMD") {
        cmd = instruction;
        cmdInStage = true;
      } else if (instruction.keyword === "ENTRYPOINT") {
        entrypoint = instruction;
        if (!cmdInStage) cmd = void 0;
      }
    }
  }
  if (entrypoint === void 0) return cmd === void 0 ? [] : [cmd];
  if (cmd === void 0) return [entrypoint];
  return entrypoint.line <= cmd.line ? [entrypoint, cmd] : [cmd, entrypoint];
}
var effectiveEnv = memoizePair(readEnv, "file");
function readEnv(model, stage) {
  const env = /* @__PURE__ */ new Map();
  const chain = ancestry(model, stage);
  for (let a = chain.length - 1; a >= 0; a--) {
    for (const instruction of chain[a].instructions) {
      if (instruction.keyword !== "ENV") continue;
      for (const p of instruction.properties) env.set(p.key, { instruction, key: p.key, value: p.value ?? "" });
    }
  }
  return [...env.values()];
}
function runsNothing(model, stage) {
  return externalBase(model, stage).image.text.toLowerCase() === "scratch" && effectiveStartup(model, stage).length === 0;
}
function isRootUser(user) {
  const name = user.trim().split(":")[0];
  return name === "root" || name === "0";
}

// src/lint/variables.ts
var PLATFORM_ARGS = /* @__PURE__ */ new Set([
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
  "BUILDOSVERSION",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETOSVERSION",
  "TARGETSTAGE"
]);
var MAX_EXPANSION = 65536;
function variableUses(text, escape2) {
  const names2 = [];
  const plain = plainRun(escape2);
  let quote;
  let i = 0;
  while (i < text.length) {
    plain.lastIndex = i;
    if (plain.test(text)) i = plain.lastIndex;
    const c = text[i];
    if (c === escape2) {
      i += 2;
    } else if (c === "'" && quote === void 0) {
      const end = text.indexOf("'", i + 1);
      if (end === -1) break;
      i = end + 1;
    } else if (c === '"') {
      quote = quote === '"' ? void 0 : '"';
      i++;
    } else if (c === "$") {
      NAME_AFTER_DOLLAR.lastIndex = i + 1;
      const name = NAME_AFTER_DOLLAR.exec(text);
      if (name && !names2.includes(name[1])) names2.push(name[1]);
      i = name ? NAME_AFTER_DOLLAR.lastIndex : i + 1;
    } else {
      i++;
    }
  }
  return names2;
}
var PLAIN_RUNS = /* @__PURE__ */ new Map();
function plainRun(escape2) {
  let run2 = PLAIN_RUNS.get(escape2);
  if (run2 === void 0) PLAIN_RUNS.set(escape2, run2 = new RegExp(`[^'"$${escape2.replace(/[\\\]^-]/g, "\\$&")}]+`, "y"));
  return run2;
}
var NAME_AFTER_DOLLAR = /\{?([A-Za-z_][A-Za-z0-9_]*)/y;
function expandDefaults(text, values) {
  return expandBounded(text, values).text;
}
function expandBounded(text, values) {
  if (!text.includes("$")) return text.length > MAX_EXPANSION ? { text: text.slice(0, MAX_EXPANSION), overflow: true } : { text, overflow: false };
  let length = 0;
  let overflow = false;
  const expanded = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*)|[^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_whole, braced, colon, op, word, bare) => {
    if (overflow) return "";
    const value = values.get(braced ?? bare ?? "");
    const set = value !== void 0 && (colon !== ":" || value !== "");
    const replacement = op === "-" ? set ? value : word ?? "" : op === "+" ? set ? word ?? "" : "" : value ?? "";
    length += replacement.length;
    overflow = length > MAX_EXPANSION;
    return replacement;
  });
  return overflow || expanded.length > MAX_EXPANSION ? { text: expanded.slice(0, MAX_EXPANSION), overflow: true } : { text: expanded, overflow: false };
}
var globalArgs = (model) => globalRun(model).end.scope;
function scopedInstructions(model, stage, base) {
  return base ? seededRun(model, stage, base).scoped : stageRuns(model)[stage.index].scoped;
}
function seededRun(model, stage, base) {
  const globals = globalArgs(model);
  let seed = EMPTY;
  for (const [name, value] of Object.entries(base)) seed = { scope: seed.scope.set(name, value), envs: seed.envs.set(name, true) };
  let last;
  for (const s of ancestry(model, stage).reverse()) last = run(s.instructions, last?.end ?? seed, globals);
  return last;
}
var expansionOverflows = memoize((model) => {
  const lines = [globalRun(model), ...stageRuns(model)].flatMap((r) => r.overflows);
  if (lines.length === 0) return [];
  return [{ line: lines.reduce((a, b) => Math.min(a, b)), message: `A variable on this line expands to more than ${MAX_EXPANSION} characters (each variable repeats earlier ones): Container Gate does not lint such a file; shorten the chain of variables` }];
}, "file");
var EMPTY = { scope: PersistentMap.empty(), envs: PersistentMap.empty() };
var globalRun = memoize(
  (model) => run(model.instructions.filter((i) => i.stageIndex === -1 && i.keyword === "ARG"), EMPTY, EMPTY.scope),
  "file"
);
var stageRuns = memoize((model) => {
  const globals = globalArgs(model);
  const runs = [];
  for (const stage of model.stages) runs.push(run(stage.instructions, stage.parent === void 0 ? EMPTY : runs[stage.parent].end, globals));
  return runs;
}, "file");
function run(instructions2, start, globals) {
  let { scope, envs } = start;
  const scoped = [];
  const overflows = [];
  for (let n = 0; n < instructions2.length; n++) {
    const instruction = instructions2[n];
    scoped.push({ instruction, scope });
    if (instruction.properties.length === 0) continue;
    if (instruction.keyword === "ARG") {
      for (const p of instruction.properties) {
        if (envs.has(p.key)) continue;
        const value = p.value === void 0 ? { text: globals.get(p.key), overflow: false } : expandBounded(p.value, scope);
        if (value.overflow) overflows.push(instruction.line);
        scope = scope.set(p.key, value.text);
      }
    }
    if (instruction.keyword === "ENV") {
      const before = scope;
      for (const p of instruction.properties) {
        const value = expandBounded(p.value ?? "", before);
        if (value.overflow) overflows.push(instruction.line);
        scope = scope.set(p.key, value.text);
        envs = envs.set(p.key, true);
      }
    }
  }
  return { scoped, end: { scope, envs }, overflows };
}
function closestName(name, candidates) {
  let best;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (candidate === name) return void 0;
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// src/lint/image-ref.ts
function parseImageRef(text) {
  const at = text.indexOf("@");
  const digest = at === -1 ? void 0 : text.slice(at + 1);
  const withoutDigest = at === -1 ? text : text.slice(0, at);
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > withoutDigest.lastIndexOf("/");
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : void 0;
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  const registry = first !== "" && (first.includes(".") || first.includes(":") || first === "localhost") ? first : void 0;
  return { text, name, registry, tag, digest, unresolved: text.includes("$") };
}
var HUB_MIRRORS = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|mirror\.gcr\.io|public\.ecr\.aws\/docker)\//;
function officialImageName(image) {
  return image.name.replace(HUB_MIRRORS, "").replace(/^library\//, "");
}
function isContentDigest(digest) {
  return digest !== void 0 && /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/.test(digest);
}
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,})?$`);
function isValidReference(text) {
  if (!REFERENCE.test(text)) return false;
  const at = text.indexOf("@");
  return at === -1 || !/^sha(256|512):/.test(text.slice(at + 1)) || isContentDigest(text.slice(at + 1));
}
function expandVariables(text, values) {
  const expanded = !text.includes("$") ? text : text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, colon, fallback, bare) => {
    const value = values.get(braced ?? bare ?? "");
    if (fallback !== void 0 && (value === void 0 || colon === ":" && value === "")) return fallback;
    return value ?? whole;
  });
  return expanded.length > MAX_EXPANSION ? expanded.slice(0, MAX_EXPANSION) : expanded;
}

// src/lint/dockerfile-ast-patches.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var import_dockerfile = __toESM(require_dockerfile(), 1);
var import_parser = __toESM(require_parser(), 1);
var import_util = __toESM(require_util(), 1);
var astInstruction = import_dockerfile_ast.Instruction.prototype;
var readRawArguments = astInstruction.getRawArguments;
var RAW_ARGUMENTS = /* @__PURE__ */ Symbol("raw arguments");
astInstruction.getRawArguments = function getRawArguments() {
  return (this[RAW_ARGUMENTS] ??= readRawArguments.call(this)).slice();
};
var astParser = import_parser.Parser.prototype;
var LAST_BUILT = /* @__PURE__ */ Symbol("last instruction built");
function builtOnce(build2) {
  return function createInstruction2(dockerfile, keyword, start, keywordEnd, end) {
    const last = this[LAST_BUILT];
    if (last !== void 0 && last.start === start && last.end === end && last.keywordEnd === keywordEnd && last.keyword === keyword) return last.node;
    const node = build2.call(this, dockerfile, keyword, start, keywordEnd, end);
    this[LAST_BUILT] = { keyword, start, keywordEnd, end, node };
    return node;
  };
}
var buildInstructionNode = astParser.createInstruction;
astParser.createInstruction = builtOnce(buildInstructionNode);
var findHeredocs = astParser.processHeredocs;
astParser.processHeredocs = function processHeredocs(instruction, offset) {
  return instruction.getTextContent().includes("<") ? findHeredocs.call(this, instruction, offset) : offset;
};
import_util.Util.isUTF8BOM = (char) => char === "\uFEFF";
var directiveReader = import_parser.Parser.prototype;
var readDirectives = directiveReader.getParserDirectives;
directiveReader.getParserDirectives = function getParserDirectives(document, buffer) {
  const directives = readDirectives.call(this, document, buffer);
  return directives.filter((d, i) => i === 0 || d.getRange().start.line !== directives[i - 1].getRange().start.line);
};
import_dockerfile.Dockerfile.prototype.organizeComments = () => void 0;
var OWN_CLASS = /* @__PURE__ */ new Set(["ENV", "LABEL", "ONBUILD"]);
var PlainInstruction = import_dockerfile_ast.Instruction;
var createStatic = import_parser.Parser.createInstruction;
var buildLean = function createInstruction(dockerfile, keyword, start, keywordEnd, end) {
  const { document, escapeChar } = this;
  const startPosition = document.positionAt(start);
  const keywordRange = { start: startPosition, end: document.positionAt(keywordEnd) };
  const lineRange = { start: startPosition, end: document.positionAt(end) };
  return OWN_CLASS.has(keyword.toUpperCase()) ? createStatic(document, dockerfile, escapeChar, lineRange, keyword, keywordRange) : new PlainInstruction(document, lineRange, dockerfile, escapeChar, keyword, keywordRange);
};
function processArguments(dockerfile, keyword, keywordEnd, start, offset) {
  const { buffer, escapeChar } = this;
  const length = buffer.length;
  let escaped = false;
  let lf = -1;
  let cr = -1;
  let esc = -1;
  for (let i = offset + 1; i < length; i++) {
    if (!escaped) {
      if (lf < i) lf = indexOrLength(buffer, "\n", i);
      if (cr < i) cr = indexOrLength(buffer, "\r", i);
      if (esc < i) esc = indexOrLength(buffer, escapeChar, i);
      i = Math.min(lf, cr, esc);
      if (i === length) break;
    }
    const char = buffer[i];
    if (char === "\r" || char === "\n") {
      if (escaped) continue;
      return this.processHeredocs(this.createInstruction(dockerfile, keyword, start, keywordEnd, i), i);
    }
    if (char === escapeChar) {
      const next = buffer.charAt(i + 1);
      if (next === "\n" || next === "\r") {
        escaped = true;
        i++;
      } else if (next === " " || next === "	") {
        let j = i + 2;
        while (j < length && (buffer[j] === " " || buffer[j] === "	")) j++;
        if (j === length) return length;
        if (buffer[j] === "\r" || buffer[j] === "\n") escaped = true;
        i = j;
      }
    } else if (char === "#") {
      if (escaped) i = this.processComment(dockerfile, i);
    } else if (char !== " " && char !== "	") {
      escaped = false;
    }
  }
  return length;
}
function processComment(_dockerfile, start) {
  const { buffer } = this;
  return Math.min(indexOrLength(buffer, "\n", start + 1), indexOrLength(buffer, "\r", start + 1));
}
function indexOrLength(text, char, from) {
  const index = text.indexOf(char, from);
  return index === -1 ? text.length : index;
}
var LintParser = class extends import_parser.Parser {
};
Object.assign(LintParser.prototype, { createInstruction: builtOnce(buildLean), processArguments, processComment });
function parseForLint(text) {
  return new LintParser().parse(text);
}

// src/lint/instruction-heads.ts
var DECLINED = "declined";
function astHeads(text) {
  const ast = parseForLint(text);
  const nodes = ast.getInstructions();
  let n = 0;
  return {
    escape: ast.getEscapeCharacter(),
    next(from) {
      while (n < nodes.length) {
        const head = astHead(nodes[n++], 0);
        if (head.line >= from) return head;
      }
      return void 0;
    }
  };
}
function astHead(node, lineOffset) {
  const range2 = node.getRange();
  return {
    line: range2.start.line + lineOffset,
    keywordAsWritten: node.getInstruction(),
    end: range2.end.line + lineOffset,
    properties: () => (node.getProperties?.() ?? []).map((p) => ({ key: p.getName(), value: p.getValue() ?? void 0 })),
    trigger() {
      const trigger = node.getTriggerInstruction?.();
      return trigger ? astHead(trigger, lineOffset) : void 0;
    }
  };
}
function leanHeads(text, lines) {
  const directives = parserDirectives(text);
  const escape2 = directives.find((d) => d.name.toLowerCase() === "escape" && (d.value === "\\" || d.value === "`"))?.value ?? "\\";
  const heredocs = text.includes("<<");
  let last = -1;
  let at = 0;
  let offset = 0;
  const offsetOf = (line) => {
    if (line < at) [at, offset] = [0, 0];
    for (; at < line; at++) offset += lines[at].length + (text.charCodeAt(offset + lines[at].length) === 13 ? 2 : 1);
    return offset;
  };
  return {
    escape: escape2,
    next(from) {
      for (let i = last + 1; i < from; i++) if (!plainContinuation(lines[i], escape2, heredocs)) return DECLINED;
      for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        const head = HEAD_LINE.exec(line);
        if (head === null) return DECLINED;
        const keyword = head[1];
        if (keyword === void 0) continue;
        if (heredocs && line.includes("<<") && !plainHeredoc(keyword, line.slice(head[0].length), escape2)) return DECLINED;
        last = i;
        return new LeanHead(text, offsetOf, i, keyword, escape2);
      }
      return void 0;
    }
  };
}
var HEAD_LINE = /^[ \t]*(?:$|#|([A-Za-z]+)(?=[ \t]|$))/;
function plainContinuation(line, escape2, heredocs) {
  if (heredocs && line.includes("<<")) return false;
  const c = skipBlanks(line, 0, line.length);
  return line[c] !== escape2 || skipBlanks(line, c + 1, line.length) === line.length;
}
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["ADD", "COPY", "RUN"]);
var HEREDOC_WORD = /^<<(-?)(?:[A-Za-z_][\w.-]*|'[A-Za-z_][\w.-]*'|"[A-Za-z_][\w.-]*")$/;
function plainHeredoc(keyword, rest, escape2) {
  if (!HEREDOC_KEYWORDS.has(keyword.toUpperCase()) || rest.includes(escape2) || /["']/.test(rest.replace(/<<-?(['"])[\w.-]+\1/g, ""))) return false;
  let dashes;
  for (const word of rest.split(/[ \t]+/)) {
    if (!word.includes("<<")) continue;
    const marker = HEREDOC_WORD.exec(word);
    if (!marker || (dashes ??= marker[1]) !== marker[1]) return false;
  }
  return true;
}
var LeanHead = class {
  constructor(text, offsetOf, line, keywordAsWritten, escape2) {
    this.text = text;
    this.offsetOf = offsetOf;
    this.line = line;
    this.keywordAsWritten = keywordAsWritten;
    this.escape = escape2;
  }
  text;
  offsetOf;
  line;
  keywordAsWritten;
  escape;
  get end() {
    return this.line;
  }
  properties(end) {
    return this.alone(end).properties(end);
  }
  trigger(end) {
    return this.alone(end).trigger(end);
  }
  /** dockerfile-ast's reading of the instruction's own lines: the same words wherever the lines stand in the file. */
  alone(end) {
    const offset = this.offsetOf(this.line);
    let stop = offset;
    for (let line = this.line; line <= end && stop < this.text.length; line++) {
      const lf = this.text.indexOf("\n", stop);
      stop = lf === -1 ? this.text.length : lf + 1;
    }
    const directive = this.escape === "\\" ? "" : `# escape=${this.escape}
`;
    const node = parseForLint(directive + this.text.slice(offset, stop)).getInstructions()[0];
    return astHead(node, this.line - (directive === "" ? 0 : 1));
  }
};
function parserDirectives(text) {
  const directives = [];
  let i = 0;
  let sameLine = false;
  while (i < text.length && text[i] !== "\r" && text[i] !== "\n") {
    i = skipBlanks(text, i, text.length);
    if (text[i] !== "#") break;
    const nameStart = skipBlanks(text, i + 1, text.length);
    const nameEnd = wordEnd(text, nameStart, "= 	\r\n");
    const equals = wordEnd(text, nameEnd, "=\r\n");
    if (text[equals] !== "=" || nameStart === nameEnd) break;
    const lineEnd = wordEnd(text, equals + 1, "\r\n");
    const valueStart = skipBlanks(text, equals + 1, lineEnd);
    const valueEnd = wordEnd(text, valueStart, " 	\r\n");
    if (!sameLine) directives.push({ name: text.slice(nameStart, nameEnd), value: text.slice(valueStart, valueEnd) });
    sameLine = valueEnd < lineEnd;
    i = (text[valueEnd] === "\r" ? valueEnd + 1 : valueEnd) + 1;
  }
  return directives;
}
function skipBlanks(text, from, to) {
  let i = from;
  while (i < to && isBlankAt(text, i)) i++;
  return i;
}
function wordEnd(text, from, stops) {
  let i = from;
  while (i < text.length && !stops.includes(text[i])) i++;
  return i;
}
function isBlankAt(text, index) {
  const code = text.charCodeAt(index);
  return code === 32 || code === 9;
}

// src/lint/model.ts
function flagValue(flags, name) {
  for (let f = 0; f < flags.length; f++) if (flags[f].name === name) return flags[f].value;
  return void 0;
}
function isFrom(instruction) {
  return instruction.keyword === "FROM";
}

// src/lint/parse.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var FLAGGED = /* @__PURE__ */ new Set(["ADD", "COPY", "FROM", "HEALTHCHECK", "RUN"]);
var PROPERTY_KEYWORDS = /* @__PURE__ */ new Set(["ARG", "ENV", "LABEL"]);
var CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
var UTF16 = /^(?:\uFFFD\uFFFD)?(?:[^\u0000]\u0000|\u0000[^\u0000]){2}/;
var READERS = [leanHeads, astHeads];
function parseDockerfile(text, readers = READERS) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const hasCr = source.includes("\r");
  const lines = hasCr ? source.split(/\r?\n/) : source.split("\n");
  if (UTF16.test(source)) {
    return emptyModel([{ line: 1, message: "the Dockerfile is encoded as UTF-16, and Docker reads Dockerfiles as UTF-8: save it as UTF-8" }]);
  }
  const loneCr = hasCr ? lines.findIndex((line) => line.includes("\r")) : -1;
  if (loneCr !== -1) {
    return emptyModel([{ line: loneCr + 1, message: `line ${loneCr + 1} contains a carriage return that does not end the line (old Mac line endings); Docker reads only LF and CRLF as line ends: save the file with LF line endings` }]);
  }
  const binary = CONTROL_CHARACTER.exec(source);
  if (binary) {
    const line = source.slice(0, binary.index).split("\n").length;
    return emptyModel([{ line, message: `line ${line} contains binary data (a control character); this does not look like a Dockerfile` }]);
  }
  try {
    for (const read of readers) {
      const heads = read(source, lines);
      const model = heads && modelOf(lines, heads);
      if (model) return model;
    }
  } catch (error) {
    return emptyModel([{ line: 1, message: `the Dockerfile parser failed (${String(error)}); check the file for unusual syntax` }]);
  }
  throw new Error("no reader of instruction heads read the file");
}
function modelOf(lines, heads) {
  const { escape: escape2 } = heads;
  const problems = [];
  const instructions2 = [];
  const stages = [];
  const comments = [];
  const initialArgs = /* @__PURE__ */ new Map();
  const stageByName = /* @__PURE__ */ new Map();
  let lastLine = 0;
  for (let head = heads.next(0); head !== void 0; head = heads.next(lastLine)) {
    if (head === DECLINED) return void 0;
    const start = head.line;
    readComments(lines, lastLine, start, comments);
    const keyword = head.keywordAsWritten.toUpperCase();
    const span = readInstruction(lines, start, escape2, keyword);
    const end = Math.max(span.end, head.end);
    lastLine = end + 1;
    if (span.problem) problems.push(span.problem);
    const instruction = buildInstruction(head, keyword, span, start, end, stages.length - 1);
    const problem = checkInstruction(instruction);
    if (problem) problems.push(problem);
    if (keyword === "ARG" && stages.length === 0) {
      for (const p of instruction.properties) if (p.value !== void 0) initialArgs.set(p.key, expandVariables(p.value, initialArgs));
    }
    if (keyword === "FROM" && instruction.args !== "") {
      const from = toFrom(instruction, stages.length, initialArgs);
      stages.push({ index: from.stageIndex, from, instructions: [], parent: stageByName.get(from.image.text.toLowerCase()) });
      if (from.alias !== void 0) stageByName.set(from.alias.toLowerCase(), from.stageIndex);
      instructions2.push(from);
    } else {
      if (stages.length > 0) stages[stages.length - 1].instructions.push(instruction);
      instructions2.push(instruction);
    }
  }
  readComments(lines, lastLine, lines.length, comments);
  return { lines, escape: escape2, instructions: instructions2, stages, comments, problems };
}
function emptyModel(problems) {
  return { lines: [], escape: "\\", instructions: [], stages: [], comments: [], problems };
}
var NO_ITEMS = Object.freeze([]);
var BLANK = /^\s*$/;
var BLANK_OR_COMMENT = /^\s*(#.*)?$/;
var KEYWORD_AND_SPACE = /^\s*\S+\s*/;
function readInstruction(lines, start, escape2, keyword) {
  let i = start;
  let emptyLines;
  let text = lines[i];
  if (endsWithEscape(text, escape2)) {
    text = "";
    for (; ; ) {
      const line = lines[i];
      const continued = endsWithEscape(line, escape2);
      text += continued ? line.trimEnd().slice(0, -1) : line;
      if (!continued) break;
      do {
        i++;
        if (i < lines.length && BLANK.test(lines[i])) (emptyLines ??= []).push(i + 1);
      } while (i < lines.length && BLANK_OR_COMMENT.test(lines[i]));
      if (i >= lines.length) {
        i = lines.length - 1;
        break;
      }
    }
  }
  const rest = text.replace(KEYWORD_AND_SPACE, "");
  let heredocs;
  let problem;
  if (HEREDOC_KEYWORDS.has(keyword) && rest.includes("<<")) {
    for (const opener of heredocOpeners(rest)) {
      const body = i + 1;
      let close = body;
      while (close < lines.length && (opener.stripTabs ? lines[close].replace(/^\t+/, "") : lines[close]) !== opener.delimiter) close++;
      if (close === lines.length) {
        problem = { line: start + 1, message: `the heredoc <<${opener.delimiter} opened on line ${start + 1} is never closed: add a line containing only ${opener.delimiter}` };
        i = lines.length - 1;
        break;
      }
      ;
      (heredocs ??= []).push({ delimiter: opener.delimiter, line: body + 1, endLine: close + 1, content: lines.slice(body, close).join("\n") });
      i = close;
    }
  }
  return { end: i, emptyLines: emptyLines ?? NO_ITEMS, joined: text, text: rest, heredocs: heredocs ?? NO_ITEMS, problem };
}
function endsWithEscape(line, escape2) {
  const last = line.charCodeAt(line.length - 1);
  if (last > 32 && last < 127) return last === escape2.charCodeAt(0);
  return line.trimEnd().endsWith(escape2);
}
function heredocOpeners(text) {
  const openers = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      i = end === -1 ? text.length : end + 1;
    } else if (text.startsWith("<<<", i)) {
      i += 3;
    } else if (text.startsWith("<<", i)) {
      const match3 = /^<<(-?)[ \t]*(["']?)([A-Za-z_][\w.-]*)\2/.exec(text.slice(i));
      if (match3) openers.push({ delimiter: match3[3], stripTabs: match3[1] === "-" });
      i += match3 ? match3[0].length : 2;
    } else {
      i++;
    }
  }
  return openers;
}
function buildInstruction(head, keyword, span, start, end, stageIndex) {
  let flags = NO_ITEMS;
  let args = span.text.trim();
  if (FLAGGED.has(keyword) && args.startsWith("--")) {
    const found = [];
    args = splitFlags(args, found);
    flags = found;
  }
  const command = keyword === "HEALTHCHECK" ? args.replace(/^CMD\s+/i, "") : args;
  const instruction = {
    keyword,
    keywordAsWritten: head.keywordAsWritten,
    line: start + 1,
    endLine: end + 1,
    emptyContinuationLines: span.emptyLines,
    stageIndex,
    flags,
    args,
    execForm: keyword === "HEALTHCHECK" && command === args ? void 0 : execForm(command),
    heredocs: span.heredocs,
    properties: keyword === "ARG" ? argProperties(args) : PROPERTY_KEYWORDS.has(keyword) ? plainProperties(span.joined, span.text) ?? head.properties(end) : []
  };
  const trigger = keyword === "ONBUILD" ? head.trigger(end) : void 0;
  if (trigger) {
    const text = span.text.replace(KEYWORD_AND_SPACE, "");
    instruction.trigger = buildInstruction(trigger, trigger.keywordAsWritten.toUpperCase(), { ...span, text }, trigger.line, end, stageIndex);
  }
  return instruction;
}
var FLAG = /^--([A-Za-z-]+)(?:=(\S*))?(?:\s+|$)/;
function splitFlags(text, flags) {
  let rest = text;
  for (let match3 = rest.startsWith("--") ? FLAG.exec(rest) : null; match3; match3 = rest.startsWith("--") ? FLAG.exec(rest) : null) {
    flags.push({ name: match3[1], value: match3[2] });
    rest = rest.slice(match3[0].length);
  }
  return rest;
}
function execForm(text) {
  if (!text.startsWith("[")) return void 0;
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
  } catch {
    return void 0;
  }
}
var PLAIN_PROPERTIES = /^[\t !#-&(-[\]-_a-~]*$/;
var UNCLOSED_BRACE = /\$\{[^}\t ]*(?:[\t ]|$)/;
var BLANKS = /[\t ]+/;
function plainProperties(line, text) {
  if (UNCLOSED_BRACE.test(line)) return void 0;
  if (!PLAIN_PROPERTIES.test(line)) return WITH_QUOTES.test(line) ? quotedProperties(text) : void 0;
  const end = endOfWords(text);
  if (end === 0) return void 0;
  const words = text.slice(0, end).split(BLANKS);
  if (words.length < 2 || words[0].includes("=")) return words.map(plainProperty);
  return [{ key: words[0], value: text.slice(skipBlanks(text, words[0].length, end), end) }];
}
var WITH_QUOTES = /^[\t !-[\]-_a-~]*$/;
var QUOTED_PROPERTY = /([!#-&(-<>-[\]-_a-~]+)=(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)'|([!#-&(-[\]-_a-~]*))(?:[\t ]+|$)/y;
var QUOTED_LEGACY = /^([!#-&(-<>-[\]-_a-~]+)[\t ]+(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)')$/;
function quotedProperties(text) {
  const words = text.slice(0, endOfWords(text));
  const legacy = QUOTED_LEGACY.exec(words);
  if (legacy) return [{ key: legacy[1], value: legacy[2] ?? legacy[3] }];
  const properties = [];
  QUOTED_PROPERTY.lastIndex = 0;
  while (QUOTED_PROPERTY.lastIndex < words.length) {
    const match3 = QUOTED_PROPERTY.exec(words);
    if (!match3) return void 0;
    properties.push({ key: match3[1], value: match3[2] ?? match3[3] ?? match3[4] });
  }
  return properties.length > 0 ? properties : void 0;
}
function endOfWords(text) {
  let end = text.length;
  while (end > 0 && isBlankAt(text, end - 1)) end--;
  return end;
}
function plainProperty(word) {
  const eq = word.indexOf("=");
  return eq === -1 ? { key: word, value: void 0 } : { key: word.slice(0, eq), value: word.slice(eq + 1) };
}
function argProperties(args) {
  const words = args.match(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g) ?? [];
  return words.map((word) => {
    const eq = word.indexOf("=");
    if (eq === -1) return { key: word };
    const written = word.slice(eq + 1);
    const value = written.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_q, dq, sq) => sq ?? dq.replace(/\\(.)/g, "$1"));
    return { key: word.slice(0, eq), value, valueAsWritten: written };
  });
}
function checkInstruction(instruction) {
  const { keyword, line } = instruction;
  if (!KEYWORDS.has(keyword)) {
    return { line, message: `unknown instruction ${keyword} on line ${line}: use one of ${[...KEYWORDS].join(", ")} (a line that continues the previous instruction needs a trailing escape character)` };
  }
  if (instruction.args === "" && instruction.heredocs.length === 0) {
    return { line, message: `${keyword} on line ${line} has no arguments: give it what it needs, or remove the line` };
  }
  return void 0;
}
function toFrom(instruction, stageIndex, initialArgs) {
  const [written = "", as, alias] = instruction.args.split(/\s+/);
  const expanded = expandVariables(written, initialArgs);
  const imageAsWritten = parseImageRef(written);
  const isAs = as !== void 0 && as.toUpperCase() === "AS";
  const from = instruction;
  from.stageIndex = stageIndex;
  from.image = expanded === written ? { ...imageAsWritten } : parseImageRef(expanded);
  from.imageAsWritten = imageAsWritten;
  from.alias = isAs ? alias : void 0;
  from.asKeyword = isAs ? as : void 0;
  from.platform = flagValue(instruction.flags, "platform");
  return from;
}
function readComments(lines, from, to, comments) {
  for (let index = from; index < to; index++) {
    const line = lines[index];
    const c = skipBlanks(line, 0, line.length);
    if (c < line.length && line.charCodeAt(c) !== 35 && line.charCodeAt(c) > 32 && line.charCodeAt(c) < 127) continue;
    const match3 = COMMENT.exec(line);
    if (match3) comments.push({ line: index + 1, text: match3[1].trim() });
  }
}
var COMMENT = /^\s*#(.*)$/;

// src/lint/profiles.ts
var PROFILES = ["production", "hadolint"];
var families = /* @__PURE__ */ new Map();
function ruleFamily(code) {
  let family = families.get(code);
  if (family === void 0) {
    family = /^DL\d+$/.test(code) ? "hadolint" : /^SC\d+$/.test(code) ? "shellcheck" : /^CG\d+$/.test(code) ? "container-gate" : "buildkit";
    families.set(code, family);
  }
  return family;
}
var FAMILIES = {
  production: ["hadolint", "shellcheck", "container-gate", "buildkit"],
  hadolint: ["hadolint", "shellcheck"]
};
function inProfile(code, profile) {
  return FAMILIES[profile].includes(ruleFamily(code));
}
var CODE_SHAPE = /^[A-Z]+[0-9]+$/;
var CHECK_NAME_SHAPE = /^[A-Z][A-Za-z]+$/;
function codeResolver(catalog) {
  let byName;
  return (name) => {
    if (CODE_SHAPE.test(name)) return [name];
    byName ??= codesByName(catalog);
    return byName.get(name);
  };
}
function codesByName(catalog) {
  const byName = /* @__PURE__ */ new Map();
  for (const meta of catalog) {
    for (const name of [meta.code, ...meta.aliases ?? []]) {
      const codes = byName.get(name);
      if (codes) codes.push(meta.code);
      else byName.set(name, [meta.code]);
    }
  }
  return byName;
}
function closeNames(name, catalog) {
  const names2 = catalog.flatMap((m) => [m.code, ...m.aliases ?? []]).filter((n) => !CODE_SHAPE.test(n));
  const scored = names2.map((n) => ({ n, d: n.toLowerCase() === name.toLowerCase() ? 0 : editDistance(n.toLowerCase(), name.toLowerCase()) }));
  const limit = Math.max(2, Math.floor(name.length / 4));
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1)).slice(0, 3).map((s) => s.n);
}

// src/lint/pragmas.ts
var IGNORE = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=(.*)$/;
var SHELL = /^hadolint\s+shell\s*=\s*(\S+)\s*(?:#.*)?$/;
var DIRECTIVE = /^([A-Za-z]+)\s*=\s*(.*)$/;
var DIRECTIVE_KEYS = ["syntax", "escape", "check"];
var WHOLE_FILE_CHECKS = /* @__PURE__ */ new Set(["ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "NoEmptyContinuation", "InvalidDefaultArgInFrom"]);
function parseIgnorePragma(text) {
  const match3 = IGNORE.exec(text);
  if (!match3) return void 0;
  const codes = match3[2].replace(/#.*$/, "").split(",").map((c) => c.trim());
  if (!codes.every((c) => CODE_SHAPE.test(c) || CHECK_NAME_SHAPE.test(c))) return void 0;
  return { scope: match3[1] ?? "inline", codes };
}
function readPragmas(model, resolve8, options = {}) {
  const { comments, instructions: instructions2 } = model;
  const fromLines = model.stages.map((s) => s.from.line);
  const shells = [];
  for (let n = 0; n < comments.length; n++) {
    const c = comments[n];
    const match3 = c.text.startsWith("hadolint") ? SHELL.exec(c.text) : null;
    if (match3) shells.push({ line: c.line, shell: match3[1] });
  }
  const pragmas = { global: /* @__PURE__ */ new Set(), byLine: /* @__PURE__ */ new Map(), ranges: [], check: emptyDirective(), shells, fromLines };
  if (options.disableIgnorePragma || comments.length === 0) return pragmas;
  const toCodes = (names2) => names2.flatMap((n) => resolve8(n) ?? [n]);
  for (let n = 0; n < comments.length; n++) {
    const comment = comments[n];
    const pragma = comment.text.startsWith("hadolint") ? parseIgnorePragma(comment.text) : void 0;
    if (!pragma) continue;
    const codes = toCodes(pragma.codes);
    if (pragma.scope === "global") addAll(pragmas.global, codes);
    else if (pragma.scope === "inline") addAll(setAt(pragmas.byLine, comment.line + 1), codes);
    else {
      const stage = fromLines.indexOf(comment.line + 1);
      if (stage === -1) continue;
      const to = stage + 1 < fromLines.length ? fromLines[stage + 1] - 1 : Number.POSITIVE_INFINITY;
      pragmas.ranges.push({ from: fromLines[stage] + 1, to, codes: new Set(codes) });
    }
  }
  const block = directiveBlock(comments);
  const fileCheck = block.find((c) => c.key === "check");
  if (fileCheck) pragmas.check = parseCheck(fileCheck.value, toCodes) ?? pragmas.check;
  let previousEnd = 0;
  let next = 0;
  for (let n = 0; n < instructions2.length && next < comments.length; n++) {
    const instruction = instructions2[n];
    for (; next < comments.length && comments[next].line < instruction.line; next++) {
      const comment = comments[next];
      if ((comment.text.charCodeAt(0) | 32) !== 99 || comment.line <= previousEnd || block.some((c) => c.line === comment.line)) continue;
      const directive = DIRECTIVE.exec(comment.text);
      if (directive?.[1].toLowerCase() !== "check") continue;
      const perInstruction = (names2) => toCodes(names2.filter((name) => !WHOLE_FILE_CHECKS.has(name)));
      addAll(setAt(pragmas.byLine, instruction.line), [...parseCheck(directive[2], perInstruction)?.skip ?? []]);
    }
    previousEnd = instruction.endLine;
  }
  return pragmas;
}
function isIgnored(pragmas, code, line) {
  if (pragmas.global.has(code) || pragmas.byLine.get(line)?.has(code)) return true;
  for (let r = 0; r < pragmas.ranges.length; r++) {
    const { from, to, codes } = pragmas.ranges[r];
    if (line >= from && line <= to && codes.has(code)) return true;
  }
  const { check } = pragmas;
  return check.skip.has(code) || check.skipAll && ruleFamily(code) === "buildkit" && !isExperimentalOn(pragmas, code);
}
function isExperimentalOn(pragmas, code) {
  return pragmas.check.experimental.has(code) || pragmas.check.experimentalAll && ruleFamily(code) === "buildkit";
}
function pragmaShell(pragmas, line) {
  if (pragmas.shells.length === 0) return void 0;
  const firstFrom = pragmas.fromLines[0] ?? Number.POSITIVE_INFINITY;
  const stageStart = pragmas.fromLines.filter((l) => l <= line).at(-1);
  const fileDefault = pragmas.shells.filter((s) => s.line < firstFrom).at(-1)?.shell;
  if (stageStart === void 0) return fileDefault;
  return pragmas.shells.filter((s) => s.line > stageStart && s.line < line).at(-1)?.shell ?? fileDefault;
}
function directiveBlock(comments) {
  const block = [];
  for (const comment of comments) {
    const match3 = DIRECTIVE.exec(comment.text);
    if (comment.line !== block.length + 1 || !match3 || !DIRECTIVE_KEYS.includes(match3[1].toLowerCase())) break;
    block.push({ line: comment.line, key: match3[1].toLowerCase(), value: match3[2] });
  }
  return block;
}
function parseCheck(value, toCodes) {
  const directive = emptyDirective();
  for (const part of value.split(/\s/)[0].split(";").slice(0, 3)) {
    const [key, ...rest] = part.split("=");
    const list = rest.join("=").split(",").map((s) => s.trim()).filter(Boolean);
    if (key === "skip") {
      directive.skipAll ||= list.includes("all");
      addAll(directive.skip, toCodes(list.filter((n) => n !== "all")));
    } else if (key === "experimental") {
      directive.experimentalAll ||= list.includes("all");
      addAll(directive.experimental, toCodes(list.filter((n) => n !== "all")));
    } else if (key === "error") {
      directive.error = rest.join("=").toLowerCase() === "true";
    } else {
      return void 0;
    }
  }
  return directive;
}
function emptyDirective() {
  return { skip: /* @__PURE__ */ new Set(), skipAll: false, error: false, experimental: /* @__PURE__ */ new Set(), experimentalAll: false };
}
function addAll(target, codes) {
  for (const code of codes) target.add(code);
}
function setAt(map, line) {
  const existing2 = map.get(line);
  if (existing2) return existing2;
  const created = /* @__PURE__ */ new Set();
  map.set(line, created);
  return created;
}

// src/attribution/created-by.ts
var KEYWORDS2 = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var LAYER_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD", "WORKDIR"]);
function readCreatedBy(createdBy) {
  const text = createdBy.trim().replace(/\s*# buildkit$/, "");
  const nop = /^\/bin\/sh -c #\(nop\)\s*(\S+)\s*(.*)$/s.exec(text);
  if (nop) return { keyword: nop[1].toUpperCase(), text: nop[2] };
  const word = /^(\S+)\s*(.*)$/s.exec(text);
  if (word && KEYWORDS2.has(word[1])) return { keyword: word[1], text: word[2] };
  return { keyword: "RUN", text };
}
function stepMatches(step, instruction) {
  if (step.keyword !== instruction.keyword) return false;
  switch (instruction.keyword) {
    case "RUN": {
      const command = collapse(instruction.execForm ? instruction.execForm.join(" ") : instruction.args);
      return command !== "" && collapse(step.text).endsWith(command);
    }
    case "COPY":
    case "ADD": {
      const destination = lastArgument(instruction);
      const classic = /^(?:file|dir|multi):\S+ in (.*)$/s.exec(step.text.trim());
      const written = classic ? classic[1].trim() : step.text.trim().split(/\s+/).at(-1);
      return destination !== void 0 && written === destination;
    }
    case "WORKDIR":
      return collapse(step.text) === collapse(instruction.args);
    default:
      return true;
  }
}
function instructionText(instruction) {
  const flags = instruction.flags.map((f) => f.value === void 0 ? `--${f.name}` : `--${f.name}=${f.value}`);
  return [instruction.keyword, ...flags, collapse(instruction.args)].filter((part) => part !== "").join(" ");
}
function lastArgument(instruction) {
  return instruction.execForm ? instruction.execForm.at(-1) : instruction.args.trim().split(/\s+/).at(-1);
}
function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/attribution/empty-layers.ts
var CONFIG_ONLY = /* @__PURE__ */ new Set([
  "ENV",
  "LABEL",
  "CMD",
  "ENTRYPOINT",
  "EXPOSE",
  "USER",
  "ARG",
  "HEALTHCHECK",
  "STOPSIGNAL",
  "VOLUME",
  "SHELL",
  "ONBUILD",
  "MAINTAINER"
]);
function layerHint(entry) {
  if (entry.size > 0) return "layer";
  const { keyword, text } = readCreatedBy(entry.createdBy);
  if (CONFIG_ONLY.has(keyword)) return "empty";
  if (keyword === "COPY" || keyword === "ADD") return "layer";
  const buildkit = entry.comment === "buildkit.dockerfile.v0" || /# buildkit$/.test(entry.createdBy.trim());
  if (buildkit && keyword === "RUN") return "layer";
  if (buildkit && keyword === "WORKDIR" && text.trim() !== "/") return "layer";
  return "unsure";
}
function inferOwners(history, layerCount) {
  const anchors = [{ index: -1, layers: 0 }];
  history.forEach((entry, index) => {
    if (entry.layers !== void 0) anchors.push({ index, layers: entry.layers });
  });
  anchors.push({ index: history.length - 1, layers: layerCount });
  const owners = [];
  for (let a = 1; a < anchors.length; a++) {
    const start = anchors[a - 1].index + 1;
    const end = anchors[a].index;
    const delta = anchors[a].layers - anchors[a - 1].layers;
    if (delta < 0 || delta > end - start + 1) return Array.from({ length: layerCount }, () => []);
    owners.push(...spanOwners(history, start, end, delta));
  }
  return owners;
}
function spanOwners(history, start, end, delta) {
  const span = history.slice(start, end + 1).map((entry, i) => ({ index: start + i, sure: layerHint(entry) === "layer", empty: layerHint(entry) === "empty" }));
  const possible = span.filter((e) => !e.empty);
  const sure = possible.filter((e) => e.sure).length;
  if (sure > delta || possible.length < delta) return Array.from({ length: delta }, () => span.map((e) => e.index));
  let sureBefore = 0;
  const bounds = possible.map((e, p) => {
    const b = { index: e.index, before: p, sureBefore, after: possible.length - p - 1, sureAfter: sure - sureBefore - (e.sure ? 1 : 0) };
    if (e.sure) sureBefore++;
    return b;
  });
  return Array.from(
    { length: delta },
    (_, k) => bounds.filter((b) => b.sureBefore <= k && k <= b.before && b.sureAfter <= delta - k - 1 && delta - k - 1 <= b.after).map((b) => b.index)
  );
}

// src/attribution/layers.ts
function ownersByFlags(emptyLayer, layerCount) {
  const owners = emptyLayer.flatMap((empty, index) => empty ? [] : [[index]]);
  return owners.length === layerCount ? owners : void 0;
}
function layersOf(steps, owners, diffIds, sizes = []) {
  return diffIds.map((diffId, k) => {
    const candidates = owners[k] ?? [];
    const sole = candidates.length === 1 ? candidates[0] : void 0;
    const size = sole === void 0 ? void 0 : sizes[sole];
    const layer = { diffId, origin: "unknown", createdBy: sole === void 0 ? "" : steps[sole]?.createdBy ?? "", ...size !== void 0 && { size } };
    const places = candidates.map((h) => steps[h]);
    const first = places[0];
    if (!first || first.origin === "unknown" || places.some((p) => p?.origin !== first.origin || p.line !== first.line)) return layer;
    return { ...layer, origin: first.origin, ...first.line !== void 0 && { line: first.line }, ...first.instruction !== void 0 && { instruction: first.instruction } };
  });
}
function traceHistory(createdBy, model, target) {
  const stage = builtStage(model, target);
  const places = stage ? placeHistory(createdBy, model, stage) : createdBy.map(() => void 0);
  return createdBy.map((text, h) => ({ createdBy: text, ...places[h] ?? { origin: "unknown" } }));
}
function placeHistory(history, model, stage) {
  const chain = ancestry(model, stage).reverse();
  const instructions2 = chain.flatMap((s) => s.instructions);
  const places = history.map(() => void 0);
  let i = instructions2.length - 1;
  let h = history.length - 1;
  while (i >= 0 && h >= 0) {
    const instruction = instructions2[i];
    if (stepMatches(readCreatedBy(history[h]), instruction)) {
      if (LAYER_KEYWORDS.has(instruction.keyword)) places[h] = { origin: "instruction", line: instruction.line, instruction: instructionText(instruction) };
      i--;
      h--;
    } else if (!LAYER_KEYWORDS.has(instruction.keyword)) {
      i--;
    } else {
      return places;
    }
  }
  if (i >= 0) return places;
  const from = chain[0].from;
  for (let k = 0; k <= h; k++) places[k] = { origin: "base", line: from.line, instruction: instructionText(from) };
  return places;
}

// src/image/facts.ts
var HEAVIEST = 5;
function imageFacts(input) {
  const steps = traceHistory(input.history.map((h) => h.createdBy), input.model, input.target);
  const owners = inferOwners(input.history, input.diffIds.length);
  const sizes = input.history.map((h) => h.size);
  const layers = layersOf(steps, owners, input.diffIds, sizes);
  const solo = new Set(owners.filter((o) => o.length === 1).map((o) => o[0]));
  const healthcheck = healthcheckCommand(input.healthcheck);
  const base = baseImage(input.model, input.target, input.baseDigests, input.baseConfig);
  return {
    size: input.size,
    user: input.user,
    ...healthcheck !== void 0 && { healthcheck },
    exposedPorts: input.exposedPorts,
    layers,
    history: steps,
    heaviest: heaviest(steps, sizes, solo),
    ...base && { base }
  };
}
function baseReference(model, target) {
  const stage = builtStage(model, target);
  if (!stage) return void 0;
  const from = ancestry(model, stage).at(-1).from;
  if (from.image.unresolved || from.image.text.toLowerCase() === "scratch") return void 0;
  return { image: from.image.text, line: from.line };
}
function runsAsRoot(user) {
  return user.trim() === "" || isRootUser(user);
}
function baseImage(model, target, digests = [], config) {
  const ref = baseReference(model, target);
  if (!ref) return void 0;
  const name = ref.image.replace(/@.*$/, "").replace(/:[^:/]*$/, "");
  const digest = digests.find((d) => d.startsWith(`${name}@`)) ?? digests[0];
  return { ...ref, ...digest !== void 0 && { digest }, ...config && { config } };
}
function healthcheckCommand(test) {
  const [kind, ...args] = test ?? [];
  if (kind === "CMD-SHELL" || kind === "CMD") return args.join(" ");
  return void 0;
}
function heaviest(steps, sizes, owners) {
  const weights = /* @__PURE__ */ new Map();
  steps.forEach((step, index) => {
    const bytes = sizes[index] ?? 0;
    if (bytes === 0 && !owners.has(index)) return;
    const traced = step.origin !== "unknown" && step.line !== void 0;
    const key = traced ? `${step.line}` : `#${index}`;
    const weight = weights.get(key) ?? {
      ...traced && { line: step.line },
      instruction: traced ? step.instruction ?? step.createdBy : step.createdBy,
      bytes: 0
    };
    weight.bytes += bytes;
    weights.set(key, weight);
  });
  return [...weights.values()].sort((a, b) => b.bytes - a.bytes || (a.line ?? Infinity) - (b.line ?? Infinity)).slice(0, HEAVIEST);
}

// src/lint/nonroot-bases.ts
var tagOf = (image) => image.tag ?? "latest";
var NON_ROOT_BASES = [
  {
    images: "distroless `nonroot` and `debug-nonroot` tags (also per architecture, `nonroot-arm64`)",
    user: "65532 (nonroot)",
    source: "https://github.com/GoogleContainerTools/distroless#what-images-are-available",
    matches: (image) => image.name.includes("distroless") && /^(?:debug-)?nonroot(?:-[a-z0-9]+)?$/.test(tagOf(image))
  },
  {
    // The `-dev` variants (`latest-dev`, `3.12-dev`) add a shell and apk and run as root.
    images: "Chainguard images (`cgr.dev/\u2026`) except `-dev` tags",
    user: "65532 (nonroot)",
    source: "https://edu.chainguard.dev/chainguard/chainguard-images/overview/",
    matches: (image) => image.registry === "cgr.dev" && !tagOf(image).endsWith("-dev")
  },
  {
    images: ".NET `chiseled` and `distroless` tags (`mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled`)",
    user: "1654 (app)",
    source: "https://github.com/dotnet/dotnet-docker/blob/main/documentation/ubuntu-chiseled.md",
    matches: (image) => image.name.startsWith("mcr.microsoft.com/dotnet/") && /chiseled|distroless/.test(tagOf(image))
  },
  {
    // The stacks build on each other (`FROM $BASE_IMAGE`) and each ends with USER ${NB_UID}.
    images: "Jupyter Docker Stacks (`quay.io/jupyter/\u2026`, and `jupyter/\u2026` on Docker Hub)",
    user: "1000 (jovyan)",
    source: "https://jupyter-docker-stacks.readthedocs.io/en/latest/using/common.html#user-related-configurations",
    matches: (image) => /^(?:quay\.io\/)?jupyter\/[a-z0-9-]+$/.test(image.name)
  },
  {
    images: "NGINX unprivileged (`nginxinc/nginx-unprivileged`, also from ghcr.io, quay.io and ECR)",
    user: "101 (nginx)",
    source: "https://github.com/nginxinc/docker-nginx-unprivileged#readme",
    matches: (image) => /(?:^|\/)nginx-unprivileged$/.test(image.name)
  }
];
function knownNonRootBase(image) {
  return image.unresolved ? void 0 : NON_ROOT_BASES.find((base) => base.matches(image));
}

// src/lint/rule.ts
function suggestedFix(context, make) {
  return context.fixes === false ? void 0 : make();
}
var CONTAINER_GATE_RULES = "https://github.com/container-gate/container-gate/blob/main/docs/rules/";
function hadolintDocs(code) {
  return `https://github.com/hadolint/hadolint/wiki/${code}`;
}
function containerGateDocs(code) {
  return `${CONTAINER_GATE_RULES}${code}.md`;
}

// src/lint/stage-user.ts
function stageUser(model, stage, bases) {
  for (const ancestor of ancestry(model, stage)) {
    const users = scopedInstructions(model, ancestor, baseConfig(model, ancestor, bases)?.env).filter((s) => s.instruction.keyword === "USER");
    const last = users.at(-1);
    if (!last) continue;
    const text = last.instruction.args;
    const known = !unknownVariable(text, last.scope);
    const name = known ? expandDefaults(text, last.scope) : text;
    return { instruction: last.instruction, name, root: known && isRootUser(name) };
  }
  return void 0;
}
function unknownVariable(text, scope) {
  return [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?-)?/g)].some((m) => m[2] === void 0 && scope.get(m[1]) === void 0);
}

// src/lint/rules/CG001.ts
var CG001 = {
  meta: {
    code: "CG001",
    name: "RunAsNonRootUser",
    severity: "error",
    title: "The final image runs as root",
    why: "A process that runs as root turns any container escape or file-write bug into root on the host volume or node. Add a USER with a non-root user in the final stage.",
    docsUrl: containerGateDocs("CG001"),
    fixable: false
  },
  check(model, { config, image, bases }) {
    const stage = builtStage(model, config.target);
    if (!stage || runsNothing(model, stage)) return [];
    const user = stageUser(model, stage, bases);
    if (image) return user?.root && runsAsRoot(image.user) ? [rootUser(user.instruction, user.name, stage)] : [];
    if (user) return user.root ? [rootUser(user.instruction, user.name, stage)] : [];
    const base = externalBase(model, stage).image;
    const known = baseConfig(model, stage, bases);
    if (known) {
      if (!runsAsRoot(known.user)) return [];
      return [{ line: stage.from.line, message: `The final image runs as root: it has no USER and its base ${base.text} runs as ${known.user.trim() || "root"}, so add USER with a non-root user` }];
    }
    return knownNonRootBase(base) ? [] : [{ line: stage.from.line, message: "The final image runs as root: it has no USER, so add USER with a non-root user" }];
  }
};
function rootUser(instruction, name, stage) {
  if (instruction.stageIndex !== stage.index) {
    return { line: stage.from.line, message: `The final image runs as root: it inherits USER ${instruction.args} from line ${instruction.line}, so add USER with a non-root user` };
  }
  const shown = name === instruction.args ? instruction.args : `${instruction.args}, which is ${name}`;
  return { line: instruction.line, message: `The final image runs as root (USER ${shown}): switch to a non-root user` };
}

// src/lint/rules/CG002.ts
var CG002 = {
  meta: {
    code: "CG002",
    name: "FinalImageHasHealthcheck",
    severity: "warning",
    title: "The final image has no HEALTHCHECK",
    why: "Without a health check, Docker and Swarm treat a hung process as healthy and keep routing traffic to it. Add a HEALTHCHECK, or HEALTHCHECK NONE when the orchestrator probes the container itself.",
    docsUrl: containerGateDocs("CG002"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    if (!stage) return [];
    const chain = ancestry(model, stage);
    if (!chain.some((s) => lastOf(s, "EXPOSE"))) return [];
    const covered = chain.some((s) => lastOf(s, "HEALTHCHECK"));
    return covered ? [] : [{ line: stage.from.line }];
  }
};

// src/lint/shell.ts
function parseShell(script) {
  return parseShellScript(script).commands;
}
var seenScripts = /* @__PURE__ */ new Map();
var SEEN_CHARACTERS = 1 << 20;
var seenCharacters = 0;
function parseShellScript(script) {
  const seen = seenScripts.get(script);
  if (seen) return seen;
  const read = readPlainScript(script) ?? readScript(script);
  if (seen === null) {
    seenScripts.set(script, read);
  } else if (seenCharacters + script.length <= SEEN_CHARACTERS) {
    seenScripts.set(script, null);
    seenCharacters += script.length;
  }
  return read;
}
function readScript(script) {
  const out = { commands: [], pipes: false };
  new Parser(script, out).parseAll();
  if (out.commands.some(isNothing)) out.commands = out.commands.filter((c) => !isNothing(c));
  return out;
}
var NOT_PLAIN = /[()<>\\'"`]|\$\{(?![A-Za-z_][A-Za-z0-9_]*\})|(?:^|[ \t\r\n;&|])#|;;/;
var PLAIN_OPERATORS = /(&&|\|\||&|[;|\n])/;
var PLAIN_BLANKS = /[ \t\r]+/;
var RESERVED_WORDS = /* @__PURE__ */ new Set(["if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for", "select", "function", "time", "{", "}", "!", "[["]);
function readPlainScript(script) {
  if (NOT_PLAIN.test(script)) return void 0;
  const parts = script.split(PLAIN_OPERATORS);
  const out = { commands: [], pipes: false };
  let previous;
  let joiner;
  for (let i = 0; i < parts.length; i += 2) {
    const words = wordsOf(parts[i]);
    const op = parts[i + 1];
    if (op === "&") return void 0;
    if (words === void 0) continue;
    const name = words[0];
    if (RESERVED_WORDS.has(name) || name.includes("=")) return void 0;
    const command = { name, args: words.slice(1), redirects: NO_REDIRECTS };
    if (previous !== void 0 && joiner !== void 0) previous.next = joiner;
    out.commands.push(command);
    previous = command;
    joiner = op === void 0 ? void 0 : op === "\n" ? ";" : op;
    if (op === "|") out.pipes = true;
  }
  return out;
}
function wordsOf(text) {
  const words = text.split(PLAIN_BLANKS);
  const first = words[0] === "" ? 1 : 0;
  const end = words[words.length - 1] === "" ? words.length - 1 : words.length;
  if (end <= first) return void 0;
  return first === 0 && end === words.length ? words : words.slice(first, end);
}
function isNothing(command) {
  return command.name === "" && command.redirects.length === 0;
}
function programName(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
var RESERVED = new RegExp(`(${[...RESERVED_WORDS].map((word) => word.replace(/[{}[\]]/g, "\\$&")).join("|")})(?=[ \\t\\r\\n;&|()<>]|$)`, "y");
var RESERVED_FIRST = [...RESERVED_WORDS].map((word) => word[0]).join("");
var IN_WORD = /in(?=[ \t\r\n;&|()<>]|$)/y;
var CLOSE_TEST = /\]\](?=[ \t\r\n;&|()<>]|$)/y;
var REDIRECT = /([0-9]+)?(&>>|&>|<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)/y;
var FUNCTION_PARENS = /[ \t]*\([ \t]*\)/y;
var JOINERS = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "|&", "&", "\n"]);
var CASE_ENDS = /* @__PURE__ */ new Set([";;", ";&", ";;&"]);
var ASSIGNMENT = /[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/y;
var ARRAY_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/;
var WORD_END = " 	\r\n;&|()<>";
var PLAIN_IN_WORD = /[^ \t\r\n;&|()<>\\'"$`]+/y;
var PLAIN_WORD = /[^ \t\r\n;&|()<>\\'"$`]+(?=[ \t\r\n;&|)]|[<>](?!\()|$)/y;
var PLAIN_IN_DOUBLE_QUOTES = /[^"\\$`]+/y;
var BLANKS2 = /(?:[ \t\r]+|\\\n|#[^\n]*)*/y;
var MAX_DEPTH = 200;
var NONE = /* @__PURE__ */ new Set();
var NO_REDIRECTS = Object.freeze([]);
var THEN = /* @__PURE__ */ new Set(["then"]);
var ELSE_OR_FI = /* @__PURE__ */ new Set(["elif", "else", "fi"]);
var FI = /* @__PURE__ */ new Set(["fi"]);
var DO = /* @__PURE__ */ new Set(["do"]);
var DONE = /* @__PURE__ */ new Set(["done"]);
var BRACE_CLOSE = /* @__PURE__ */ new Set(["}"]);
var ESAC = /* @__PURE__ */ new Set(["esac"]);
var Parser = class _Parser {
  constructor(src, out) {
    this.src = src;
    this.out = out;
  }
  src;
  out;
  pos = 0;
  depth = 0;
  substitutions = 0;
  pendingHeredocs = [];
  parseAll() {
    while (this.pos < this.src.length) {
      this.parseList(NONE);
      if (this.pos < this.src.length) this.pos += this.peekOperator()?.length ?? 1;
    }
  }
  /** Commands and their separators until the end, a `)`, a `;;`, or one of `stops` in command position. */
  parseList(stops) {
    let previous;
    for (; ; ) {
      this.skipBlanks();
      const op = this.peekOperator();
      if (this.pos >= this.src.length || op === ")" || op !== void 0 && CASE_ENDS.has(op)) return;
      if (op !== void 0 && op !== "(") {
        this.consumeOperator(op);
        continue;
      }
      const reserved = this.reservedAt();
      if (reserved !== void 0 && stops.has(reserved)) return;
      const before = this.pos;
      if (previous) previous.command.next = previous.op;
      previous = void 0;
      const command = this.parseItem();
      this.skipBlanks();
      const joiner = this.peekOperator();
      if (joiner !== void 0 && JOINERS.has(joiner)) {
        if (joiner === "|" || joiner === "|&") this.out.pipes = true;
        if (command) previous = { command, op: joiner === "\n" ? ";" : joiner };
        this.consumeOperator(joiner);
      } else if (this.pos === before) {
        this.pos++;
      }
    }
  }
  /** One command, simple or compound. Returns it when it is a simple command (the only kind `next` is set on). */
  parseItem() {
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length;
      return void 0;
    }
    this.depth++;
    try {
      return this.parseItemAt();
    } finally {
      this.depth--;
    }
  }
  parseItemAt() {
    this.skipBlanks();
    if (this.src.startsWith("((", this.pos)) {
      this.skipArithmetic();
      this.readTrailingRedirects();
      return void 0;
    }
    if (this.src[this.pos] === "(") {
      this.pos++;
      this.parseList(NONE);
      this.expectChar(")");
      this.readTrailingRedirects();
      return void 0;
    }
    const reserved = this.reservedAt();
    switch (reserved) {
      case void 0:
        return this.parseSimple();
      case "!":
      case "time":
        this.pos += reserved.length;
        return this.parseItem();
      case "{":
        this.pos++;
        this.parseBlock(BRACE_CLOSE, "}");
        this.readTrailingRedirects();
        return void 0;
      case "if":
        this.parseIf();
        return void 0;
      case "while":
      case "until":
        this.pos += reserved.length;
        this.parseBlock(DO, "do");
        this.parseBlock(DONE, "done");
        this.readTrailingRedirects();
        return void 0;
      case "for":
      case "select":
        this.pos += reserved.length;
        this.skipLoopWords();
        this.parseBlock(DONE, "done");
        this.readTrailingRedirects();
        return void 0;
      case "case":
        this.parseCase();
        return void 0;
      case "[[":
        this.skipTest();
        return void 0;
      case "function":
        this.pos += reserved.length;
        this.skipBlanks();
        this.readWord();
        if (this.functionParensAhead()) this.pos = FUNCTION_PARENS.lastIndex;
        this.parseFunctionBody();
        return void 0;
      default:
        this.pos += reserved.length;
        return void 0;
    }
  }
  /** A list up to `closer`, then the closer itself (when it is there). */
  parseBlock(stops, closer) {
    this.parseList(stops);
    if (this.reservedAt() === closer) this.pos += closer.length;
  }
  parseIf() {
    this.pos += 2;
    this.parseBlock(THEN, "then");
    for (; ; ) {
      this.parseList(ELSE_OR_FI);
      const word = this.reservedAt();
      if (word === "elif") {
        this.pos += 4;
        this.parseBlock(THEN, "then");
      } else if (word === "else") {
        this.pos += 4;
        this.parseBlock(FI, "fi");
        this.readTrailingRedirects();
        return;
      } else {
        if (word === "fi") this.pos += 2;
        this.readTrailingRedirects();
        return;
      }
    }
  }
  /** `for name [in words]` up to `do`; the words are data, but their substitutions run. */
  skipLoopWords() {
    this.skipBlanks();
    if (this.src.startsWith("((", this.pos)) this.skipArithmetic();
    else this.readWord();
    for (; ; ) {
      this.skipBlanks();
      if (this.pos >= this.src.length) return;
      if (this.reservedAt() === "do") {
        this.pos += 2;
        return;
      }
      const op = this.peekOperator();
      if (op !== void 0) this.consumeOperator(op);
      else if (this.readWord() === void 0) this.pos++;
    }
  }
  parseCase() {
    this.pos += 4;
    this.skipBlanks();
    this.readWord();
    this.skipSeparators();
    IN_WORD.lastIndex = this.pos;
    if (IN_WORD.test(this.src)) this.pos += 2;
    for (; ; ) {
      this.skipSeparators();
      if (this.pos >= this.src.length) return;
      if (this.reservedAt() === "esac") {
        this.pos += 4;
        this.readTrailingRedirects();
        return;
      }
      const before = this.pos;
      this.skipPattern();
      this.parseList(ESAC);
      const op = this.peekOperator();
      if (op !== void 0 && CASE_ENDS.has(op)) this.pos += op.length;
      if (this.pos === before) this.pos++;
    }
  }
  /** A case item's patterns, `(a|b)` or `a|b)`: data, up to the closing parenthesis. */
  skipPattern() {
    if (this.src[this.pos] === "(") this.pos++;
    for (; ; ) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === void 0) return;
      if (c === ")") {
        this.pos++;
        return;
      }
      if (c === "\n") this.consumeOperator("\n");
      else if (this.readWord() === void 0) this.pos++;
    }
  }
  /** `[[ \u2026 ]]` is a test, not a command; only substitutions inside it run. */
  skipTest() {
    this.pos += 2;
    for (; ; ) {
      this.skipBlanks();
      if (this.pos >= this.src.length) return;
      CLOSE_TEST.lastIndex = this.pos;
      if (CLOSE_TEST.test(this.src)) {
        this.pos += 2;
        this.readTrailingRedirects();
        return;
      }
      if (this.readWord() === void 0) this.pos++;
    }
  }
  parseFunctionBody() {
    this.skipSeparators();
    this.parseItem();
  }
  parseSimple() {
    const command = { name: "", args: [], redirects: NO_REDIRECTS };
    if (this.substitutions > 0) command.inSubstitution = true;
    this.out.commands.push(command);
    for (; ; ) {
      this.skipBlanks();
      if (this.readRedirect(command)) continue;
      const start = this.pos;
      const word = this.readWord();
      if (word === void 0) return command;
      if (command.name !== "") {
        command.args.push(word);
      } else if (!this.isAssignment(start)) {
        if (this.functionParensAhead()) {
          this.pos = FUNCTION_PARENS.lastIndex;
          this.parseFunctionBody();
          return void 0;
        }
        command.name = word;
      }
    }
  }
  /** Redirections after a compound command (`{ \u2026; } > log`); they belong to no simple command. */
  readTrailingRedirects() {
    const sink = { name: "", args: [], redirects: NO_REDIRECTS };
    for (; ; ) {
      this.skipBlanks();
      if (!this.readRedirect(sink)) return;
    }
  }
  readRedirect(command) {
    const c = this.src[this.pos];
    if (c !== "<" && c !== ">" && c !== "&" && !(c >= "0" && c <= "9")) return false;
    if ((c === "<" || c === ">") && this.src[this.pos + 1] === "(") return false;
    REDIRECT.lastIndex = this.pos;
    const match3 = REDIRECT.exec(this.src);
    if (!match3) return false;
    this.pos = REDIRECT.lastIndex;
    this.skipBlanks();
    const target = this.readWord() ?? "";
    const op = match3[2];
    if (op === "<<" || op === "<<-") this.pendingHeredocs.push({ delimiter: target, stripTabs: op === "<<-" });
    const redirect = { op: (match3[1] ?? "") + op, target };
    command.redirects = command.redirects.length === 0 ? [redirect] : [...command.redirects, redirect];
    return true;
  }
  /** Whether the word from `start` to the current position is an assignment (`A=1`, `A+=x`, `a[i]=y`). */
  isAssignment(start) {
    ASSIGNMENT.lastIndex = start;
    return ASSIGNMENT.test(this.src) && ASSIGNMENT.lastIndex <= this.pos;
  }
  /** One word at the current position, unquoted, or undefined when an operator, a blank or the end is there. */
  readWord() {
    const start = this.pos;
    PLAIN_WORD.lastIndex = start;
    if (PLAIN_WORD.test(this.src)) {
      this.pos = PLAIN_WORD.lastIndex;
      return this.src.slice(start, this.pos);
    }
    let value = "";
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if ((c === "<" || c === ">") && this.src[this.pos + 1] === "(") {
        const from = this.pos;
        this.pos += 2;
        this.parseSubstitution();
        value += this.src.slice(from, this.pos);
        continue;
      }
      if (c === "(" && ARRAY_ASSIGNMENT.test(this.src.slice(start, this.pos))) {
        const from = this.pos;
        this.readArray();
        value += this.src.slice(from, this.pos);
        continue;
      }
      if (WORD_END.includes(c)) break;
      if (c === "\\") {
        if (this.src[this.pos + 1] !== "\n") value += this.src[this.pos + 1] ?? "";
        this.pos += 2;
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        const close = end === -1 ? this.src.length : end;
        value += this.src.slice(this.pos + 1, close);
        this.pos = close + 1;
      } else if (c === '"') {
        this.pos++;
        value += this.readDoubleQuoted();
      } else if (c === "$") {
        value += this.readDollar();
      } else if (c === "`") {
        value += this.readBackticks();
      } else {
        PLAIN_IN_WORD.lastIndex = this.pos;
        PLAIN_IN_WORD.test(this.src);
        const end = Math.max(PLAIN_IN_WORD.lastIndex, this.pos + 1);
        value += this.src.slice(this.pos, end);
        this.pos = end;
      }
    }
    this.pos = Math.min(this.pos, this.src.length);
    return this.pos === start ? void 0 : value;
  }
  /** `()` after a function's name, from the current position; FUNCTION_PARENS.lastIndex is then after it. */
  functionParensAhead() {
    let at = this.pos;
    while (this.src[at] === " " || this.src[at] === "	") at++;
    if (this.src[at] !== "(") return false;
    FUNCTION_PARENS.lastIndex = this.pos;
    return FUNCTION_PARENS.test(this.src);
  }
  /** The inside of `"\u2026"`, from after the opening quote to after the closing one; returns the unquoted text. */
  readDoubleQuoted() {
    let value = "";
    while (this.pos < this.src.length && this.src[this.pos] !== '"') {
      const c = this.src[this.pos];
      if (c === "\\" && '"\\$`\n'.includes(this.src[this.pos + 1] ?? "")) {
        if (this.src[this.pos + 1] !== "\n") value += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === "$") {
        value += this.readDollar();
      } else if (c === "`") {
        value += this.readBackticks();
      } else {
        PLAIN_IN_DOUBLE_QUOTES.lastIndex = this.pos;
        PLAIN_IN_DOUBLE_QUOTES.test(this.src);
        const end = Math.max(PLAIN_IN_DOUBLE_QUOTES.lastIndex, this.pos + 1);
        value += this.src.slice(this.pos, end);
        this.pos = end;
      }
    }
    this.pos++;
    return value;
  }
  /** A `$` expansion at the current position; returns it as written (or decoded, for `$'\u2026'` and `$"\u2026"`). */
  readDollar() {
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length;
      return "";
    }
    this.depth++;
    try {
      return this.readDollarAt();
    } finally {
      this.depth--;
    }
  }
  readDollarAt() {
    const start = this.pos;
    const next = this.src[this.pos + 1];
    if (next === "(" && this.src[this.pos + 2] === "(") {
      this.pos++;
      this.skipArithmetic();
    } else if (next === "(") {
      this.pos += 2;
      this.parseSubstitution();
    } else if (next === "{") {
      this.pos += 2;
      this.skipParameter();
    } else if (next === "'") {
      this.pos += 2;
      return this.readAnsiC();
    } else if (next === '"') {
      this.pos += 2;
      return this.readDoubleQuoted();
    } else {
      this.pos++;
      return "$";
    }
    return this.src.slice(start, this.pos);
  }
  /** The commands of `$(\u2026)`, `<(\u2026)` or `>(\u2026)`, from after the opening parenthesis to after the closing one. */
  parseSubstitution() {
    if (this.depth >= MAX_DEPTH) {
      this.pos = this.src.length;
      return;
    }
    this.depth++;
    this.substitutions++;
    this.parseList(NONE);
    this.substitutions--;
    this.depth--;
    this.expectChar(")");
  }
  /** `${\u2026}` up to its closing brace; substitutions in it (`${x:-$(cmd)}`) still run. */
  skipParameter() {
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === "}") {
        this.pos++;
        return;
      }
      if (c === "\\") this.pos += 2;
      else if (c === "'") this.pos = this.indexAfter("'", this.pos + 1);
      else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted();
      } else if (c === "$") this.readDollar();
      else if (c === "`") this.readBackticks();
      else this.pos++;
    }
  }
  /** `((\u2026))` from its first parenthesis to after the matching one: arithmetic, no commands. */
  skipArithmetic() {
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return;
    }
  }
  /** `$'\u2026'`, from after the quote: bash's C-style escapes for the common cases. */
  readAnsiC() {
    const escapes = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"' };
    let value = "";
    while (this.pos < this.src.length && this.src[this.pos] !== "'") {
      const c = this.src[this.pos];
      if (c === "\\" && this.pos + 1 < this.src.length) {
        const e = this.src[this.pos + 1];
        value += escapes[e] ?? `\\${e}`;
        this.pos += 2;
      } else {
        value += c;
        this.pos++;
      }
    }
    this.pos++;
    return value;
  }
  /** `` `\u2026` `` as written; its inside, unescaped the way the shell does, is parsed as a script of its own. */
  readBackticks() {
    const start = this.pos;
    this.pos++;
    let inner = "";
    while (this.pos < this.src.length && this.src[this.pos] !== "`") {
      const c = this.src[this.pos];
      if (c === "\\" && "`\\$".includes(this.src[this.pos + 1] ?? "")) {
        inner += this.src[this.pos + 1];
        this.pos += 2;
      } else {
        inner += c;
        this.pos++;
      }
    }
    this.pos = Math.min(this.pos + 1, this.src.length);
    if (this.depth < MAX_DEPTH) {
      const nested = new _Parser(inner, this.out);
      nested.depth = this.depth + 1;
      nested.substitutions = this.substitutions + 1;
      nested.parseAll();
    }
    return this.src.slice(start, this.pos);
  }
  /** `name=(a b c)`: the list's words are data. */
  readArray() {
    this.pos++;
    for (; ; ) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === void 0) return;
      if (c === ")") {
        this.pos++;
        return;
      }
      if (c === "\n") this.pos++;
      else if (this.readWord() === void 0) this.pos++;
    }
  }
  /** Blanks, line continuations and comments; never a newline, which separates commands. */
  skipBlanks() {
    const c = this.src.charCodeAt(this.pos);
    if (c > 35 && c !== 92) return;
    BLANKS2.lastIndex = this.pos;
    BLANKS2.test(this.src);
    this.pos = BLANKS2.lastIndex;
  }
  /** Blanks, newlines and `;` (between the parts of `case`). */
  skipSeparators() {
    for (; ; ) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === "\n") this.consumeOperator("\n");
      else if (c === ";" && !CASE_ENDS.has(this.peekOperator() ?? "")) this.pos++;
      else return;
    }
  }
  /** The control operator at the current position, longest first: `;;&`, `;;`, `;&`, `&&`, `||`, `|&`, `;`, `|`, `&`, `(`, `)`, newline. */
  peekOperator() {
    const next = this.src[this.pos + 1];
    switch (this.src[this.pos]) {
      case ";":
        if (next === ";") return this.src[this.pos + 2] === "&" ? ";;&" : ";;";
        return next === "&" ? ";&" : ";";
      case "&":
        if (next === ">") return void 0;
        return next === "&" ? "&&" : "&";
      case "|":
        return next === "|" ? "||" : next === "&" ? "|&" : "|";
      case "(":
        return "(";
      case ")":
        return ")";
      case "\n":
        return "\n";
      default:
        return void 0;
    }
  }
  consumeOperator(op) {
    this.pos += op.length;
    if (op === "\n") this.skipHeredocBodies();
  }
  /** After a newline, the bodies of the heredocs opened on the line before it: data, skipped. */
  skipHeredocBodies() {
    for (const { delimiter: delimiter2, stripTabs } of this.pendingHeredocs) {
      while (this.pos < this.src.length) {
        const end = this.src.indexOf("\n", this.pos);
        const lineEnd = end === -1 ? this.src.length : end;
        let line = this.src.slice(this.pos, lineEnd).replace(/\r$/, "");
        if (stripTabs) line = line.replace(/^\t+/, "");
        this.pos = Math.min(lineEnd + 1, this.src.length);
        if (line === delimiter2) break;
      }
    }
    this.pendingHeredocs.length = 0;
  }
  /** The reserved word at the current position, when it stands as a whole word. */
  reservedAt() {
    if (!RESERVED_FIRST.includes(this.src[this.pos] ?? " ")) return void 0;
    RESERVED.lastIndex = this.pos;
    return RESERVED.exec(this.src)?.[1];
  }
  expectChar(c) {
    this.skipBlanks();
    if (this.src[this.pos] === c) this.pos++;
  }
  indexAfter(c, from) {
    const end = this.src.indexOf(c, from);
    return end === -1 ? this.src.length : end + 1;
  }
};

// src/lint/command-args.ts
function flagNames(command) {
  return command.args.flatMap(wordFlags);
}
function hasFlag(command, ...names2) {
  for (const word of command.args) {
    if (word.startsWith("--")) {
      const end = word.indexOf("=");
      const name = end === -1 ? word.slice(2) : word.slice(2, end);
      if (name !== "" && names2.includes(name)) return true;
    } else if (word.length > 1 && word[0] === "-") {
      for (let i = 1; i < word.length; i++) if (names2.includes(word[i])) return true;
    }
  }
  return false;
}
function nonFlagArgs(command) {
  return command.args.filter((a) => !isFlag(a));
}
function hasArg(command, ...values) {
  return command.args.some((a) => values.includes(a));
}
function isProgram(command, name) {
  return command.name === name;
}
function isProgramAtAnyPath(command, name) {
  return programName(command.name) === name;
}
function operands(command, valued = {}) {
  const out = [];
  const { args } = command;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const long = a.startsWith("--") ? a.slice(2) : void 0;
    if (long !== void 0 && long !== "") {
      if (!long.includes("=") && valued.long?.includes(long)) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (a.length === 2 && valued.short?.includes(a[1])) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
function wordFlags(word) {
  if (word.startsWith("--")) {
    const name = word.slice(2).split("=")[0];
    return name === "" ? [] : [name];
  }
  if (word.startsWith("-") && word.length > 1) return [...word.slice(1)];
  return [];
}
function isFlag(word) {
  return word.length > 1 && word[0] === "-" && !(word[1] === "-" && (word.length === 2 || word[2] === "="));
}

// src/lint/shell-invocation.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh"]);
var VALUED_LONG = /* @__PURE__ */ new Set(["--rcfile", "--init-file"]);
function shellCommandString(argv) {
  if (argv.length === 0 || !SHELLS.has(programName(argv[0]))) return void 0;
  let commandString = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--" || word === "-") {
      i++;
      break;
    }
    if (VALUED_LONG.has(word)) i++;
    else if (word.startsWith("--")) continue;
    else if (/^[-+][A-Za-z]+$/.test(word)) {
      if (word[0] === "-" && word.includes("c")) commandString = true;
      if (/[oO]$/.test(word)) i++;
    } else break;
  }
  return commandString ? argv[i] : void 0;
}

// src/lint/run-commands.ts
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var NOT_POSIX = /* @__PURE__ */ new Set(["pwsh", "powershell", "cmd"]);
var analysisOf = memoize(
  (_instruction) => ({
    shell: void 0,
    defaultCommands: void 0,
    commands: void 0,
    hadolint: void 0,
    script: void 0,
    parse: void 0,
    others: void 0
  }),
  "file"
);
function parsedScript(instruction, script) {
  const analysis = analysisOf(instruction);
  if (analysis.script === void 0) {
    analysis.script = script;
    return analysis.parse = parseShellScript(script);
  }
  if (analysis.script === script) return analysis.parse;
  analysis.others ??= /* @__PURE__ */ new Map();
  let found = analysis.others.get(script);
  if (!found) analysis.others.set(script, found = parseShellScript(script));
  return found;
}
function runCommands(instruction, model) {
  const analysis = analysisOf(instruction);
  const shell = model === void 0 ? DEFAULT_SHELL : shellOf(analysis, model, instruction) ?? DEFAULT_SHELL;
  if (shell === DEFAULT_SHELL) return analysis.defaultCommands ??= commandsUnder(instruction, DEFAULT_SHELL);
  if (analysis.commands?.shell === shell) return analysis.commands.commands;
  const commands = commandsUnder(instruction, shell);
  analysis.commands = { shell, commands };
  return commands;
}
function commandsUnder(instruction, shell) {
  return instruction.execForm ? execCommands(instruction, instruction.execForm) : shellFormCommands(instruction, shell);
}
function activeShell(model, instruction) {
  return shellOf(analysisOf(instruction), model, instruction);
}
function shellOf(analysis, model, instruction) {
  return (analysis.shell ??= { argv: shellInForce(model, instruction) }).argv;
}
function shellInForce(model, instruction) {
  const shells = stageShells(model);
  if (!shells) return void 0;
  let stage = model.stages[instruction.stageIndex];
  let before = instruction.line;
  for (let steps = 0; stage && steps < model.stages.length; steps++) {
    const shell = shells[stage.index].filter((i) => i.line < before).at(-1);
    if (shell?.execForm) return shell.execForm;
    before = Infinity;
    stage = stage.parent === void 0 ? void 0 : model.stages[stage.parent];
  }
  return void 0;
}
var stageShells = memoize((model) => {
  if (!model.instructions.some((i) => i.keyword === "SHELL")) return void 0;
  return model.stages.map((stage) => stage.instructions.filter((i) => i.keyword === "SHELL" && i.execForm !== void 0 && i.execForm.length > 0));
}, "file");
function interpreter(argv) {
  if (programName(argv[0] ?? "") !== "env") return argv[0] ?? "";
  return argv.slice(1).find((a) => !a.startsWith("-") && !a.includes("=")) ?? argv[0];
}
function isPosixShell(program) {
  const name = program.slice(Math.max(program.lastIndexOf("/"), program.lastIndexOf("\\")) + 1).toLowerCase();
  return !NOT_POSIX.has(name.endsWith(".exe") ? name.slice(0, -4) : name);
}
function shellRuns(instruction, shell = DEFAULT_SHELL) {
  const stageShell = interpreter(shell);
  const { args, heredocs } = instruction;
  if (heredocs.length === 0) return [{ program: stageShell, script: args }];
  const programs = parsedScript(instruction, args).commands.filter((c) => c.name !== "");
  if (programs.length === 0) return heredocs.map((h) => bodyRun(h.content, stageShell));
  const [only] = programs;
  if (programs.length === 1 && SHELLS.has(programName(only.name)) && only.args.every((a) => a.startsWith("-"))) {
    return heredocs.map((h) => ({ program: only.name, script: h.content }));
  }
  return [{ program: stageShell, script: [args, ...heredocs.flatMap((h) => [h.content, h.delimiter])].join("\n") }];
}
function hadolintShellScript(instruction) {
  const analysis = analysisOf(instruction);
  return analysis.hadolint ??= parsedScript(instruction, hadolintScript(instruction));
}
function hadolintScript(instruction) {
  if (instruction.execForm) return instruction.execForm.join(" ");
  const bodyIsScript = instruction.heredocs.length > 0 && parsedScript(instruction, instruction.args).commands.every((c) => c.name === "");
  return bodyIsScript ? instruction.heredocs.map((h) => h.content).join("\n") : instruction.args;
}
function bodyRun(content, stageShell) {
  const shebang = /^#!\s*(.*)(?:\n|$)/.exec(content);
  if (!shebang) return { program: stageShell, script: content };
  return { program: interpreter(shebang[1].trim().split(/\s+/)), script: content.slice(shebang[0].length) };
}
function execCommands(instruction, argv) {
  if (argv.length === 0) return [];
  const script = shellCommandString(argv);
  const command = { name: argv[0], args: argv.slice(1), redirects: [] };
  return script === void 0 ? [command] : [command, ...parsedScript(instruction, script).commands];
}
function shellFormCommands(instruction, shell) {
  if (shell === DEFAULT_SHELL && instruction.heredocs.length === 0) return parsedScript(instruction, instruction.args).commands;
  const stageShell = interpreter(shell);
  if (!isPosixShell(stageShell)) return [];
  const readsSh = (program) => program === stageShell || SHELLS.has(programName(program));
  return shellRuns(instruction, shell).flatMap((run2) => readsSh(run2.program) ? parsedScript(instruction, run2.script).commands : []);
}

// src/lint/rules/CG003.ts
var CG003 = {
  meta: {
    code: "CG003",
    name: "BuildInSeparateStage",
    severity: "warning",
    title: "A single-stage image builds its own code",
    why: "Compilers, SDKs and build caches stay in the shipped image, making it larger and giving attackers more tools. Build in one stage and copy only the result into a small runtime stage.",
    docsUrl: containerGateDocs("CG003"),
    fixable: false
  },
  check(model) {
    if (model.stages.length !== 1) return [];
    const run2 = model.stages[0].instructions.find((i) => i.keyword === "RUN" && runCommands(i).some(isBuildCommand));
    return run2 ? [{ line: run2.line, message: "This single-stage image builds its code: use a multi-stage build and copy only the output into a slim runtime stage" }] : [];
  }
};
var mavenPhase = (words) => words.some((a) => ["package", "install", "verify"].includes(a));
var gradleTask = (words) => words.some((a) => ["build", "assemble", "bootJar"].includes(a));
var subcommand = (...names2) => (words) => names2.includes(words[0]);
var buildScript = (words) => words[0] === "run" && words[1] === "build";
var packageManagerBuild = (words) => words[0] === "build" || buildScript(words);
var always = () => true;
var NPM = { short: ["C", "w"], long: ["prefix", "workspace", "userconfig", "cache", "loglevel", "registry"] };
var YARN = { long: ["cwd", "modules-folder", "cache-folder", "mutex", "network-timeout", "registry"] };
var PNPM = { short: ["C", "F"], long: ["dir", "filter", "workspace-dir", "loglevel", "registry"] };
var MAVEN = { short: ["f", "s", "P"], long: ["file", "settings", "activate-profiles", "projects"] };
var GRADLE = { short: ["p", "b", "x"], long: ["project-dir", "build-file", "exclude-task"] };
var BUILDS = /* @__PURE__ */ new Map([
  ["go", { valued: { short: ["C"] }, builds: subcommand("build") }],
  ["cargo", { valued: { short: ["C", "Z"], long: ["manifest-path", "config", "color"] }, builds: subcommand("build") }],
  ["mvn", { valued: MAVEN, builds: mavenPhase }],
  ["mvnw", { valued: MAVEN, builds: mavenPhase }],
  ["gradle", { valued: GRADLE, builds: gradleTask }],
  ["gradlew", { valued: GRADLE, builds: gradleTask }],
  ["npm", { valued: NPM, builds: buildScript }],
  ["yarn", { valued: YARN, builds: packageManagerBuild }],
  ["pnpm", { valued: PNPM, builds: packageManagerBuild }],
  ["dotnet", { builds: subcommand("publish", "build") }],
  ["npx", { builds: subcommand("tsc") }],
  ["tsc", { builds: always }],
  ["make", { builds: always }],
  ["gcc", { builds: always }],
  ["g++", { builds: always }],
  ["cc", { builds: always }]
]);
function isBuildCommand(command) {
  const tool = BUILDS.get(programName(command.name));
  return tool !== void 0 && tool.builds(operands(command, tool.valued));
}

// src/lint/rules/CG004.ts
var FULL_OS = /* @__PURE__ */ new Set(["ubuntu", "centos", "fedora", "rockylinux", "almalinux", "amazonlinux", "opensuse"]);
var RUNTIMES_WITH_SLIM_VARIANTS = /* @__PURE__ */ new Set(["node", "python", "ruby"]);
var SDKS = /* @__PURE__ */ new Set(["golang", "rust", "maven", "gradle", "gcc", "buildpack-deps", "mcr.microsoft.com/dotnet/sdk"]);
var JAVA = /* @__PURE__ */ new Set(["openjdk", "eclipse-temurin", "sapmachine", "ibm-semeru-runtimes", "amazoncorretto"]);
var CG004 = {
  meta: {
    code: "CG004",
    name: "UseMinimalFinalImage",
    severity: "info",
    title: "The final image is a full OS or SDK image",
    why: "Full distributions and SDK images ship compilers, package managers and hundreds of packages the service never uses, each one a source of CVEs to patch. A slim, alpine or distroless base cuts the scan findings and the pull time.",
    docsUrl: containerGateDocs("CG004"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    if (!stage) return [];
    const base = externalBase(model, stage);
    const kind = heavyKind(base.image);
    if (!kind) return [];
    return [{ line: stage.from.line, message: `The final image is based on ${kind} ${base.image.text}: use a slim, alpine or distroless image for the runtime stage` }];
  }
};
function heavyKind(image) {
  if (image.unresolved) return void 0;
  const name = officialImageName(image);
  const tag = image.tag ?? "";
  if (FULL_OS.has(name) || name.startsWith("opensuse/") || name === "debian" && !tag.includes("slim")) return "the full OS image";
  if (RUNTIMES_WITH_SLIM_VARIANTS.has(name) && !tag.includes("slim") && !tag.includes("alpine")) return "the full image";
  if (SDKS.has(name) || JAVA.has(name) && !tag.includes("jre")) return "the SDK image";
  return void 0;
}

// src/lint/rules/CG005.ts
var CG005 = {
  meta: {
    code: "CG005",
    name: "RunMainProcessWithoutShell",
    severity: "warning",
    title: "The main process runs under a shell",
    why: "With `sh -c`, the shell is PID 1 and does not pass SIGTERM on, so the app is killed after the stop timeout instead of shutting down cleanly. Start the script with `exec` or run the program directly.",
    docsUrl: containerGateDocs("CG005"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    if (!stage) return [];
    return effectiveStartup(model, stage).filter((i) => {
      const script = i.execForm ? shellCommandString(i.execForm) : void 0;
      return script !== void 0 && !endsInExec(i, script);
    }).map((i) => ({ line: i.line, message: `${i.keyword} runs the main process under a shell that will not forward SIGTERM: start the script with "exec " or run the program directly` }));
  }
};
function endsInExec(instruction, script) {
  return parsedScript(instruction, script).commands.filter((c) => !c.inSubstitution).at(-1)?.name === "exec";
}

// src/lint/rules/CG006.ts
var CG006 = {
  meta: {
    code: "CG006",
    name: "LogToStdout",
    severity: "warning",
    title: "Logs are written to files inside the container",
    why: "Log files fill the container layer, vanish with the container and never reach `docker logs` or the cluster log collector. Write to stdout and stderr instead.",
    docsUrl: containerGateDocs("CG006"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    if (!stage) return [];
    const hits = [];
    for (const instruction of effectiveStartup(model, stage)) {
      const path18 = loggedPath(instruction);
      if (path18) hits.push({ line: instruction.line, message: `${instruction.keyword} writes output to ${path18}: log to stdout/stderr instead` });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const { instruction, key, value } of effectiveEnv(model, stage)) {
      if (reported.has(instruction) || !isLogVariable(key) || !isLogFile(value)) continue;
      reported.add(instruction);
      hits.push({ line: instruction.line, message: `ENV ${key} points logs at ${value}: use /dev/stdout or /dev/stderr instead` });
    }
    return hits.sort((a, b) => a.line - b.line);
  }
};
function loggedPath(instruction) {
  for (const command of runCommands(instruction)) {
    const redirect = command.redirects.find((r) => r.op.includes(">") && isLogFile(r.target));
    if (redirect) return redirect.target;
    const teed = isProgramAtAnyPath(command, "tee") ? command.args.find(isLogFile) : void 0;
    if (teed) return teed;
    const option = logFileOption(command);
    if (option) return option;
  }
  return void 0;
}
var LOG_OPTION = /^(?:(?:error|access|debug)[-_]?)?log(?:[-_]?(?:file|path|dir))?$/i;
function logFileOption(command) {
  const { args } = command;
  for (let i = 0; i < args.length; i++) {
    const match3 = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(args[i]);
    if (!match3 || !LOG_OPTION.test(match3[1])) continue;
    const value = match3[2] ?? args[i + 1];
    if (value !== void 0 && isFile(value)) return value;
  }
  return void 0;
}
function isLogVariable(name) {
  if (!/log/i.test(name)) return false;
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[_.-]/).some((part) => /^(?:ERROR|ACCESS)?LOGS?(?:FILE|PATH|DIR)?$/i.test(part));
}
var STANDARD_STREAMS = /^\/(?:dev\/(?:stdout|stderr|fd\/[12])|proc\/(?:self|1)\/fd\/[12])$/;
function isLogFile(path18) {
  return !STANDARD_STREAMS.test(path18) && (path18 === "/var/log" || path18.startsWith("/var/log/") || path18.endsWith(".log"));
}
function isFile(value) {
  return !STANDARD_STREAMS.test(value) && (value.includes("/") || value.endsWith(".log"));
}

// src/lint/rules/CG007.ts
var CG007 = {
  meta: {
    code: "CG007",
    name: "PinBaseImageByDigest",
    severity: "info",
    title: "The base image is not pinned by digest",
    why: "A tag can be moved to a different image at any time, so the same Dockerfile can build something else tomorrow. Pin the base with @sha256: (or @sha512:) so builds are reproducible and a tampered tag cannot slip in.",
    docsUrl: containerGateDocs("CG007"),
    fixable: false
  },
  check(model) {
    return model.stages.filter((s) => s.parent === void 0 && s.from.image.text.toLowerCase() !== "scratch").filter((s) => !s.from.image.unresolved && !isContentDigest(s.from.image.digest)).map((s) => ({ line: s.from.line, message: `Pin ${s.from.image.text} by digest (${s.from.image.name}@sha256:...) so the build cannot change under you` }));
  }
};

// src/lint/rules/CG008.ts
var CG008 = {
  meta: {
    code: "CG008",
    name: "RunBuiltImageAsNonRoot",
    severity: "error",
    title: "The built image runs as root",
    why: "A process that runs as root inside the container is root on the host the moment it escapes, and can rewrite every file in the image. The image config decides the user, so a root user inherited from the base image counts even when the Dockerfile never mentions USER.",
    docsUrl: containerGateDocs("CG008"),
    fixable: false
  },
  // Reads the image the build produced (`context.image`), not the Dockerfile: without a build there is nothing to check.
  check(model, { config, image, bases }) {
    const stage = builtStage(model, config.target);
    if (!image || !stage || !runsAsRoot(image.user)) return [];
    if (stageUser(model, stage, bases)?.root) return [];
    const user = image.user.trim();
    const base = baseReference(model, config.target);
    const why = user === "" ? `names no user${base ? `, and neither does its base ${base.image}` : ""}, so it runs as root` : `runs as ${user}`;
    return [{ line: stage.from.line, message: `The built image ${why}: add USER with a non-root user (e.g. USER 10001) to the final stage` }];
  }
};

// src/lint/start-command.ts
var INITS = /* @__PURE__ */ new Set(["tini", "dumb-init", "docker-init", "init"]);
function startInstruction(model, stage) {
  const startup = effectiveStartup(model, stage);
  return startup.find((i) => i.keyword === "ENTRYPOINT") ?? startup.find((i) => i.keyword === "CMD");
}
var startCommands = memoize((instruction) => {
  const argv = instruction.execForm;
  if (argv?.length === 0) return [];
  const script = argv ? shellCommandString(argv) : instruction.args;
  if (argv && script === void 0) return [{ name: argv[0], args: argv.slice(1), redirects: [] }];
  return parsedScript(instruction, script ?? "").commands.filter((c) => !c.inSubstitution && c.name !== "");
}, "file");
function isInit(command) {
  return INITS.has(programName(command.name));
}
function unwrap(command, wrappers) {
  let current = command;
  for (; ; ) {
    const name = programName(current.name);
    if (!wrappers.has(name)) return current;
    const rest = current.args.slice(wrappedAt(name, current.args));
    if (rest.length === 0) return current;
    current = { ...current, name: rest[0], args: rest.slice(1) };
  }
}
var VALUED = {
  exec: /* @__PURE__ */ new Set(["-a"]),
  env: /* @__PURE__ */ new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]),
  sudo: /* @__PURE__ */ new Set(["-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C", "--close-from", "-D", "--chdir", "-U", "--other-user", "-r", "--role", "-t", "--type", "-T", "--command-timeout"]),
  tini: /* @__PURE__ */ new Set(["-p", "-e"]),
  "dumb-init": /* @__PURE__ */ new Set(["-r", "--rewrite"])
};
function wrappedAt(wrapper, args) {
  const valued = VALUED[wrapper] ?? /* @__PURE__ */ new Set();
  let i = 0;
  while (i < args.length) {
    const word = args[i];
    if (word === "--") return i + 1;
    if (word.startsWith("-") && word.length > 1) i += valued.has(word) ? 2 : 1;
    else if (wrapper === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++;
    else return i;
  }
  return i;
}

// src/lint/rules/CG009.ts
var PACKAGE_RUNNERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "npx"]);
var EXEC = /* @__PURE__ */ new Set(["exec"]);
var CG009 = {
  meta: {
    code: "CG009",
    name: "RunAppUnderInitOrDirectly",
    severity: "warning",
    title: "PID 1 does not pass signals to the app",
    why: "npm, yarn, pnpm and npx run the app as a child and do not pass SIGTERM on to it, so `docker stop` and rolling updates kill it after the grace period instead of letting it shut down cleanly. Start the app directly, or put an init such as tini in front.",
    docsUrl: containerGateDocs("CG009"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    const start = stage && startInstruction(model, stage);
    if (!start) return [];
    const commands = startCommands(start).map((c) => unwrap(c, EXEC));
    if (start.keyword === "ENTRYPOINT" && commands[0] && isInit(commands[0])) return [];
    const main = commands.at(-1);
    if (!main || !PACKAGE_RUNNERS.has(programName(main.name))) return [];
    const runner = programName(main.name);
    return [{ line: start.line, message: `${start.keyword} makes ${runner} PID 1, and ${runner} does not pass SIGTERM to the app: run the app directly (CMD ["node", "server.js"]) or start it through an init (ENTRYPOINT ["tini", "--"], or docker run --init)` }];
  }
};

// src/lint/rules/CG010.ts
var WRAPPERS = /* @__PURE__ */ new Set(["exec", "env", "tini", "dumb-init", "docker-init", "init", "npx"]);
var NPM_VALUED = { short: ["C", "w"], long: ["prefix", "workspace", "cwd", "dir", "filter"] };
var TRUE = /^(?:1|true)$/i;
var DEVELOPMENT_ENV = [
  { key: "NODE_ENV", matches: (v) => v === "development" },
  { key: "FLASK_ENV", matches: (v) => v === "development" },
  { key: "FLASK_DEBUG", matches: (v) => TRUE.test(v) },
  { key: "RAILS_ENV", matches: (v) => v === "development" },
  { key: "DJANGO_DEBUG", matches: (v) => TRUE.test(v) }
];
var CG010 = {
  meta: {
    code: "CG010",
    name: "NoDevelopmentServerInImage",
    severity: "warning",
    title: "The built image runs a development server or mode",
    why: "Development servers and modes reload code, print stack traces and debug consoles to anyone who asks, and are neither hardened nor fast. Serve with a production server and leave development settings out of the built image.",
    docsUrl: containerGateDocs("CG010"),
    fixable: false
  },
  check(model, { config }) {
    const stage = builtStage(model, config.target);
    if (!stage) return [];
    const hits = [];
    for (const instruction of effectiveStartup(model, stage)) {
      const server = startCommands(instruction).map((c) => developmentServer(unwrap(c, WRAPPERS))).find((s) => s !== void 0);
      if (server) hits.push({ line: instruction.line, message: `${instruction.keyword} starts a development server (${server}): serve with a production server in the built image` });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const { instruction, key, value } of effectiveEnv(model, stage)) {
      if (reported.has(instruction) || !DEVELOPMENT_ENV.some((d) => d.key === key && d.matches(value))) continue;
      reported.add(instruction);
      hits.push({ line: instruction.line, message: `ENV ${key}=${value} puts the built image in development mode: set it at run time for local work, not in the image` });
    }
    return hits.sort((a, b) => a.line - b.line);
  }
};
function developmentServer(command) {
  const module2 = pythonModule(command);
  if (module2) return developmentServer(module2);
  const name = programName(command.name);
  if (command.args.includes("runserver")) {
    const words = [command.name, ...command.args];
    const runserver = words.findIndex((w, i) => ["manage.py", "django-admin"].includes(programName(w)) && words[i + 1] === "runserver");
    if (runserver !== -1) return `${programName(words[runserver])} runserver`;
  }
  const [first, second] = operands(command, NPM_VALUED);
  switch (name) {
    case "flask":
      return first === "run" ? "flask run" : void 0;
    case "nodemon":
    case "webpack-dev-server":
      return name;
    case "npm":
      return ["run", "run-script"].includes(first) && second === "dev" ? `npm ${first} dev` : void 0;
    case "yarn":
    case "pnpm":
      return first === "dev" || first === "run" && second === "dev" ? `${name} ${first === "run" ? "run dev" : "dev"}` : void 0;
    case "ng":
    case "webpack":
      return first === "serve" ? `${name} serve` : void 0;
    case "next":
      return first === "dev" ? "next dev" : void 0;
    case "uvicorn":
    case "gunicorn":
      return command.args.includes("--reload") ? `${name} --reload` : void 0;
    default:
      return void 0;
  }
}
function pythonModule(command) {
  if (!/^python[0-9.]*$/.test(programName(command.name))) return void 0;
  const at = command.args.indexOf("-m");
  const module2 = at === -1 || !command.args.slice(0, at).every((a) => a.startsWith("-")) ? void 0 : command.args[at + 1];
  return module2 === void 0 ? void 0 : { ...command, name: module2, args: command.args.slice(at + 2) };
}

// src/lint/walk.ts
var selections = memoize((model) => {
  const byKeyword = /* @__PURE__ */ new Map();
  const { instructions: instructions2 } = model;
  let triggers = false;
  for (let i = 0; i < instructions2.length; i++) {
    const instruction = instructions2[i];
    append(byKeyword, instruction.keyword, instruction);
    if (instruction.trigger) triggers = true;
  }
  let byKeywordOnbuild = byKeyword;
  if (triggers) {
    byKeywordOnbuild = /* @__PURE__ */ new Map();
    for (let i = 0; i < instructions2.length; i++) {
      const visited = instructions2[i].trigger ?? instructions2[i];
      append(byKeywordOnbuild, visited.keyword, visited);
    }
  }
  return { byKeyword, byKeywordOnbuild, others: /* @__PURE__ */ new Map() };
}, "file");
function append(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var NONE2 = [];
function instructionsOf(model, keywords = [], opts = {}) {
  const known = selections(model);
  if (keywords.length === 1) return (opts.onbuild ? known.byKeywordOnbuild : known.byKeyword).get(keywords[0]) ?? NONE2;
  const question = `${opts.onbuild ? "ONBUILD " : ""}${keywords.join(" ")}`;
  let found = known.others.get(question);
  if (!found) {
    const out = [];
    const { instructions: instructions2 } = model;
    for (let i = 0; i < instructions2.length; i++) {
      const instruction = instructions2[i];
      const visited = opts.onbuild && instruction.trigger ? instruction.trigger : instruction;
      if (keywords.length === 0 || keywords.includes(visited.keyword)) out.push(visited);
    }
    known.others.set(question, found = out);
  }
  return found;
}
var topLevelRuns = memoize((model) => runsIn(model, {}), "file");
var allRuns = memoize((model) => hasTriggers(model) ? runsIn(model, { onbuild: true }) : topLevelRuns(model), "file");
function hasTriggers(model) {
  const known = selections(model);
  return known.byKeywordOnbuild !== known.byKeyword;
}
function runsOf2(model, opts = {}) {
  return opts.onbuild ? allRuns(model) : topLevelRuns(model);
}
function runsIn(model, opts) {
  return instructionsOf(model, ["RUN"], opts).map((instruction) => ({ instruction, commands: runCommands(instruction, model) }));
}
var topLevelRunsByProgram = memoize((model) => byProgram(runsOf2(model)), "file");
var allRunsByProgram = memoize((model) => hasTriggers(model) ? byProgram(allRuns(model)) : topLevelRunsByProgram(model), "file");
function byProgram(runs) {
  const index = /* @__PURE__ */ new Map();
  for (let r = 0; r < runs.length; r++) {
    const run2 = runs[r];
    for (let c = 0; c < run2.commands.length; c++) {
      const { name } = run2.commands[c];
      if (index.get(name)?.at(-1) !== run2) append(index, name, run2);
    }
  }
  return index;
}
function runsRunning(model, programs, opts = {}) {
  const index = opts.onbuild ? allRunsByProgram(model) : topLevelRunsByProgram(model);
  let first;
  let running;
  for (let p = 0; p < programs.length; p++) {
    const runs = index.get(programs[p]);
    if (runs === void 0) continue;
    if (first === void 0) first = runs;
    else for (let r = 0; r < runs.length; r++) (running ??= new Set(first)).add(runs[r]);
  }
  return running === void 0 ? first ?? NONE2 : runsOf2(model, opts).filter((run2) => running.has(run2));
}

// src/lint/rules/CG011.ts
var WRAPPERS2 = /* @__PURE__ */ new Set(["sudo", "env"]);
var INLINE_PROGRAM = new Map([
  ...["sh", "bash", "zsh", "ash", "dash"].map((shell) => [shell, /^-[A-Za-z]*c/]),
  ["python", /^-[A-Za-z]*[cm]/],
  ["python3", /^-[A-Za-z]*[cm]/],
  ["perl", /^-[A-Za-z]*[eE]/],
  ["ruby", /^-[A-Za-z]*e/],
  ["node", /^(?:-[ep]|--eval|--print)/]
]);
var CG011 = {
  meta: {
    code: "CG011",
    name: "VerifyRemoteScriptsBeforeRunning",
    severity: "warning",
    title: "A remote script is piped into an interpreter",
    why: "Whatever the server sends at build time runs as root in the build, unreviewed and unverified: a compromised or changed script, or one cut off half-way, ends up in the image. Download it, check its checksum or signature, then run it.",
    docsUrl: containerGateDocs("CG011"),
    fixable: false
  },
  check(model) {
    return runsOf2(model).flatMap(({ instruction, commands }) => {
      const piped = pipedScript(commands);
      return piped ? [{ line: instruction.line, message: `RUN pipes ${piped.fetcher} output into ${piped.interpreter}: download the script to a file, verify it (sha256sum -c, gpg --verify), then run it` }] : [];
    });
  }
};
function pipedScript(commands) {
  for (let i = 0; i < commands.length; i++) {
    if (commands[i].next !== "|") continue;
    const fetcher = unwrap(commands[i], WRAPPERS2);
    if (!downloadsToStdout(fetcher)) continue;
    const reader = commands.slice(i + 1).find((c) => c.inSubstitution === commands[i].inSubstitution);
    if (!reader) continue;
    const interpreter2 = unwrap(reader, WRAPPERS2);
    const name = programName(interpreter2.name);
    if (!INLINE_PROGRAM.has(name) || !readsProgramFromStdin(interpreter2, name)) continue;
    return { fetcher: programName(fetcher.name), interpreter: name };
  }
  return void 0;
}
function downloadsToStdout(command) {
  const name = programName(command.name);
  if (name === "curl") return !command.args.some((a, i) => writesFile(a, command.args[i + 1], "o", "output") || /^-[A-Za-z]*O/.test(a) || a.startsWith("--remote-name"));
  if (name === "wget") return command.args.some((a, i) => toStdout(optionValue(a, command.args[i + 1], "O", "output-document")));
  return false;
}
function writesFile(word, next, short, long) {
  const value = optionValue(word, next, short, long);
  return value !== void 0 && !toStdout(value);
}
function optionValue(word, next, short, long) {
  if (word === `--${long}`) return next;
  if (word.startsWith(`--${long}=`)) return word.slice(long.length + 3);
  const cluster = clusterPattern(short).exec(word);
  if (!cluster || word.startsWith("--")) return void 0;
  return cluster[1] === "" ? next : cluster[1];
}
var clusterPatterns = /* @__PURE__ */ new Map();
function clusterPattern(short) {
  let pattern = clusterPatterns.get(short);
  if (!pattern) clusterPatterns.set(short, pattern = new RegExp(`^-[A-Za-z]*${short}(.*)$`));
  return pattern;
}
function toStdout(value) {
  return value === "-" || value === "/dev/stdout";
}
function readsProgramFromStdin(command, name) {
  const inline = INLINE_PROGRAM.get(name);
  let fromStdin = false;
  for (const word of command.args) {
    if (word === "-") return true;
    if (word === "--") return fromStdin;
    if (!word.startsWith("-")) return fromStdin;
    if (inline.test(word)) return false;
    if (SHELLS.has(name) && /^-[A-Za-z]*s/.test(word)) fromStdin = true;
  }
  return true;
}

// src/lint/rules/CG012.ts
var CHANNELS = ["lts", "stable", "current", "edge", "rolling", "mainline", "nightly", "unstable", "testing", "sid"];
var CHANNELS_AND_LATEST = /* @__PURE__ */ new Set([...CHANNELS, "latest"]);
var CG012 = {
  meta: {
    code: "CG012",
    name: "PinBaseImageToRelease",
    severity: "warning",
    title: "The base image follows a moving channel",
    why: "A channel tag such as `lts`, `stable` or `edge` moves to the next major version or distribution release without warning, so a rebuild can change the runtime, the libc or the package set under the application. Pin a version tag.",
    docsUrl: containerGateDocs("CG012"),
    fixable: false
  },
  check(model) {
    return model.stages.filter((s) => s.parent === void 0).flatMap(({ from }) => {
      const { image } = from;
      if (image.unresolved || image.digest !== void 0 || image.name.toLowerCase() === "scratch") return [];
      const channel = movingChannel(image.tag);
      return channel ? [{ line: from.line, message: `FROM ${image.text} follows the "${channel}" channel, which moves to new releases: pin a version tag (e.g. ${image.name}:<version>)` }] : [];
    });
  }
};
function movingChannel(tag) {
  const lower = (tag ?? "").toLowerCase();
  const dash = lower.indexOf("-");
  const channel = dash === -1 ? lower : lower.slice(0, dash);
  if (dash === -1 && channel === "latest") return void 0;
  return CHANNELS_AND_LATEST.has(channel) ? channel : void 0;
}

// src/lint/build-checks.ts
function buildCheckDocs(name) {
  return `https://docs.docker.com/reference/build-checks/${name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}/`;
}

// src/lint/source-fix.ts
function singleLine(model, instruction) {
  return instruction.line === instruction.endLine ? model.lines[instruction.line - 1] : void 0;
}
function argumentsHead(model, instruction) {
  const patterns = headPatterns(model.escape);
  const text = sourceText(model, instruction);
  const head = patterns.head.exec(text)?.[0];
  if (head === void 0 || instruction.keyword !== "HEALTHCHECK") return head;
  const cmd = patterns.cmd.exec(text.slice(head.length))?.[0];
  return cmd === void 0 ? void 0 : head + cmd;
}
var headPatternsByEscape = /* @__PURE__ */ new Map();
function headPatterns(escape2) {
  let patterns = headPatternsByEscape.get(escape2);
  if (!patterns) {
    const blanks = String.raw`(?:[ \t]|${escapeRegExp(escape2)}\n)+`;
    patterns = {
      head: new RegExp(String.raw`^[ \t]*(?:ONBUILD${blanks})?\S+(?:${blanks}--\S+)*${blanks}`, "i"),
      cmd: new RegExp(String.raw`^CMD${blanks}`, "i")
    };
    headPatternsByEscape.set(escape2, patterns);
  }
  return patterns;
}
function replaceKeyword(model, instruction, keyword) {
  const first = model.lines[instruction.line - 1] ?? "";
  const at = first.indexOf(instruction.keywordAsWritten);
  if (at === -1 || first.slice(0, at).trim() !== "") return void 0;
  const text = first.slice(0, at) + keyword + first.slice(at + instruction.keywordAsWritten.length);
  return { line: instruction.line, endLine: instruction.line, text };
}
function insertWordFix(model, run2, where, word) {
  if (run2.execForm || run2.heredocs.length > 0) return void 0;
  const source = scriptSource(model, run2);
  if (!source) return void 0;
  let { script, commands } = source;
  const budget = fixBudget(model);
  for (let index = 0; index < commands.length; index++) {
    const after = where(commands[index]);
    if (after === void 0) continue;
    const next = insertAfter(script, commands, index, after, word, budget);
    if (next === void 0) return void 0;
    ({ script, commands } = next);
  }
  if (script === source.script || commands.some((c) => where(c) !== void 0)) return void 0;
  return { line: run2.line, endLine: run2.endLine, text: source.head + script };
}
var scriptSources = /* @__PURE__ */ new WeakMap();
function scriptSource(model, run2) {
  let source = scriptSources.get(run2);
  if (source === void 0) scriptSources.set(run2, source = readScriptSource(model, run2) ?? null);
  return source ?? void 0;
}
function readScriptSource(model, run2) {
  if (run2.endLine > run2.line && model.escape !== "\\") return void 0;
  const head = argumentsHead(model, run2);
  if (head === void 0) return void 0;
  const script = sourceText(model, run2).slice(head.length);
  const commands = parsedScript(run2, run2.args).commands;
  if (script === run2.args) return { head, script, commands };
  const written = parseShell(script);
  return sameCommands(written, commands) ? { head, script, commands: written } : void 0;
}
var FIX_PARSE_BUDGET = 5e5;
var budgets = /* @__PURE__ */ new WeakMap();
function fixBudget(model) {
  let budget = budgets.get(model);
  if (!budget) budgets.set(model, budget = { characters: FIX_PARSE_BUDGET });
  return budget;
}
function insertAfter(script, commands, index, after, word, budget) {
  const target = commands[index];
  const at = target.args.indexOf(after);
  if (at === -1) return void 0;
  const wanted = commands.map((c, i) => i === index ? { ...c, args: [...c.args.slice(0, at + 1), word, ...c.args.slice(at + 1)] } : c);
  for (const match3 of script.matchAll(writtenPattern(after))) {
    const end = match3.index + after.length;
    const candidate = `${script.slice(0, end)} ${word}${script.slice(end)}`;
    budget.characters -= candidate.length;
    if (budget.characters < 0) return void 0;
    if (sameCommands(parseShell(candidate), wanted)) return { script: candidate, commands: wanted };
  }
  return void 0;
}
var writtenPatterns = /* @__PURE__ */ new Map();
function writtenPattern(word) {
  let pattern = writtenPatterns.get(word);
  if (!pattern) writtenPatterns.set(word, pattern = new RegExp(`(?<=^|[\\s;&|(])${escapeRegExp(word)}(?=[\\s;&|)\\\\]|$)`, "g"));
  return pattern;
}
function sourceText(model, instruction) {
  return model.lines.slice(instruction.line - 1, instruction.endLine).join("\n");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function sameCommands(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.name !== y.name || x.next !== y.next || x.inSubstitution !== y.inSubstitution || !sameWords(x.args, y.args)) return false;
    if (x.redirects.length !== y.redirects.length) return false;
    for (let r = 0; r < x.redirects.length; r++) {
      if (x.redirects[r].op !== y.redirects[r].op || x.redirects[r].target !== y.redirects[r].target) return false;
    }
  }
  return true;
}
function sameWords(a, b) {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

// src/lint/rules/ConsistentInstructionCasing.ts
var ConsistentInstructionCasing = {
  meta: {
    code: "ConsistentInstructionCasing",
    name: "UseOneInstructionCasing",
    severity: "warning",
    title: "All commands within the Dockerfile should use the same casing (either upper or lower)",
    why: "Instruction keywords in one case make a Dockerfile easy to scan and to grep; a stray `Run` or `copy` is usually pasted in from elsewhere and deserves a second look.",
    docsUrl: buildCheckDocs("ConsistentInstructionCasing"),
    fixable: true,
    aliases: ["FileConsistentCommandCasing", "SelfConsistentCommandCasing"]
  },
  check(model) {
    const { instructions: instructions2 } = model;
    let counted = 0;
    let lower = 0;
    let upper = 0;
    for (let i = 0; i < instructions2.length; i++) {
      const { stageIndex, keywordAsWritten: keyword } = instructions2[i];
      if (stageIndex < 0) continue;
      counted++;
      if (keyword === keyword.toLowerCase()) lower++;
      if (keyword === keyword.toUpperCase()) upper++;
    }
    const majority = lower > upper ? "lowercase" : "uppercase";
    const hits = [];
    if ((majority === "lowercase" ? lower : upper) === counted) return hits;
    for (let i = 0; i < instructions2.length; i++) {
      const instruction = instructions2[i];
      const keyword = instruction.keywordAsWritten;
      if (instruction.stageIndex < 0) continue;
      const wanted = majority === "lowercase" ? keyword.toLowerCase() : keyword.toUpperCase();
      if (keyword === wanted) continue;
      const fix4 = replaceKeyword(model, instruction, wanted);
      hits.push({ line: instruction.line, message: `Command '${keyword}' should match the case of the command majority (${majority})`, ...fix4 && { fix: fix4 } });
    }
    return hits;
  }
};

// src/lint/rules/DL1001.ts
var DL1001 = {
  meta: {
    code: "DL1001",
    name: "AvoidInlineIgnorePragmas",
    // Off until an override switches it on: teams pair it with disable-ignore-pragma so CI cannot be bypassed.
    severity: "ignore",
    title: "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.",
    why: "An inline ignore silences a finding where only the author of the line sees it; policy belongs in the reviewed configuration, where every exception is visible.",
    docsUrl: hadolintDocs("DL1001"),
    fixable: false
  },
  check(model) {
    return model.comments.filter((c) => parseIgnorePragma(c.text)?.scope === "inline").map((c) => ({ line: c.line }));
  }
};

// src/lint/copy-args.ts
var copyPaths = memoize((instruction) => {
  const words = instruction.execForm ?? (instruction.args === "" ? [] : instruction.args.split(/\s+/));
  if (words.length === 0) return { sources: [] };
  return { sources: words.slice(0, -1), destination: words[words.length - 1] };
}, "file");
function dropQuotes(text) {
  return text.replace(/^["']+|["']+$/g, "");
}
var ARCHIVE_ENDINGS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];
function isArchive(path18) {
  const name = dropQuotes(path18);
  return ARCHIVE_ENDINGS.some((e) => name.endsWith(e));
}
function fromFlag(instruction) {
  return flagValue(instruction.flags, "from");
}

// src/lint/rules/DL3000.ts
var DL3000 = {
  meta: {
    code: "DL3000",
    name: "UseAbsoluteWorkdir",
    severity: "error",
    title: "Use an absolute WORKDIR",
    why: "A relative WORKDIR resolves against whatever directory the base image left behind, so the same Dockerfile can write to a different place when the base changes.",
    docsUrl: hadolintDocs("DL3000"),
    fixable: false,
    aliases: ["WorkdirRelativePath"]
  },
  check(model) {
    return instructionsOf(model, ["WORKDIR"]).filter((i) => !isAbsolute3(dropQuotes(i.args))).map((i) => ({ line: i.line, message: `Use an absolute WORKDIR: ${i.args} is relative to the previous working directory` }));
  }
};
function isAbsolute3(path18) {
  return path18.startsWith("/") || path18.startsWith("$") || new RegExp("^\\p{L}:", "u").test(path18);
}

// src/lint/rules/DL3001.ts
var POINTLESS = ["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"];
var DL3001 = {
  meta: {
    code: "DL3001",
    name: "AvoidMeaninglessCommands",
    severity: "info",
    title: "Command makes no sense inside a container build",
    why: "Interactive tools, service managers and process commands act on a throwaway build container, not on the running one; the step does nothing useful or hides a design that belongs elsewhere.",
    docsUrl: hadolintDocs("DL3001"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, POINTLESS, { onbuild: true }).flatMap(({ instruction, commands }) => {
      const found = [...new Set(commands.filter((c) => POINTLESS.includes(c.name)).map((c) => c.name))];
      return found.length === 0 ? [] : [{ line: instruction.line, message: `${found.join(", ")} makes no sense in a RUN: the build container is thrown away after the step` }];
    });
  }
};

// src/lint/rules/DL3002.ts
var DL3002 = {
  meta: {
    code: "DL3002",
    name: "LastUserNotRoot",
    severity: "warning",
    title: "Last USER should not be root",
    why: "A stage that ends as root runs its container, or the stages built on it, with full privileges. Switch to an unprivileged user after the steps that need root.",
    docsUrl: hadolintDocs("DL3002"),
    fixable: false
  },
  check(model) {
    return model.stages.map((stage) => lastOf(stage, "USER")).filter((user) => user !== void 0 && isRootUser(user.args)).map((user) => ({ line: user.line }));
  }
};

// src/lint/rules/DL3003.ts
var DL3003 = {
  meta: {
    code: "DL3003",
    name: "UseWorkdirNotCd",
    severity: "warning",
    title: "Use WORKDIR to switch to a directory",
    why: "A `cd` lasts only for its own RUN, so later steps silently run elsewhere; WORKDIR sets the directory for every following instruction and for the container.",
    docsUrl: hadolintDocs("DL3003"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["cd"]).filter(({ commands }) => commands.some((c) => isProgram(c, "cd"))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3004.ts
var DL3004 = {
  meta: {
    code: "DL3004",
    name: "AvoidSudo",
    severity: "error",
    title: "Do not use sudo",
    why: "RUN already executes as the current USER; sudo adds a setuid binary and a TTY and environment behaviour that differs between images. Switch USER, or use gosu or su-exec in an entrypoint.",
    docsUrl: hadolintDocs("DL3004"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["sudo"], { onbuild: true }).filter(({ commands }) => commands.some((c) => isProgram(c, "sudo"))).map(({ instruction }) => ({ line: instruction.line, message: "Do not use sudo: switch USER for the steps that need it, or use gosu or su-exec to drop privileges" }));
  }
};

// src/lint/rules/DL3006.ts
var DL3006 = {
  meta: {
    code: "DL3006",
    name: "TagImageVersion",
    severity: "warning",
    title: "Always tag the version of an image explicitly",
    why: "An untagged image means latest, which changes under you and can break or alter the build without any change to the Dockerfile.",
    docsUrl: hadolintDocs("DL3006"),
    fixable: false
  },
  check(model) {
    return model.stages.filter((s) => s.parent === void 0).map((s) => s.from).filter((from) => {
      const image = from.imageAsWritten;
      return image.tag === void 0 && image.digest === void 0 && image.text !== "scratch" && !image.text.startsWith("$");
    }).map((from) => ({ line: from.line, message: `Always tag the version of an image explicitly: ${from.imageAsWritten.text} has no tag` }));
  }
};

// src/lint/rules/DL3007.ts
var DL3007 = {
  meta: {
    code: "DL3007",
    name: "AvoidLatestTag",
    severity: "warning",
    title: "Using latest is prone to errors if the image ever updates; pin a specific version tag",
    why: "The latest tag moves with every release, so the same Dockerfile builds a different image from one day to the next.",
    docsUrl: hadolintDocs("DL3007"),
    fixable: false
  },
  check(model) {
    return model.stages.map((s) => s.from).filter((from) => from.imageAsWritten.tag === "latest" && from.imageAsWritten.digest === void 0).map((from) => ({ line: from.line }));
  }
};

// src/lint/packages.ts
function isCommandWith(command, program, word) {
  return command.name === program && command.args.includes(word);
}
function dropFlagValues(command, valued) {
  const args = [];
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i];
    args.push(word);
    if (wordFlags(word).some((f) => valued.includes(f))) i++;
  }
  return { ...command, args };
}
function packagesBesides(command, subcommand2, valued = []) {
  return nonFlagArgs(dropFlagValues(command, valued)).filter((w) => w !== subcommand2);
}
function packagesAfter(command, subcommand2, valued = []) {
  const words = nonFlagArgs(dropFlagValues(command, valued));
  const start = words.indexOf(subcommand2);
  if (start === -1) return [];
  let i = start;
  while (words[i] === subcommand2) i++;
  return words.slice(i);
}
function countFlag(command, name) {
  return flagNames(command).filter((f) => f === name).length;
}
function hasWords(command, ...needle) {
  const { args } = command;
  for (let i = 0; i + needle.length <= args.length; i++) {
    if (needle.every((w, j) => args[i + j] === w)) return true;
  }
  return false;
}

// src/lint/rules/DL3008.ts
var DL3008 = {
  meta: {
    code: "DL3008",
    name: "PinVersionsInAptGet",
    severity: "warning",
    title: "Pin versions in apt-get install",
    why: "Without `package=version`, each build installs whatever the mirror serves that day, so two builds of the same commit can differ and a bad upstream release lands unannounced.",
    docsUrl: hadolintDocs("DL3008"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["apt-get"], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned2 = commands.filter((c) => isCommandWith(c, "apt-get", "install")).flatMap((c) => packagesBesides(c, "install", ["t", "target-release"])).filter((p) => !isPinned(p));
      return unpinned2.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in apt-get install (${unpinned2.join(", ")}): use <package>=<version>` }];
    });
  }
};
function isPinned(pkg) {
  return pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
}

// src/lint/mounts.ts
var NO_MOUNTS = [];
function mounts(instruction) {
  return instruction.flags.length === 0 ? NO_MOUNTS : mountsOf(instruction);
}
var mountsOf = memoize(
  (instruction) => instruction.flags.filter((f) => f.name === "mount" && f.value !== void 0).map((f) => parseMount(f.value)),
  "file"
);
function parseMount(value) {
  const options = {};
  for (const part of value.split(",")) {
    const at = part.indexOf("=");
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key !== "") options[key] = at === -1 ? "" : part.slice(at + 1).trim();
  }
  return {
    type: options.type ?? "bind",
    target: options.target ?? options.dst ?? options.destination,
    from: options.from,
    options
  };
}
function cachedIn(instruction, path18) {
  return mounts(instruction).some((m) => (m.type === "cache" || m.type === "tmpfs") && (m.target ?? "").includes(path18));
}

// src/lint/stage-reach.ts
function reachesImage(model, stageIndex) {
  const reach = reachOf(model);
  return stageIndex === -1 ? reach.beforeFrom : reach.stages[stageIndex];
}
var reachOf = memoize((model) => {
  const final = model.stages.at(-1);
  if (!final) return { beforeFrom: true, stages: [] };
  const finalKey = fromKey(final.from);
  const usedAsImage = new Set(model.stages.map((s) => s.from.imageAsWritten.name));
  return {
    beforeFrom: finalKey === fromKey(void 0),
    stages: model.stages.map(({ from }) => fromKey(from) === finalKey || from.alias !== void 0 && usedAsImage.has(from.alias))
  };
}, "file");
function fromKey(from) {
  return from ? JSON.stringify([from.imageAsWritten.text, from.alias ?? null, from.platform ?? null]) : JSON.stringify(["scratch", null, null]);
}

// src/lint/rules/DL3009.ts
var DL3009 = {
  meta: {
    code: "DL3009",
    name: "DeleteAptLists",
    severity: "info",
    title: "Delete the apt lists after installing something",
    why: "The package lists fetched by `apt-get update` stay in the layer, adding tens of megabytes of stale metadata to an image that ships. Remove /var/lib/apt/lists/* in the same RUN, or keep them in a cache mount.",
    docsUrl: hadolintDocs("DL3009"),
    fixable: false
  },
  check(model) {
    const hits = [];
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.keyword === "ONBUILD" && instruction.trigger?.keyword === "RUN") {
        if (keepsLists(instruction.trigger)) hits.push({ line: instruction.line });
      } else if (instruction.keyword === "RUN" && keepsLists(instruction) && reachesImage(model, instruction.stageIndex)) {
        hits.push({ line: instruction.line });
      }
    }
    return hits;
  }
};
function keepsLists(run2) {
  const commands = runCommands(run2);
  const updates = commands.some((c) => isCommandWith(c, "apt-get", "update") || isCommandWith(c, "apt", "update") || isCommandWith(c, "aptitude", "update"));
  if (!updates) return false;
  const cleans = commands.some((c) => isProgram(c, "rm") && hasArg(c, "-rf", "/var/lib/apt/lists/*"));
  const mounted = cachedIn(run2, "/var/lib/apt/lists") || cachedIn(run2, "/var/lib/apt") && cachedIn(run2, "/var/cache/apt");
  return !cleans && !mounted;
}

// src/lint/rules/DL3010.ts
var UNPACKERS = /* @__PURE__ */ new Set(["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"]);
var DL3010 = {
  meta: {
    code: "DL3010",
    name: "UseAddForArchives",
    severity: "info",
    title: "Use ADD for extracting archives into an image",
    why: "Copying an archive and unpacking it in a later RUN keeps the archive in its own layer forever; ADD unpacks a local tar archive in one step and the packed copy never reaches the image.",
    docsUrl: hadolintDocs("DL3010"),
    fixable: false
  },
  check(model) {
    const last = model.stages.length - 1;
    const copied = [];
    const extracted = /* @__PURE__ */ new Set();
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.stageIndex !== last) continue;
      if (instruction.keyword === "COPY" && fromFlag(instruction) === void 0) {
        copied.push(...archivesOf(instruction).map((name) => ({ line: instruction.line, name })));
      } else if (instruction.keyword === "RUN" && copied.length > 0) {
        const commands = runCommands(instruction).filter(unpacks);
        for (const archive of copied) {
          if (commands.some((c) => nonFlagArgs(c).map(basename6).includes(archive.name))) extracted.add(archive.line);
        }
      }
    }
    return [...extracted].sort((a, b) => a - b).map((line) => ({ line }));
  }
};
function archivesOf(copy) {
  const words = copy.execForm ?? shellWords(copy.args);
  if (words.length < 2) return [];
  const target = words.at(-1);
  if (isArchive(target)) return [basename6(target)];
  return [...new Set(words.slice(0, -1).map(basename6).filter(isArchive))];
}
function unpacks(command) {
  if (isProgram(command, "tar")) return command.args.some((a) => a === "--extract" || a === "--get" || a.startsWith("-") && a.includes("x"));
  return UNPACKERS.has(command.name);
}
function basename6(path18) {
  const name = dropQuotes(path18);
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}
function shellWords(args) {
  return args.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
}

// src/lint/rules/DL3011.ts
var MAX_PORT = 65535;
var DL3011 = {
  meta: {
    code: "DL3011",
    name: "ValidPortRange",
    severity: "error",
    title: "Valid UNIX ports range from 0 to 65535",
    why: "A port above 65535 cannot exist; Docker rejects it when the image is run or published, so the mistake surfaces at deploy time instead of in review.",
    docsUrl: hadolintDocs("DL3011"),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ["EXPOSE"]).flatMap((i) => {
      const bad = i.args.split(/\s+/).filter(outOfRange);
      return bad.length === 0 ? [] : [{ line: i.line, message: `Valid UNIX ports range from 0 to ${MAX_PORT}: ${bad.join(", ")} is outside it` }];
    });
  }
};
function outOfRange(spec) {
  const ports = spec.split("/")[0];
  if (ports.includes("$")) return false;
  const range2 = /^(\d+)(?:-(\d+))?$/.exec(ports);
  return range2 !== null && range2.slice(1).some((p) => p !== void 0 && Number(p) > MAX_PORT);
}

// src/lint/rules/DL3012.ts
var DL3012 = {
  meta: {
    code: "DL3012",
    name: "SingleHealthcheck",
    severity: "error",
    title: "Multiple HEALTHCHECK instructions",
    why: "Only the last HEALTHCHECK of a stage takes effect, so an earlier one is dead text that a reader may believe is the probe in force.",
    docsUrl: hadolintDocs("DL3012"),
    fixable: false,
    // BuildKit's one check for repeated CMD, ENTRYPOINT and HEALTHCHECK; DL4003 and DL4004 carry it too.
    aliases: ["MultipleInstructionsDisallowed"]
  },
  check(model) {
    const seen = /* @__PURE__ */ new Set();
    const hits = [];
    for (const instruction of instructionsOf(model, ["HEALTHCHECK"])) {
      if (seen.has(instruction.stageIndex)) hits.push({ line: instruction.line, message: "Multiple HEALTHCHECK instructions in this stage: only the last one takes effect" });
      seen.add(instruction.stageIndex);
    }
    return hits;
  }
};

// src/lint/rules/DL3013.ts
var VALUED2 = [
  "abi",
  "b",
  "build",
  "e",
  "editable",
  "extra-index-url",
  "f",
  "find-links",
  "i",
  "index-url",
  "implementation",
  "no-binary",
  "only-binary",
  "platform",
  "prefix",
  "progress-bar",
  "proxy",
  "python",
  "python-version",
  "root",
  "src",
  "t",
  "target",
  "trusted-host",
  "upgrade-strategy"
];
var VERSION_OPERATORS = ["==", ">=", "<=", ">", "<", "!=", "~=", "==="];
var VCS_SCHEMES = /^(git|hg|svn|bzr)\+/;
var DL3013 = {
  meta: {
    code: "DL3013",
    name: "PinVersionsInPip",
    severity: "warning",
    title: "Pin versions in pip",
    why: "An unpinned `pip install` takes the newest release at build time, so rebuilding an old commit can pull in a breaking or compromised version. Pin with `==` or install from a locked requirements file.",
    docsUrl: hadolintDocs("DL3013"),
    fixable: false
  },
  check(model) {
    return runsOf2(model, { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned2 = commands.filter(isPackageInstall).flatMap((c) => packagesAfter(c, "install", VALUED2)).filter((p) => !isPinned2(p));
      return unpinned2.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in pip (${unpinned2.join(", ")}): use <package>==<version> or --requirement <file>` }];
    });
  }
};
function isPackageInstall(command) {
  const { name } = command;
  const pip = name.startsWith("pip") && !name.startsWith("pipenv") && command.args.includes("install") || name.startsWith("python") && hasWords(command, "-m", "pip", "install");
  return pip && !hasArg(command, "-r", "--requirement", ".") && !hasFlag(command, "c", "constraint");
}
function isPinned2(pkg) {
  if (VERSION_OPERATORS.some((op) => pkg.includes(op))) return true;
  if (pkg.endsWith(".whl") || pkg.endsWith(".tar.gz")) return true;
  if (VCS_SCHEMES.test(pkg)) return vcsPath(pkg).includes("@");
  return pkg.includes("/");
}
function vcsPath(url) {
  const rest = url.replace(/#.*$/, "").replace(/^[^:]*:\/\//, "");
  const slash = rest.indexOf("/");
  return slash === -1 ? "" : rest.slice(slash);
}

// src/lint/rules/DL3014.ts
var DL3014 = {
  meta: {
    code: "DL3014",
    name: "UseAptGetYes",
    severity: "warning",
    title: "Use the -y switch to avoid manual input",
    why: "A build has no one to answer apt-get's confirmation prompt; without `-y` the install aborts, or depends on the prompt never being asked.",
    docsUrl: hadolintDocs("DL3014"),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ["apt-get"], { onbuild: true }).filter(({ commands }) => commands.some(asksToConfirm)).map(({ instruction }) => {
      const fix4 = suggestedFix(context, () => insertWordFix(model, instruction, (c) => asksToConfirm(c) ? "install" : void 0, "-y"));
      return { line: instruction.line, message: "Use apt-get install -y: a build cannot answer the confirmation prompt", ...fix4 && { fix: fix4 } };
    });
  }
};
function asksToConfirm(command) {
  if (!isCommandWith(command, "apt-get", "install")) return false;
  const yes = hasFlag(command, "y", "yes", "qq", "assume-yes") || countFlag(command, "q") === 2 || countFlag(command, "quiet") === 2 || hasArg(command, "-q=2");
  return !yes;
}

// src/lint/rules/DL3015.ts
var DL3015 = {
  meta: {
    code: "DL3015",
    name: "AvoidAptRecommends",
    severity: "info",
    title: "Avoid additional packages by specifying --no-install-recommends",
    why: "apt-get installs recommended packages by default, often doubling the size of an install and adding software nobody asked for, each one more thing to patch.",
    docsUrl: hadolintDocs("DL3015"),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ["apt-get"], { onbuild: true }).filter(({ commands }) => commands.some(installsRecommends)).map(({ instruction }) => {
      const fix4 = suggestedFix(context, () => insertWordFix(model, instruction, (c) => installsRecommends(c) ? "install" : void 0, "--no-install-recommends"));
      return { line: instruction.line, message: "Add --no-install-recommends to apt-get install to skip recommended packages", ...fix4 && { fix: fix4 } };
    });
  }
};
function installsRecommends(command) {
  return isCommandWith(command, "apt-get", "install") && !hasFlag(command, "no-install-recommends") && !hasArg(command, "APT::Install-Recommends=false");
}

// src/lint/rules/DL3016.ts
var VALUED3 = ["loglevel", "registry"];
var GIT_PREFIXES = ["git://", "git+ssh://", "git+http://", "git+https://"];
var TARBALL_ENDINGS = [".tar", ".tar.gz", ".tgz"];
var PATH_PREFIXES = ["/", "./", "../", "~/"];
var DL3016 = {
  meta: {
    code: "DL3016",
    name: "PinVersionsInNpm",
    severity: "warning",
    title: "Pin versions in npm",
    why: "`npm install <package>` without a version takes the latest release at build time, bypassing the lockfile, so rebuilds drift and a compromised release is picked up silently.",
    docsUrl: hadolintDocs("DL3016"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["npm"], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned2 = commands.filter(installsNamed).flatMap((c) => packagesAfter(c, "install", VALUED3)).filter((p) => !isPinned3(p));
      return unpinned2.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in npm (${unpinned2.join(", ")}): use <package>@<version>` }];
    });
  }
};
function installsNamed(command) {
  return isCommandWith(command, "npm", "install") && nonFlagArgs(dropFlagValues(command, VALUED3))[0] === "install";
}
function isPinned3(pkg) {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes("#");
  if (TARBALL_ENDINGS.some((e) => pkg.endsWith(e))) return true;
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true;
  return hasVersion(pkg);
}
function hasVersion(pkg) {
  if (!pkg.startsWith("@")) return pkg.includes("@");
  let i = 0;
  while (i < pkg.length && pkg[i] > "/") i++;
  return pkg.slice(i).includes("@");
}

// src/lint/rules/DL3018.ts
var VALUED4 = ["t", "virtual", "repository", "X"];
var DL3018 = {
  meta: {
    code: "DL3018",
    name: "PinVersionsInApk",
    severity: "warning",
    title: "Pin versions in apk add",
    why: "An unpinned `apk add` installs whatever the Alpine mirror has today, so the image changes between builds of the same commit without anyone noticing.",
    docsUrl: hadolintDocs("DL3018"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["apk"], { onbuild: true }).flatMap(({ instruction, commands }) => {
      const unpinned2 = commands.filter((c) => isCommandWith(c, "apk", "add")).flatMap((c) => packagesBesides(c, "add", VALUED4)).filter((p) => !isPinned4(p));
      return unpinned2.length === 0 ? [] : [{ line: instruction.line, message: `Pin versions in apk add (${unpinned2.join(", ")}): use <package>=<version>` }];
    });
  }
};
function isPinned4(pkg) {
  return /[=~<>]/.test(pkg) || pkg.endsWith(".apk");
}

// src/lint/rules/DL3019.ts
var DL3019 = {
  meta: {
    code: "DL3019",
    name: "UseApkNoCache",
    severity: "info",
    title: "Use the --no-cache switch with apk add",
    why: "Without `--no-cache`, apk keeps its index and downloaded packages under /var/cache/apk in the layer; `--no-cache` fetches a fresh index and leaves nothing behind.",
    docsUrl: hadolintDocs("DL3019"),
    fixable: true
  },
  check(model, context) {
    return runsRunning(model, ["apk"], { onbuild: true }).filter(({ instruction, commands }) => commands.some(keepsCache) && !cachedIn(instruction, "/var/cache/apk")).map(({ instruction }) => {
      const fix4 = suggestedFix(context, () => insertWordFix(model, instruction, (c) => keepsCache(c) ? "add" : void 0, "--no-cache"));
      return { line: instruction.line, message: "Use apk add --no-cache instead of keeping (or deleting) /var/cache/apk", ...fix4 && { fix: fix4 } };
    });
  }
};
function keepsCache(command) {
  return isCommandWith(command, "apk", "add") && !hasFlag(command, "no-cache");
}

// src/lint/rules/DL3020.ts
var COPY_FLAGS = /* @__PURE__ */ new Set(["chown", "chmod", "link", "exclude", "parents"]);
var DL3020 = {
  meta: {
    code: "DL3020",
    name: "UseCopyNotAdd",
    severity: "error",
    title: "Use COPY instead of ADD for files and folders",
    why: "ADD also fetches URLs and unpacks archives, so a plain file copy with ADD hides what the step really does; COPY does only the copy.",
    docsUrl: hadolintDocs("DL3020"),
    fixable: true
  },
  check(model, context) {
    return instructionsOf(model, ["ADD"]).filter((add) => copyPaths(add).sources.some((s) => !addsSpecially(s))).map((add) => {
      const fix4 = suggestedFix(context, () => copyFix(model, add));
      return { line: add.line, message: "Use COPY instead of ADD for local files and folders; keep ADD for URLs and archives to extract", ...fix4 && { fix: fix4 } };
    });
  }
};
function addsSpecially(source) {
  const path18 = dropQuotes(source);
  return isArchive(path18) || path18.startsWith("http://") || path18.startsWith("https://");
}
function copyFix(model, add) {
  if (copyPaths(add).sources.some(addsSpecially) || add.flags.some((f) => !COPY_FLAGS.has(f.name))) return void 0;
  return replaceKeyword(model, add, add.keywordAsWritten === add.keywordAsWritten.toLowerCase() ? "copy" : "COPY");
}

// src/lint/rules/DL3021.ts
var DL3021 = {
  meta: {
    code: "DL3021",
    name: "CopyManySourcesToFolder",
    severity: "error",
    title: "COPY with more than 2 arguments requires the last argument to end with /",
    why: "Docker refuses to copy several sources into a destination that is not a directory, so the build fails at this step.",
    docsUrl: hadolintDocs("DL3021"),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ["COPY"]).filter((copy) => {
      const { sources, destination = "" } = copyPaths(copy);
      return sources.length > 1 && !dropQuotes(destination).endsWith("/");
    }).map((copy) => ({ line: copy.line, message: "COPY with several sources needs a destination directory ending in /" }));
  }
};

// src/lint/rules/DL3022.ts
var DL3022 = {
  meta: {
    code: "DL3022",
    name: "CopyFromKnownStage",
    severity: "warning",
    title: "COPY --from should reference a previously defined FROM alias",
    why: "A --from that names no earlier stage is pulled as an image from a registry, which is rarely what was meant and fails or copies the wrong files.",
    docsUrl: hadolintDocs("DL3022"),
    fixable: false
  },
  check(model) {
    const hits = [];
    const aliases = /* @__PURE__ */ new Set();
    let stages = 0;
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (isFrom(instruction)) {
        stages++;
        if (instruction.alias !== void 0) aliases.add(instruction.alias);
      }
      const from = instruction.keyword === "COPY" ? fromFlag(instruction) : void 0;
      if (from === void 0 || dropQuotes(from).includes(":") || aliases.has(from)) continue;
      const digits = /^[0-9]+/.exec(from);
      if (digits && Number(digits[0]) < stages) continue;
      hits.push({ line: instruction.line, message: misreference(from, laterAliases(model, instruction.line)) });
    }
    return hits;
  }
};
function misreference(from, later) {
  if (later.has(from)) return `COPY --from=${from} names a stage defined further down: a COPY can only read stages above it, so move that stage up`;
  if (from.includes("/") || from.includes(".")) return `COPY --from=${from} names an image, not a stage: give it a tag or digest (${from}:<version>) so the copy cannot change under you`;
  return `COPY --from=${from} names no stage defined above: use a stage's alias or number, or, if ${from} is an image, give it a tag (${from}:<version>)`;
}
function laterAliases(model, line) {
  return new Set(model.stages.filter((s) => s.from.line > line && s.from.alias !== void 0).map((s) => s.from.alias));
}

// src/lint/rules/DL3023.ts
var DL3023 = {
  meta: {
    code: "DL3023",
    name: "CopyFromOtherStage",
    severity: "error",
    title: "COPY --from cannot reference its own FROM alias",
    why: "A stage cannot copy from itself: the build fails with a circular dependency.",
    docsUrl: hadolintDocs("DL3023"),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ["COPY"]).filter((copy) => {
      const alias = model.stages[copy.stageIndex]?.from.alias;
      return alias !== void 0 && fromFlag(copy) === alias;
    }).map((copy) => ({ line: copy.line, message: `COPY --from=${fromFlag(copy)} names the stage it is in; copy from an earlier stage instead` }));
  }
};

// src/lint/rules/DL3024.ts
var DL3024 = {
  meta: {
    code: "DL3024",
    name: "UniqueStageNames",
    severity: "error",
    title: "FROM aliases (stage names) must be unique",
    why: "With two stages of the same name, FROM and COPY --from silently pick one of them, so the image is built from a stage other than the one you read.",
    docsUrl: hadolintDocs("DL3024"),
    fixable: false,
    aliases: ["DuplicateStageName"]
  },
  check(model) {
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { from } of model.stages) {
      if (from.alias === void 0) continue;
      if (seen.has(from.alias)) hits.push({ line: from.line, message: `The stage name ${from.alias} is already used by an earlier FROM; give each stage its own name` });
      seen.add(from.alias);
    }
    return hits;
  }
};

// src/lint/rules/DL3025.ts
var SHELL_SYNTAX = /[$`*?[\]~{}&|;<>()#\\\n]/;
var DL3025 = {
  meta: {
    code: "DL3025",
    name: "UseJsonArgsForCmd",
    severity: "warning",
    title: "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
    why: "In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward signals, so the app cannot shut down gracefully.",
    docsUrl: hadolintDocs("DL3025"),
    fixable: true,
    aliases: ["JSONArgsRecommended"]
  },
  check(model, context) {
    return model.instructions.filter((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT" || i.keyword === "HEALTHCHECK" && /^CMD\s/i.test(i.args)).filter((i) => i.execForm === void 0).map((i) => {
      const message2 = `Use JSON notation (exec form) for ${i.keyword === "HEALTHCHECK" ? "HEALTHCHECK CMD" : i.keyword}, e.g. ["executable", "arg"]`;
      const changes = behaviourChange(model, i);
      if (changes) return { line: i.line, message: `${message2}. No fix is suggested: ${changes}` };
      const fix4 = suggestedFix(context, () => execFormFix(model, i));
      return { line: i.line, message: message2, ...fix4 && { fix: fix4 } };
    });
  }
};
function behaviourChange(model, instruction) {
  const shell = activeShell(model, instruction);
  if (shell && !(shell.length === 2 && shell[0] === "/bin/sh" && shell[1] === "-c")) {
    return `the shell form runs under the SHELL ${JSON.stringify(shell)}, which the exec form would bypass.`;
  }
  for (const stage of model.stages) {
    if (!ancestry(model, stage).some((s) => s.index === instruction.stageIndex)) continue;
    const startup = effectiveStartup(model, stage);
    const entrypoint = startup.find((i) => i.keyword === "ENTRYPOINT");
    const cmd = startup.find((i) => i.keyword === "CMD");
    if (instruction.keyword === "ENTRYPOINT" && entrypoint === instruction && cmd) {
      return `in exec form the CMD on line ${cmd.line} would become its arguments, which the shell form ignores. Fold the CMD's arguments into the ENTRYPOINT, or drop the CMD, then write it in JSON.`;
    }
    if (instruction.keyword === "CMD" && cmd === instruction && entrypoint?.execForm) {
      return `the ENTRYPOINT on line ${entrypoint.line} receives this CMD as ["/bin/sh", "-c", "..."], and in exec form would receive other arguments. Check what the ENTRYPOINT expects before rewriting it.`;
    }
  }
  return void 0;
}
var continuations = /* @__PURE__ */ new Map();
function continuationPattern(escape2) {
  let pattern = continuations.get(escape2);
  if (!pattern) continuations.set(escape2, pattern = new RegExp(`[ \\t]*${escapeRegExp(escape2)}\\n[ \\t]*`, "g"));
  return pattern;
}
function execFormFix(model, instruction) {
  const script = instruction.keyword === "HEALTHCHECK" ? instruction.args.replace(/^CMD\s+/i, "") : instruction.args;
  if (SHELL_SYNTAX.test(script)) return void 0;
  const commands = parseShell(script);
  if (commands.length !== 1 || commands[0].redirects.length > 0 || /^\S*=/.test(script.trim())) return void 0;
  const words = commands[0].name === "exec" ? commands[0].args : [commands[0].name, ...commands[0].args];
  if (words.length === 0) return void 0;
  const argv = words.map((a) => JSON.stringify(a)).join(", ");
  const head = argumentsHead(model, instruction)?.replace(continuationPattern(model.escape), " ").trimEnd();
  if (head === void 0) return void 0;
  return { line: instruction.line, endLine: instruction.endLine, text: `${head} [${argv}]` };
}

// src/lint/image-name.ts
function fromImage(text) {
  const { registry, rest } = splitRegistry(text);
  return { registry, name: rest.split(/[:@]/)[0] };
}
function sourceImage(text) {
  const { registry, rest } = splitRegistry(text);
  return { registry, name: rest };
}
function splitRegistry(text) {
  const slash = text.indexOf("/");
  if (slash === -1 || !text.slice(0, slash).includes(".")) return { rest: text };
  return { registry: text.slice(0, slash), rest: text.slice(slash + 1) };
}

// src/lint/rules/DL3026.ts
var DL3026 = {
  meta: {
    code: "DL3026",
    name: "UseAllowedRegistry",
    severity: "error",
    title: "Use only an allowed registry in the FROM image",
    why: "Images from registries outside the trusted list bypass the scanning, signing and availability guarantees the trusted ones give.",
    docsUrl: hadolintDocs("DL3026"),
    fixable: false
  },
  check(model, { config }) {
    const trusted = config.trustedRegistries;
    if (trusted.length === 0) return [];
    const hits = [];
    const stageNames = /* @__PURE__ */ new Set();
    const allowed = (image) => stageNames.has(image.name) || isAllowed(image, trusted);
    const report = (line, text) => {
      hits.push({ line, message: `${text} does not come from a trusted registry (${trusted.join(", ")})` });
    };
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (isFrom(instruction)) {
        const image = instruction.imageAsWritten.text;
        if (!allowed(fromImage(image))) report(instruction.line, image);
        if (instruction.alias !== void 0) stageNames.add(instruction.alias);
      } else if (instruction.keyword === "COPY") {
        const from = fromFlag(instruction);
        if (from !== void 0 && !allowed(sourceImage(from))) report(instruction.line, from);
      } else if (instruction.keyword === "RUN") {
        const pulled = mounts(instruction).filter((m) => (m.type === "bind" || m.type === "cache") && m.from !== void 0 && !allowed(sourceImage(m.from)));
        if (pulled.length > 0) report(instruction.line, pulled[0].from);
      }
    }
    return hits;
  }
};
function isAllowed(image, trusted) {
  if (image.registry !== void 0) return trusted.some((p) => matches(p, image.registry));
  return image.name === "scratch" || trusted.some((p) => matches(p, "docker.io") || matches(p, "hub.docker.com"));
}
function matches(pattern, registry) {
  if (pattern === "*") return true;
  if (pattern.startsWith("*")) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith("*")) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}

// src/lint/rules/DL3027.ts
var DL3027 = {
  meta: {
    code: "DL3027",
    name: "UseAptGetNotApt",
    severity: "warning",
    title: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
    why: "apt has no stable command-line interface and warns when scripted; its output and behaviour can change between releases and break the build.",
    docsUrl: hadolintDocs("DL3027"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["apt"], { onbuild: true }).filter(({ commands }) => commands.some((c) => isProgram(c, "apt"))).map(({ instruction }) => ({ line: instruction.line, message: "apt is meant for interactive use; use apt-get or apt-cache in a Dockerfile" }));
  }
};

// src/lint/rules/DL3028.ts
var DL3028 = {
  meta: {
    code: "DL3028",
    name: "PinVersionsInGem",
    severity: "warning",
    title: "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`",
    why: "An unpinned gem installs whatever is newest at build time, so two builds of the same Dockerfile can ship different code.",
    docsUrl: hadolintDocs("DL3028"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["gem"], { onbuild: true }).filter(({ commands }) => commands.some((c) => unpinnedGems(c).length > 0)).map(({ instruction, commands }) => ({
      line: instruction.line,
      message: `Pin the gem version: gem install ${commands.flatMap(unpinnedGems)[0]}:<version>`
    }));
  }
};
function unpinnedGems(command) {
  if (!isProgram(command, "gem") || !hasArg(command, "install", "i")) return [];
  if (hasArg(command, "-v", "--version") || command.args.some((a) => a.startsWith("--version="))) return [];
  const beforeDashes = command.args.slice(0, command.args.indexOf("--") === -1 ? void 0 : command.args.indexOf("--"));
  const gems = [];
  for (let i = 0; i < beforeDashes.length; i++) {
    if (beforeDashes[i].startsWith("-")) i++;
    else if (beforeDashes[i] !== "install" && beforeDashes[i] !== "i") gems.push(beforeDashes[i]);
  }
  return gems.filter((g) => !g.includes(":"));
}

// src/lint/rules/DL3029.ts
var DL3029 = {
  meta: {
    code: "DL3029",
    name: "AvoidFromPlatform",
    severity: "warning",
    title: "Do not use --platform flag with FROM",
    why: "A fixed platform in FROM builds for that platform everywhere, so multi-platform builds silently produce the wrong architecture; use $BUILDPLATFORM or $TARGETPLATFORM.",
    docsUrl: hadolintDocs("DL3029"),
    fixable: false
  },
  check(model) {
    return model.stages.map((s) => s.from).filter((from) => from.platform !== void 0 && !from.platform.includes("BUILDPLATFORM") && !from.platform.includes("TARGETPLATFORM")).map((from) => ({ line: from.line, message: `FROM --platform=${from.platform} fixes the platform; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag` }));
  }
};

// src/lint/stage-state.ts
function hadolintPasses(model, opts) {
  const triggers = model.instructions.flatMap((i) => i.trigger ? [i.trigger] : []);
  return opts.onbuild ? [model.instructions, triggers] : [model.instructions];
}
function stageKey(from) {
  return from.alias ?? fromImage(from.imageAsWritten.text).name;
}
function parentKey(from) {
  return fromImage(from.imageAsWritten.text).name;
}

// src/lint/rpm-packages.ts
var YUM = ["yum"];
var DNF = ["dnf", "microdnf"];
var ZYPPER = ["zypper"];
function runsSubcommand(command, programs, subcommands) {
  return programs.includes(command.name) && command.args.some((a) => subcommands.includes(a));
}
var INSTALLS = ["install", "groupinstall", "localinstall"];
function installsWithoutYes(model, programs) {
  const missingYes = (command) => runsSubcommand(command, programs, INSTALLS) && !hasFlag(command, "y", "assumeyes") ? command.args.find((a) => INSTALLS.includes(a)) : void 0;
  return runsRunning(model, programs, { onbuild: true }).filter(({ commands }) => commands.some((c) => missingYes(c) !== void 0)).map(({ instruction }) => {
    const fix4 = insertWordFix(model, instruction, missingYes, "-y");
    return { line: instruction.line, ...fix4 && { fix: fix4 } };
  });
}
function cleansUpAfterInstall(commands, installs, cleans) {
  let last = -1;
  commands.forEach((c, i) => {
    if (installs(c)) last = i;
  });
  return last === -1 || commands.slice(last + 1).some(cleans);
}
function removesCache(command, path18) {
  return isProgram(command, "rm") && hasArg(command, "-rf", path18);
}
function unpinnedRpmInstall(command, programs, exempt, declared) {
  if (!runsSubcommand(command, programs, ["install"])) return false;
  const words = nonFlagArgs(command).filter((a) => a !== "install" && a !== "module");
  if (hasArg(command, "module")) return words.some((w) => !w.includes(":"));
  if (hasArg(command, ...exempt)) return false;
  return words.some((w) => !rpmVersionPinned(w, declared));
}
var VERSION_PART = /^[A-Za-z0-9.~^_:+]*$/;
function rpmVersionPinned(pkg, declared) {
  const parts = pkg.split("-");
  if (parts.length <= 1) return false;
  if (pkg.endsWith(".rpm")) return true;
  if (pkg.includes("$")) return [...declared].some((name) => pkg.includes(`\${${name}}`));
  const version = parts.slice(1);
  return version.every((p) => VERSION_PART.test(p)) && version.some((p) => /^[0-9]/.test(p));
}
var RPM_TOOLS = [...YUM, ...DNF];
var runsWithDeclaredNames = memoize((model) => {
  const out = [];
  if (runsRunning(model, RPM_TOOLS, { onbuild: true }).length === 0) return out;
  for (const pass of hadolintPasses(model, { onbuild: true })) {
    const args = /* @__PURE__ */ new Set();
    const stages = [{ envs: /* @__PURE__ */ new Set() }];
    const byAlias = /* @__PURE__ */ new Map();
    let declared;
    for (const instruction of pass) {
      const current = stages[stages.length - 1];
      if (isFrom(instruction)) {
        const stage = { alias: instruction.alias, envs: new Set(byAlias.get(parentKey(instruction))?.envs) };
        stages.push(stage);
        if (stage.alias !== void 0 && !byAlias.has(stage.alias)) byAlias.set(stage.alias, stage);
        declared = void 0;
      } else if (instruction.keyword === "ENV") {
        for (const p of instruction.properties) current.envs.add(p.key);
        declared = void 0;
      } else if (instruction.keyword === "ARG") {
        for (const p of instruction.properties) args.add(p.key);
        declared = void 0;
      } else if (instruction.keyword === "RUN") {
        const commands = runCommands(instruction, model);
        if (!commands.some((c) => RPM_TOOLS.includes(c.name))) continue;
        declared ??= /* @__PURE__ */ new Set([...args, ...current.envs]);
        out.push({ instruction, commands, declared });
      }
    }
  }
  return out.sort((a, b) => a.instruction.line - b.instruction.line);
}, "file");

// src/lint/rules/DL3030.ts
var DL3030 = {
  meta: {
    code: "DL3030",
    name: "UseYumYes",
    severity: "warning",
    title: "Use the -y switch to avoid manual input `yum install -y <package>`",
    why: "Without -y, yum waits for a confirmation that never comes in a build and aborts, so the build fails.",
    docsUrl: hadolintDocs("DL3030"),
    fixable: true
  },
  check(model) {
    return installsWithoutYes(model, YUM);
  }
};

// src/lint/rules/DL3032.ts
var DL3032 = {
  meta: {
    code: "DL3032",
    name: "CleanYumCache",
    severity: "warning",
    title: "`yum clean all` missing after yum command",
    why: "yum keeps downloaded packages and metadata in /var/cache/yum; unless the same RUN removes them they stay in the layer and bloat the image.",
    docsUrl: hadolintDocs("DL3032"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, YUM, { onbuild: true }).filter(
      ({ commands }) => !cleansUpAfterInstall(
        commands,
        (c) => runsSubcommand(c, YUM, ["install"]),
        (c) => runsSubcommand(c, YUM, ["clean", "all"]) || removesCache(c, "/var/cache/yum/*")
      )
    ).map(({ instruction }) => ({ line: instruction.line, message: "Run `yum clean all` after yum install in the same RUN" }));
  }
};

// src/lint/rules/DL3033.ts
var DL3033 = {
  meta: {
    code: "DL3033",
    name: "PinVersionsInYum",
    severity: "warning",
    title: "Specify version with `yum install -y <package>-<version>`",
    why: "An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.",
    docsUrl: hadolintDocs("DL3033"),
    fixable: false
  },
  check(model) {
    return runsWithDeclaredNames(model).filter(({ commands, declared }) => commands.some((c) => unpinnedRpmInstall(c, YUM, [], declared))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3034.ts
var PROMPTING = ["install", "in", "remove", "rm", "source-install", "si", "patch"];
var DL3034 = {
  meta: {
    code: "DL3034",
    name: "UseZypperNonInteractive",
    severity: "warning",
    title: "Non-interactive switch missing from `zypper` command: `zypper install -y`",
    why: "Without a non-interactive switch zypper waits for a confirmation that never comes in a build, so the build fails or hangs.",
    docsUrl: hadolintDocs("DL3034"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true }).filter(({ commands }) => commands.some((c) => runsSubcommand(c, ZYPPER, PROMPTING) && !hasFlag(c, "non-interactive", "n", "no-confirm", "y"))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3035.ts
var DL3035 = {
  meta: {
    code: "DL3035",
    name: "AvoidZypperDistUpgrade",
    severity: "warning",
    title: "Do not use `zypper dist-upgrade`",
    why: "A distribution upgrade inside a build replaces the base image's packages with whatever is current, so the image no longer matches its tag and rebuilds drift; move to a newer base image instead.",
    docsUrl: hadolintDocs("DL3035"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true }).filter(({ commands }) => commands.some((c) => runsSubcommand(c, ZYPPER, ["dist-upgrade", "dup"]))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3036.ts
var DL3036 = {
  meta: {
    code: "DL3036",
    name: "CleanZypperCache",
    severity: "warning",
    title: "`zypper clean` missing after zypper use",
    why: "zypper keeps downloaded packages and metadata in /var/cache/zypp; unless the same RUN cleans them (or they live in a cache mount) they stay in the layer and bloat the image.",
    docsUrl: hadolintDocs("DL3036"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true }).filter(({ instruction }) => !cachedIn(instruction, "/var/cache/zypp")).filter(({ commands }) => !cleansUpAfterInstall(commands, (c) => runsSubcommand(c, ZYPPER, ["install", "in"]), (c) => runsSubcommand(c, ZYPPER, ["clean", "cc"]))).map(({ instruction }) => ({ line: instruction.line, message: "Run `zypper clean` after zypper install in the same RUN, or use a cache mount on /var/cache/zypp" }));
  }
};

// src/lint/rules/DL3037.ts
var DL3037 = {
  meta: {
    code: "DL3037",
    name: "PinVersionsInZypper",
    severity: "warning",
    title: "Specify version with `zypper install -y <package>=<version>`",
    why: "An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.",
    docsUrl: hadolintDocs("DL3037"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ZYPPER, { onbuild: true }).filter(({ commands }) => commands.some((c) => unpinned(c).length > 0)).map(({ instruction, commands }) => ({
      line: instruction.line,
      message: `Pin the package version: zypper install -y ${commands.flatMap(unpinned)[0]}=<version>`
    }));
  }
};
function unpinned(command) {
  if (!runsSubcommand(command, ZYPPER, ["install", "in"])) return [];
  return nonFlagArgs(command).filter((a) => a !== "install" && a !== "in" && !/[=<>]/.test(a) && !a.endsWith(".rpm"));
}

// src/lint/rules/DL3038.ts
var DL3038 = {
  meta: {
    code: "DL3038",
    name: "UseDnfYes",
    severity: "warning",
    title: "Use the -y switch to avoid manual input `dnf install -y <package>`",
    why: "Without -y, dnf and microdnf wait for a confirmation that never comes in a build and abort, so the build fails.",
    docsUrl: hadolintDocs("DL3038"),
    fixable: true
  },
  check(model) {
    return installsWithoutYes(model, DNF);
  }
};

// src/lint/rules/DL3040.ts
var CHANGES = ["install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"];
var DL3040 = {
  meta: {
    code: "DL3040",
    name: "CleanDnfCache",
    severity: "warning",
    title: "`dnf clean all` missing after dnf command",
    why: "dnf keeps downloaded packages and metadata in /var/cache; unless the same RUN cleans them (or they live in a cache mount) they stay in the layer and bloat the image.",
    docsUrl: hadolintDocs("DL3040"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, DNF, { onbuild: true }).filter(({ instruction }) => !cachedIn(instruction, "/var/cache/libdnf5") && !cachedIn(instruction, ".cache/libdnf5")).filter(
      ({ commands }) => DNF.some(
        (tool) => !cleansUpAfterInstall(
          commands,
          (c) => isProgram(c, tool) && runsSubcommand(c, DNF, CHANGES),
          (c) => isProgram(c, tool) && runsSubcommand(c, DNF, ["clean", "all"]) || removesCache(c, "/var/cache/libdnf5*")
        )
      )
    ).map(({ instruction }) => ({ line: instruction.line, message: "Run `dnf clean all` after dnf install in the same RUN, or use a cache mount on /var/cache/libdnf5" }));
  }
};

// src/lint/rules/DL3041.ts
var DL3041 = {
  meta: {
    code: "DL3041",
    name: "PinVersionsInDnf",
    severity: "warning",
    title: "Specify version with `dnf install -y <package>-<version>`",
    why: "An unpinned package installs whatever the repository serves at build time, so rebuilds are not reproducible and can pull in breaking or vulnerable versions.",
    docsUrl: hadolintDocs("DL3041"),
    fixable: false
  },
  check(model) {
    return runsWithDeclaredNames(model).filter(({ commands, declared }) => commands.some((c) => unpinnedRpmInstall(c, DNF, ["group"], declared))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3042.ts
var TRUTHY = ["1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES"];
var DL3042 = {
  meta: {
    code: "DL3042",
    name: "UsePipNoCacheDir",
    severity: "warning",
    title: "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
    why: "pip keeps every downloaded wheel in ~/.cache/pip; in an image layer that cache is never reused and only adds size.",
    docsUrl: hadolintDocs("DL3042"),
    fixable: true
  },
  check(model, context) {
    const hits = [];
    if (!instructionsOf(model, ["RUN"], { onbuild: true }).some((run2) => runCommands(run2).some((c) => cachingInstall(c) !== void 0))) return hits;
    for (const pass of hadolintPasses(model, { onbuild: true })) {
      const noCache = /* @__PURE__ */ new Map();
      let stage;
      for (const instruction of pass) {
        if (isFrom(instruction)) {
          stage = stageKey(instruction);
          noCache.set(stage, noCache.get(parentKey(instruction)) ?? false);
        } else if (instruction.keyword === "ENV" && envTurnsCacheOff(instruction)) {
          noCache.set(stage, true);
        } else if (instruction.keyword === "RUN" && !noCache.get(stage)) {
          if (!runCommands(instruction).some((c) => cachingInstall(c) !== void 0) || runTurnsCacheOff(instruction)) continue;
          const fix4 = suggestedFix(context, () => insertWordFix(model, instruction, cachingInstall, "--no-cache-dir"));
          hits.push({ line: instruction.line, ...fix4 && { fix: fix4 } });
        }
      }
    }
    return hits;
  }
};
function envTurnsCacheOff(env) {
  const value = env.properties.find((p) => p.key === "PIP_NO_CACHE_DIR")?.value;
  return value !== void 0 && TRUTHY.includes(value);
}
function runTurnsCacheOff(run2) {
  const at = run2.args.indexOf("PIP_NO_CACHE_DIR=");
  const value = at === -1 ? "" : run2.args.slice(at + "PIP_NO_CACHE_DIR=".length);
  return TRUTHY.some((t) => value.startsWith(t)) || cachedIn(run2, ".cache/pip");
}
function cachingInstall(command) {
  const { name } = command;
  const pip = name.startsWith("pip") && command.args.includes("install") || name.startsWith("python") && follows(command.args, ["-m", "pip", "install"]);
  if (!pip) return void 0;
  const wrapper = ["pipx", "pipenv"].some((w) => name.includes(w) || name.startsWith("python") && follows(command.args, ["-m", w]));
  return !wrapper && !command.args.includes("--no-cache-dir") ? "install" : void 0;
}
function follows(args, words) {
  return args.some((_, i) => words.every((w, j) => args[i + j] === w));
}

// src/lint/rules/DL3043.ts
var ILLEGAL = ["ONBUILD", "FROM", "MAINTAINER"];
var DL3043 = {
  meta: {
    code: "DL3043",
    name: "AvoidForbiddenOnbuildTriggers",
    severity: "error",
    title: "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction",
    why: "Docker rejects these triggers, so every image built FROM this one fails at its first step.",
    docsUrl: hadolintDocs("DL3043"),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ["ONBUILD"]).filter((i) => i.trigger !== void 0 && ILLEGAL.includes(i.trigger.keyword)).map((i) => ({ line: i.line, message: `ONBUILD cannot trigger ${i.trigger.keyword}` }));
  }
};

// src/lint/rules/DL3044.ts
var DL3044 = {
  meta: {
    code: "DL3044",
    name: "AvoidSelfReferenceInEnv",
    severity: "error",
    title: "Do not refer to an environment variable within the same `ENV` statement where it is defined",
    why: "Variables in an ENV are expanded before any of its pairs are set, so a reference to a sibling pair gets the old (usually empty) value, not the one written beside it.",
    docsUrl: hadolintDocs("DL3044"),
    fixable: false
  },
  check(model) {
    const hits = [];
    const defined = /* @__PURE__ */ new Set();
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
      const pairs2 = instruction.properties;
      if (instruction.keyword === "ENV") {
        const refs = pairs2.map((p) => referencedNames(p.value ?? ""));
        const users = /* @__PURE__ */ new Map();
        for (const names2 of refs) for (const name of names2) users.set(name, (users.get(name) ?? 0) + 1);
        const sibling = pairs2.find(({ key }, index) => !defined.has(key) && (users.get(key) ?? 0) - (refs[index].has(key) ? 1 : 0) > 0);
        if (sibling) hits.push({ line: instruction.line, message: `${sibling.key} is used in the same ENV that defines it, where it still has its old value; define it in an earlier ENV` });
      }
      for (const { key } of pairs2) defined.add(key);
    }
    return hits;
  }
};
function referencedNames(text) {
  const names2 = /* @__PURE__ */ new Set();
  if (!text.includes("$")) return names2;
  for (const match3 of text.matchAll(/\$\{([^}$]*)\}|\$([A-Za-z0-9_]+)/g)) names2.add(match3[1] ?? match3[2]);
  return names2;
}

// src/lint/rules/DL3045.ts
var DL3045 = {
  meta: {
    code: "DL3045",
    name: "SetWorkdirBeforeRelativeCopy",
    severity: "warning",
    title: "`COPY` to a relative destination without `WORKDIR` set",
    why: "A relative destination lands under whatever working directory the base image sets, which can change with the base image; set WORKDIR or use an absolute path.",
    docsUrl: hadolintDocs("DL3045"),
    fixable: false
  },
  check(model) {
    const hits = [];
    const workdir = /* @__PURE__ */ new Map();
    let stage;
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (isFrom(instruction)) {
        stage = stageKey(instruction);
        workdir.set(stage, workdir.get(parentKey(instruction)) ?? false);
      } else if (instruction.keyword === "WORKDIR") {
        workdir.set(stage, true);
      } else if (instruction.keyword === "COPY" && !workdir.get(stage)) {
        const destination = dropQuotes(copyPaths(instruction).destination ?? "");
        if (!isAbsolute4(destination)) hits.push({ line: instruction.line, message: `COPY to the relative path ${destination} with no WORKDIR set; set WORKDIR first or use an absolute path` });
      }
    }
    return hits;
  }
};
function isAbsolute4(path18) {
  return path18.startsWith("/") || path18.startsWith("$") || /^.:[\\/]/.test(path18);
}

// src/lint/rules/DL3046.ts
var DL3046 = {
  meta: {
    code: "DL3046",
    name: "UseUseraddNoLogInit",
    severity: "warning",
    title: "`useradd` without flag `-l` and high UID will result in excessively large Image.",
    why: "useradd records every user in /var/log/lastlog and faillog, sparse files sized by the highest UID; layers do not keep them sparse, so a UID in the millions adds gigabytes. Pass -l (--no-log-init).",
    docsUrl: hadolintDocs("DL3046"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["useradd"], { onbuild: true }).filter(({ commands }) => commands.some(addsUserWithLog)).map(({ instruction }) => ({ line: instruction.line }));
  }
};
function addsUserWithLog(command) {
  return isProgram(command, "useradd") && !hasFlag(command, "l", "no-log-init") && hasFlag(command, "u", "uid") && shortUidValues(command).some((uid) => [...uid].length > 5);
}
function shortUidValues(command) {
  const { args } = command;
  return args.flatMap((word, i) => {
    if (!wordFlags(word).includes("u")) return [];
    const value = args.slice(i + 1).find((next) => wordFlags(next).length === 0);
    return value === void 0 ? [] : [value];
  });
}

// src/lint/rules/DL3047.ts
var DL3047 = {
  meta: {
    code: "DL3047",
    name: "QuietWgetProgress",
    severity: "info",
    title: "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
    why: "Without a TTY, wget prints a progress line every few kilobytes, so one large download floods the build log and buries the errors. Choose a progress style or make wget quiet.",
    docsUrl: hadolintDocs("DL3047"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["wget"], { onbuild: true }).filter(({ commands }) => commands.some(printsProgressDots)).map(({ instruction }) => ({ line: instruction.line }));
  }
};
function printsProgressDots(command) {
  return isProgram(command, "wget") && !hasFlag(command, "progress", "q", "quiet", "o", "output-file", "a", "append-output", "no-verbose") && !hasArg(command, "-nv");
}

// src/lint/labels.ts
function labelInstructions(model) {
  return instructionsOf(model, ["LABEL"]);
}
function labelPairs(instruction) {
  return instruction.properties.map((p) => ({ key: p.key, value: p.value ?? "" }));
}
function schemaLabels(schema, type) {
  return Object.entries(schema).filter(([, t]) => type === void 0 || t === type).map(([label]) => label);
}
function labelValueRule(spec) {
  return {
    meta: { ...spec.meta, docsUrl: hadolintDocs(spec.meta.code), fixable: false },
    check(model, { config }) {
      const instructions2 = labelInstructions(model);
      if (instructions2.length === 0) return [];
      const labels = schemaLabels(config.labelSchema, spec.type);
      return instructions2.flatMap((instruction) => {
        const pairs2 = labelPairs(instruction);
        return labels.filter((label) => pairs2.some((p) => p.key === label && !spec.isValid(p.value))).map((label) => ({ line: instruction.line, message: spec.message(label) }));
      });
    }
  };
}

// src/lint/rules/DL3048.ts
var DL3048 = {
  meta: {
    code: "DL3048",
    name: "ValidLabelKey",
    severity: "style",
    title: "Invalid label key.",
    why: "Tools that read image metadata (registries, scanners, orchestrators) expect lower-case, namespaced keys, and Docker reserves its own namespaces. A malformed key is silently ignored by them.",
    docsUrl: hadolintDocs("DL3048"),
    fixable: false
  },
  check(model) {
    return labelInstructions(model).filter((instruction) => labelPairs(instruction).some((pair) => !isValidLabelKey(pair.key))).map((instruction) => ({ line: instruction.line }));
  }
};
var RESERVED_NAMESPACES = ["com.docker.", "io.docker.", "org.dockerproject."];
function isValidLabelKey(key) {
  return /^[a-z](?:[a-z0-9._/-]*[a-z0-9])?$/.test(key) && !key.includes("..") && !key.includes("--") && !RESERVED_NAMESPACES.some((ns) => key.startsWith(ns));
}

// src/lint/stage-names.ts
function imageNameOf(from) {
  const withoutDigest = from.imageAsWritten.text.split("@")[0];
  const slash = withoutDigest.indexOf("/");
  const withoutRegistry = slash !== -1 && withoutDigest.slice(0, slash).includes(".") ? withoutDigest.slice(slash + 1) : withoutDigest;
  return withoutRegistry.split(":")[0];
}
function stageNameOf(from) {
  return from.alias ?? imageNameOf(from);
}

// src/lint/rules/DL3049.ts
var DL3049 = {
  meta: {
    code: "DL3049",
    name: "RequiredLabelPresent",
    severity: "info",
    title: "Label is missing.",
    why: "Registries, scanners and on-call engineers rely on the labels your team agreed on (owner, source, version) to trace an image back to its code. An image without them is anonymous in production.",
    docsUrl: hadolintDocs("DL3049"),
    fixable: false
  },
  check(model, { config }) {
    return schemaLabels(config.labelSchema).flatMap(
      (label) => stagesMissing(model, label).map((stage) => ({ line: stage.from.line, message: `Label \`${label}\` is missing.` }))
    );
  }
};
function stagesMissing(model, label) {
  const covered = /* @__PURE__ */ new Set();
  const missing2 = /* @__PURE__ */ new Set();
  const excuse = (name) => {
    for (const stage of missing2) {
      if (stage.from.alias === name) missing2.delete(stage);
    }
  };
  let current;
  for (let i = 0; i < model.instructions.length; i++) {
    const instruction = model.instructions[i];
    if (isFrom(instruction)) {
      current = model.stages[instruction.stageIndex];
      const image = imageNameOf(current.from);
      const inherits = [...covered].some((stage) => stage.from.alias === image);
      (inherits ? covered : missing2).add(current);
    } else if (!current) {
      continue;
    } else if (instruction.keyword === "COPY") {
      const source = fromFlag(instruction);
      if (source !== void 0) excuse(source);
    } else if (instruction.keyword === "LABEL" && labelPairs(instruction).some((p) => p.key === label)) {
      excuse(stageNameOf(current.from));
      missing2.delete(current);
      covered.add(current);
    }
  }
  return [...missing2];
}

// src/lint/rules/DL3050.ts
var DL3050 = {
  meta: {
    code: "DL3050",
    name: "AvoidSuperfluousLabels",
    severity: "info",
    title: "Superfluous label(s) present.",
    why: "With strict labels the schema is the whole contract: a key outside it is usually a typo of a required label or metadata nobody maintains. Add it to the schema or drop it.",
    docsUrl: hadolintDocs("DL3050"),
    fixable: false
  },
  check(model, { config }) {
    if (!config.strictLabels) return [];
    const known = new Set(Object.keys(config.labelSchema));
    return labelInstructions(model).filter((instruction) => labelPairs(instruction).some((pair) => !known.has(pair.key))).map((instruction) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL3051.ts
var DL3051 = labelValueRule({
  meta: {
    code: "DL3051",
    name: "NonEmptyLabel",
    severity: "warning",
    title: "Label is empty.",
    why: "An empty required label passes a presence check yet tells nobody anything; it usually means a build argument was not passed. Give it a value or fail the build."
  },
  isValid: (value) => value !== "",
  message: (label) => `label \`${label}\` is empty.`
});

// node_modules/spdx-license-ids/index.json
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// src/lint/spdx-ids.ts
var SPDX_LICENSE_IDS = /* @__PURE__ */ new Set([...spdx_license_ids_default, ...deprecated_default]);

// src/lint/label-values.ts
var UNRESERVED = "A-Za-z0-9\\-._~";
var SUB_DELIMS = "!$&'()*+,;=";
var PCT = "%[0-9A-Fa-f]{2}";
var PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
var SEGMENT = `${PCHAR}*`;
var SEGMENT_NZ = `${PCHAR}+`;
var USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*`;
var REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*`;
var IP_FUTURE = `v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`;
var HOST2 = `(?:\\[(?:[0-9A-Fa-f:.]+|${IP_FUTURE})\\]|${REG_NAME})`;
var AUTHORITY = `(?:${USERINFO}@)?${HOST2}(?::[0-9]*)?`;
var HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/(?:${SEGMENT_NZ}(?:/${SEGMENT})*)?|${SEGMENT_NZ}(?:/${SEGMENT})*|)`;
var QUERY = `(?:${PCHAR}|[/?])*`;
var URI = new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`);
function isUrl(value) {
  if (!URI.test(value)) return false;
  const literal = /^[^:]+:\/\/(?:[^@/]*@)?\[([0-9A-Fa-f:.]+)\]/.exec(value);
  return literal === null || isIpv6(literal[1]);
}
function isIpv6(text) {
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((h) => h === "" ? [] : h.split(":"));
  const last = groups.at(-1).at(-1);
  const ipv4 = last !== void 0 && last.includes(".");
  if (ipv4 && !/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(last)) return false;
  const hex = groups.flat().slice(0, ipv4 ? -1 : void 0);
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hex.length + (ipv4 ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function isRfc3339(value) {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const offsetHour = m[7] === void 0 ? 0 : Number(m[7]);
  const offsetMinute = m[8] === void 0 ? 0 : Number(m[8]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60 && offsetHour <= 23 && offsetMinute <= 59;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function isSpdxId(value) {
  return SPDX_LICENSE_IDS.has(value);
}
function isGitHash(value) {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}
var NUMERIC = "(?:0|[1-9]\\d*)";
var PRE_ID = `(?:${NUMERIC}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
var SEMVER = new RegExp(`^${NUMERIC}\\.${NUMERIC}\\.${NUMERIC}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
function isSemver(value) {
  return SEMVER.test(value);
}
var ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
var QUOTED = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"';
var LOCAL_PART = new RegExp(`^(?:${ATOM}|${QUOTED})(?:\\.(?:${ATOM}|${QUOTED}))*$`);
var DOMAIN_LITERAL = /^\[[\x21-\x5a\x5e-\x7e]*\]$/;
var DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
function isEmail(value) {
  const at = value.lastIndexOf("@");
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && isMailDomain(domain);
}
function isMailDomain(domain) {
  if (DOMAIN_LITERAL.test(domain)) return true;
  const name = domain.endsWith(".") ? domain.slice(0, -1) : domain;
  const labels = name.split(".");
  return name.length <= 253 && labels.every((l) => l.length <= 63 && DOMAIN_LABEL.test(l));
}

// src/lint/rules/DL3052.ts
var DL3052 = labelValueRule({
  meta: {
    code: "DL3052",
    name: "LabelIsUrl",
    severity: "warning",
    title: "Label is not a valid URL.",
    why: "Tools follow URL labels such as org.opencontainers.image.source to find the code and documentation behind an image. A relative path or a bare host name leads nowhere."
  },
  type: "url",
  isValid: isUrl,
  message: (label) => `Label \`${label}\` is not a valid URL.`
});

// src/lint/rules/DL3053.ts
var DL3053 = labelValueRule({
  meta: {
    code: "DL3053",
    name: "LabelIsRfc3339Time",
    severity: "warning",
    title: "Label is not a valid time format - must be conform to RFC3339.",
    why: 'Build dates are sorted and compared by tools that expect RFC 3339; any other format breaks retention policies and "how old is this image" checks.'
  },
  type: "rfc3339",
  isValid: isRfc3339,
  message: (label) => `Label \`${label}\` is not a valid time format - must be conform to RFC3339.`
});

// src/lint/rules/DL3054.ts
var DL3054 = labelValueRule({
  meta: {
    code: "DL3054",
    name: "LabelIsSpdxId",
    severity: "warning",
    title: "Label is not a valid SPDX identifier.",
    why: "License scanners and compliance reports match the license label against the SPDX list. A free-form name or an expression is not recognised and the image is flagged as unlicensed."
  },
  type: "spdx",
  isValid: isSpdxId,
  message: (label) => `Label \`${label}\` is not a valid SPDX identifier.`
});

// src/lint/rules/DL3055.ts
var DL3055 = labelValueRule({
  meta: {
    code: "DL3055",
    name: "LabelIsGitHash",
    severity: "warning",
    title: "Label is not a valid git hash.",
    why: "A revision label ties a running image to the exact commit it was built from. A branch name, an upper-case or a truncated hash cannot be resolved reliably."
  },
  type: "hash",
  isValid: isGitHash,
  message: (label) => `Label \`${label}\` is not a valid git hash.`
});

// src/lint/rules/DL3056.ts
var DL3056 = labelValueRule({
  meta: {
    code: "DL3056",
    name: "LabelIsSemver",
    severity: "warning",
    title: "Label does not conform to semantic versioning.",
    why: "Deployment tooling orders and compares version labels; a value that is not semantic versioning sorts wrongly and breaks upgrade and rollback decisions."
  },
  type: "semver",
  isValid: isSemver,
  message: (label) => `Label \`${label}\` does not conform to semantic versioning.`
});

// src/lint/rules/DL3057.ts
var DL3057 = {
  meta: {
    code: "DL3057",
    name: "DeclareHealthcheck",
    severity: "ignore",
    title: "`HEALTHCHECK` instruction missing.",
    why: "Without a health check, Docker and Swarm keep routing traffic to a container whose process hangs. Off by default, as in hadolint, because it also reports builder stages.",
    docsUrl: hadolintDocs("DL3057"),
    fixable: false
  },
  check(model) {
    return stagesWithoutHealthcheck(model).map((stage) => ({ line: stage.from.line }));
  }
};
function stagesWithoutHealthcheck(model) {
  const coveredNames = /* @__PURE__ */ new Set();
  const missing2 = /* @__PURE__ */ new Set();
  const missingByName = /* @__PURE__ */ new Map();
  const cover = (stage) => {
    missing2.delete(stage);
    missingByName.get(stageNameOf(stage.from))?.delete(stage);
    coveredNames.add(stageNameOf(stage.from));
  };
  let current;
  for (let i = 0; i < model.instructions.length; i++) {
    const instruction = model.instructions[i];
    if (isFrom(instruction)) {
      current = model.stages[instruction.stageIndex];
      if (coveredNames.has(imageNameOf(current.from))) {
        cover(current);
      } else {
        missing2.add(current);
        const name = stageNameOf(current.from);
        missingByName.set(name, (missingByName.get(name) ?? /* @__PURE__ */ new Set()).add(current));
      }
    } else if (current && instruction.keyword === "HEALTHCHECK") {
      for (let built = [current]; built.length > 0; ) {
        for (const stage of built) cover(stage);
        const bases = new Set(built.map((stage) => imageNameOf(stage.from)));
        built = [...bases].flatMap((base) => [...missingByName.get(base) ?? []]);
      }
    }
  }
  return [...missing2];
}

// src/lint/rules/DL3058.ts
var DL3058 = labelValueRule({
  meta: {
    code: "DL3058",
    name: "LabelIsEmail",
    severity: "warning",
    title: "Label is not a valid email format - must be conform to RFC5322.",
    why: "The contact label is how someone reaches the owners of an image during an incident; a malformed address makes it useless when it matters."
  },
  type: "email",
  isValid: isEmail,
  message: (label) => `Label \`${label}\` is not a valid email format - must be conform to RFC5322.`
});

// src/lint/rules/DL3059.ts
var DL3059 = {
  meta: {
    code: "DL3059",
    name: "ConsolidateConsecutiveRuns",
    severity: "info",
    title: "Multiple consecutive RUN instructions: consider consolidating them",
    why: "Each RUN adds a layer; a run of one-command RUNs makes the image larger and the build slower than one RUN that chains them.",
    docsUrl: hadolintDocs("DL3059"),
    fixable: false
  },
  check(model) {
    const hits = [];
    let previous;
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.keyword !== "RUN") {
        previous = void 0;
        continue;
      }
      const current = { instruction, commands: programsRun(instruction) };
      if (previous && previous.commands <= 1 && current.commands <= 1 && flagsOf(previous) === flagsOf(current)) {
        hits.push({ line: instruction.line });
      } else {
        previous = current;
      }
    }
    return hits;
  }
};
function programsRun(run2) {
  let programs = 0;
  for (const command of hadolintShellScript(run2).commands) if (command.name !== "") programs++;
  return programs;
}
var NO_FLAGS = JSON.stringify([[], []]);
function flagsOf(run2) {
  return run2.flags ??= runFlags(run2.instruction);
}
function runFlags(instruction) {
  if (instruction.flags.length === 0) return NO_FLAGS;
  const mounts2 = instruction.flags.filter((f) => f.name === "mount").map((f) => Object.entries(parseMount(f.value ?? "").options).map(([k, v]) => `${k}=${v}`).sort().join(",")).sort();
  const other = instruction.flags.filter((f) => f.name === "network" || f.name === "security").map((f) => `${f.name}=${f.value ?? ""}`).sort();
  return JSON.stringify([mounts2, other]);
}

// src/lint/rules/DL3060.ts
var DL3060 = {
  meta: {
    code: "DL3060",
    name: "CleanYarnCache",
    severity: "info",
    title: "`yarn cache clean` missing after `yarn install`",
    why: "Yarn keeps every downloaded package in its cache; left in the layer, it ships tens or hundreds of megabytes the app never reads.",
    docsUrl: hadolintDocs("DL3060"),
    fixable: false
  },
  check(model) {
    const hits = [];
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      const run2 = instruction.trigger ?? instruction;
      if (run2.keyword !== "RUN" || !leavesCache(runCommands(run2))) continue;
      if (!instruction.trigger && !reachesImage(model, instruction.stageIndex)) continue;
      if (!cachedIn(run2, ".cache/yarn")) hits.push({ line: instruction.line });
    }
    return hits;
  }
};
function leavesCache(commands) {
  let cleaned = true;
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c];
    if (!isProgram(command, "yarn")) continue;
    const { args } = command;
    if (args.includes("install")) cleaned = false;
    else if (args.includes("cache") || args.includes("clean")) cleaned = true;
  }
  return !cleaned;
}

// src/lint/rules/DL3061.ts
var DL3061 = {
  meta: {
    code: "DL3061",
    name: "BeginWithFrom",
    severity: "error",
    title: "Invalid instruction order: a Dockerfile must begin with FROM, ARG or a comment",
    why: "Only ARG may come before the first FROM; anything else there is rejected by the builder or silently belongs to no stage.",
    docsUrl: hadolintDocs("DL3061"),
    fixable: false
  },
  check(model) {
    return model.instructions.filter((i) => i.stageIndex === -1 && i.keyword !== "ARG").map((i) => ({ line: i.line, message: `${i.keyword} comes before the first FROM; only ARG may precede it` }));
  }
};

// src/lint/rules/DL3062.ts
var DL3062 = {
  meta: {
    code: "DL3062",
    name: "PinVersionsInGoInstall",
    severity: "warning",
    title: "Pin versions in go: use `go install <package>@<version>`",
    why: "Without an exact version, `go install` fetches whatever the module publishes today, so two builds of the same commit can ship different tools.",
    docsUrl: hadolintDocs("DL3062"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["go"], { onbuild: true }).filter(({ commands }) => goPackages(commands).some((p) => !isPinned5(p))).map(({ instruction }) => ({ line: instruction.line }));
  }
};
function goPackages(commands) {
  const run2 = commands.filter((c) => isGo(c, "run")).flatMap((c) => nonFlagArgs(c).slice(0, 2).filter((a) => a !== "run"));
  if (run2.length > 0) return run2;
  return commands.filter((c) => isGo(c, "install", "get")).flatMap((c) => nonFlagArgs(c).filter((a) => !["install", "get", "tool"].includes(a)));
}
function isGo(command, ...subcommands) {
  return isProgram(command, "go") && command.args.some((a) => subcommands.includes(a));
}
function isPinned5(pkg) {
  if (pkg.startsWith(".") || pkg.startsWith("/")) return true;
  return pkg.includes("@") && !pkg.endsWith("@latest") && !pkg.endsWith("@none");
}

// src/lint/rules/DL3063.ts
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]);
var DL3063 = {
  meta: {
    code: "DL3063",
    name: "AvoidReservedStageName",
    severity: "warning",
    title: "Stage name is reserved",
    why: "A stage named `scratch` or `context` collides with a name the builder already gives a meaning, so `FROM` or `COPY --from` may not get the stage you expect.",
    docsUrl: hadolintDocs("DL3063"),
    fixable: false,
    aliases: ["ReservedStageName"]
  },
  check(model) {
    return model.stages.filter((s) => s.from.alias !== void 0 && RESERVED2.has(s.from.alias)).map((s) => ({ line: s.from.line, message: `'${s.from.alias}' is a reserved name and should not name a stage` }));
  }
};

// src/lint/secret-names.ts
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set([
  "ACCESS_TOKEN",
  "APPLICATION_KEY",
  "APP_SECRET",
  "AUTH_TOKEN",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "BITTREX_API_KEY",
  "BITTREX_API_SECRET",
  "CF_PASSWORD",
  "CF_USERNAME",
  "CIRCLE_TOKEN",
  "CI_DEPLOY_PASSWORD",
  "CI_DEPLOY_USER",
  "DOCKERHUB_PASSWORD",
  "DOCKER_EMAIL",
  "DOCKER_PASSWORD",
  "DOCKER_USERNAME",
  "FACEBOOK_ACCESS_TOKEN",
  "FACEBOOK_APP_ID",
  "FACEBOOK_APP_SECRET",
  "FIREBASE_API_TOKEN",
  "FIREBASE_TOKEN",
  "FOSSA_API_KEY",
  "GH_ENTERPRISE_TOKEN",
  "GH_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "GITHUB_TOKEN",
  "HEROKU_API_KEY",
  "HEROKU_API_USER",
  "NPM_AUTH_TOKEN",
  "NPM_TOKEN",
  "OKTA_AUTHN_GROUPID",
  "OKTA_CLIENT_ORGURL",
  "OKTA_CLIENT_TOKEN",
  "OKTA_OAUTH2_CLIENTID",
  "OKTA_OAUTH2_CLIENTSECRET",
  "OPENAI_API_KEY",
  "OS_PASSWORD",
  "OS_USERNAME",
  "POSTGRES_PASSWORD",
  "SLACK_TOKEN",
  "STRIPE_API_KEY",
  "STRIPE_DEVICE_NAME",
  "TRAVIS_OS_NAME",
  "TRAVIS_SECURE_ENV_VARS",
  "TRAVIS_SUDO",
  "VAULT_CLIENT_KEY",
  "VAULT_TOKEN"
]);
var SECRET_FRAGMENTS = ["api_key", "client_key", "password", "private", "secret", "token", "username"];
function looksSecret(name) {
  const lower = name.toLowerCase();
  return KNOWN_SECRET_NAMES.has(name.toUpperCase()) || SECRET_FRAGMENTS.some((f) => lower.includes(f));
}

// src/lint/rules/DL3064.ts
var DL3064 = {
  meta: {
    code: "DL3064",
    name: "AvoidSecretsInArgOrEnv",
    severity: "warning",
    title: "Possibly sensitive data in ARG or ENV",
    why: "ARG and ENV values are stored in the image config and build history, where anyone who can pull the image can read them. Pass credentials as build secrets instead.",
    docsUrl: hadolintDocs("DL3064"),
    fixable: false,
    aliases: ["SecretsUsedInArgOrEnv"]
  },
  check(model) {
    return instructionsOf(model, ["ARG", "ENV"], { onbuild: true }).flatMap((instruction) => {
      const names2 = instruction.properties.map((p) => p.key).filter(looksSecret);
      if (names2.length === 0) return [];
      return [{ line: instruction.line, message: `${instruction.keyword} ${names2.join(", ")} may hold a secret; use a build secret (RUN --mount=type=secret) instead` }];
    });
  }
};

// src/lint/rules/DL3065.ts
var DL3065 = {
  meta: {
    code: "DL3065",
    name: "AvoidRedundantTargetPlatform",
    severity: "warning",
    title: "`FROM --platform=$TARGETPLATFORM` is redundant",
    why: "The target platform is already what FROM pulls; the flag adds noise and suggests a cross-platform intent that is not there.",
    docsUrl: hadolintDocs("DL3065"),
    fixable: false,
    aliases: ["RedundantTargetPlatform"]
  },
  check(model) {
    return model.stages.filter((s) => s.from.platform === "$TARGETPLATFORM" || s.from.platform === "${TARGETPLATFORM}").map((s) => ({ line: s.from.line }));
  }
};

// src/lint/rules/DL3066.ts
var DL3066 = {
  meta: {
    code: "DL3066",
    name: "UseNumericUser",
    severity: "info",
    title: "Non-numeric user id may not be resolvable by the host system",
    why: "A user name is only known inside the image; the kubelet cannot prove a name is not root for runAsNonRoot, and host tools see a bare number anyway. A numeric UID means the same thing everywhere.",
    docsUrl: hadolintDocs("DL3066"),
    fixable: false
  },
  check(model, { bases }) {
    const declared = /* @__PURE__ */ new Set();
    const hits = [];
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.keyword === "ARG") instruction.properties.forEach((p) => declared.add(p.key));
      if (instruction.keyword !== "USER") continue;
      const user = userPart(instruction);
      if (/^[0-9]*$/.test(user) || referencesArg(user, declared) || numericInBase(model, instruction, user, bases)) continue;
      hits.push({ line: instruction.line, message: `USER ${user} is a name, not a numeric UID; use the UID (e.g. USER 10001)` });
    }
    return hits;
  }
};
function userPart(instruction) {
  return instruction.args.trim().split(":")[0];
}
function referencesArg(user, declared) {
  return [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].some((m) => declared.has(m[1]));
}
function numericInBase(model, instruction, user, bases) {
  const stage = model.stages[instruction.stageIndex];
  const base = stage && user.includes("$") ? baseConfig(model, stage, bases) : void 0;
  const scope = base && scopedInstructions(model, stage, base.env).find((s) => s.instruction === instruction)?.scope;
  return scope !== void 0 && /^[0-9]+$/.test(expandDefaults(user, scope));
}

// src/lint/rules/DL3067.ts
var DL3067 = {
  meta: {
    code: "DL3067",
    name: "AvoidCopyingWholeFilesystem",
    severity: "warning",
    title: "Do not copy an entire filesystem from another stage",
    why: "`COPY --from=stage / /` drags the whole build stage, compilers and caches included, into the image and overwrites the base image's files, which defeats the point of a multi-stage build.",
    docsUrl: hadolintDocs("DL3067"),
    fixable: false
  },
  check(model) {
    return instructionsOf(model, ["COPY"]).filter((i) => fromFlag(i) !== void 0).filter((i) => {
      const paths = (i.execForm ?? i.args.split(/\s+/)).map(dropQuotes);
      const target = paths.pop();
      return target === "/" && paths.includes("/");
    }).map((i) => {
      const from = dropQuotes(fromFlag(i));
      return isStage(model, from) ? { line: i.line } : { line: i.line, message: `COPY --from=${from} / / copies the whole filesystem of the image ${from} over this one: copy only the paths you need` };
    });
  }
};
function isStage(model, from) {
  return /^[0-9]+$/.test(from) ? Number(from) < model.stages.length : model.stages.some((s) => s.from.alias?.toLowerCase() === from.toLowerCase());
}

// src/lint/rules/DL4000.ts
var DL4000 = {
  meta: {
    code: "DL4000",
    name: "AvoidMaintainer",
    severity: "error",
    title: "MAINTAINER is deprecated",
    why: "MAINTAINER is deprecated and ignored by tools that read the OCI image labels; the `org.opencontainers.image.authors` label is what registries and scanners show.",
    docsUrl: hadolintDocs("DL4000"),
    fixable: true,
    aliases: ["MaintainerDeprecated"]
  },
  check(model) {
    return instructionsOf(model, ["MAINTAINER"]).map((i) => ({
      line: i.line,
      message: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="name <email>"',
      fix: { line: i.line, endLine: i.endLine, text: authorsLabel(i, model.escape) }
    }));
  }
};
function authorsLabel(maintainer, escape2) {
  const special = /* @__PURE__ */ new Set(['"', "$", escape2]);
  const value = [...maintainer.args.trim()].map((c) => special.has(c) ? escape2 + c : c).join("");
  return `LABEL org.opencontainers.image.authors="${value}"`;
}

// src/lint/rules/DL4001.ts
var DL4001 = {
  meta: {
    code: "DL4001",
    name: "UseEitherWgetOrCurl",
    severity: "warning",
    title: "Either use wget or curl, but not both",
    why: "Two download tools doing the same job mean two packages to install, patch and scan; pick one.",
    docsUrl: hadolintDocs("DL4001"),
    fixable: false
  },
  check(model) {
    const hits = [];
    let seen = NO_TOOL;
    let seenOnbuild = NO_TOOL;
    const { instructions: instructions2 } = model;
    for (let i = 0; i < instructions2.length; i++) {
      const instruction = instructions2[i];
      if (instruction.keyword === "FROM") seen = NO_TOOL;
      else if (instruction.keyword === "RUN") seen = addTools(seen, instruction, hits);
      else if (instruction.trigger?.keyword === "RUN") seenOnbuild = addTools(seenOnbuild, instruction.trigger, hits);
    }
    return hits;
  }
};
var NO_TOOL = 0;
var CURL = 1;
var WGET = 2;
function addTools(seen, run2, hits) {
  const commands = runCommands(run2);
  let used = NO_TOOL;
  for (let c = 0; c < commands.length; c++) {
    if (isProgram(commands[c], "curl")) used |= CURL;
    else if (isProgram(commands[c], "wget")) used |= WGET;
  }
  if (used !== NO_TOOL && (seen | used) === (CURL | WGET)) hits.push({ line: run2.line });
  return seen | used;
}

// src/lint/repeated-instructions.ts
function repeatedInStage(model, keyword) {
  const seen = /* @__PURE__ */ new Set();
  return model.instructions.filter((i) => {
    if (i.keyword !== keyword) return false;
    if (!seen.has(i.stageIndex)) {
      seen.add(i.stageIndex);
      return false;
    }
    return true;
  });
}

// src/lint/rules/DL4003.ts
var DL4003 = {
  meta: {
    code: "DL4003",
    name: "SingleCmd",
    severity: "warning",
    title: "Multiple CMD instructions found: only the last CMD takes effect",
    why: "Only the last CMD of a stage is kept; the earlier ones are dead code that misleads readers about what the container runs.",
    docsUrl: hadolintDocs("DL4003"),
    fixable: false,
    aliases: ["MultipleInstructionsDisallowed"]
  },
  check(model) {
    return repeatedInStage(model, "CMD").map((i) => ({ line: i.line }));
  }
};

// src/lint/rules/DL4004.ts
var DL4004 = {
  meta: {
    code: "DL4004",
    name: "SingleEntrypoint",
    severity: "error",
    title: "Multiple ENTRYPOINT instructions found: only the last ENTRYPOINT takes effect",
    why: "Only the last ENTRYPOINT of a stage is kept, so an earlier one (a wrapper, an init) silently never runs.",
    docsUrl: hadolintDocs("DL4004"),
    fixable: false,
    aliases: ["MultipleInstructionsDisallowed"]
  },
  check(model) {
    return repeatedInStage(model, "ENTRYPOINT").map((i) => ({ line: i.line }));
  }
};

// src/lint/rules/DL4005.ts
var DL4005 = {
  meta: {
    code: "DL4005",
    name: "UseShellInstruction",
    severity: "warning",
    title: "Use SHELL to change the default shell",
    why: "Relinking /bin/sh changes the shell for every script and package hook in the image, not just the build; SHELL changes it for the Dockerfile alone.",
    docsUrl: hadolintDocs("DL4005"),
    fixable: false
  },
  check(model) {
    return runsRunning(model, ["ln"], { onbuild: true }).filter(({ commands }) => commands.some((c) => isProgram(c, "ln") && c.args.includes("/bin/sh"))).map(({ instruction }) => ({ line: instruction.line }));
  }
};

// src/lint/rules/DL4006.ts
var PIPEFAIL_SHELLS = /* @__PURE__ */ new Set(["bash", "/bin/bash", "zsh", "/bin/zsh", "ash", "/bin/ash"]);
var NON_POSIX = ["pwsh", "powershell", "cmd"];
var DL4006 = {
  meta: {
    code: "DL4006",
    name: "SetPipefail",
    severity: "warning",
    title: "Set the SHELL option -o pipefail before RUN with a pipe in it",
    why: "A pipeline fails only when its last command fails, so `curl \u2026 | tar x` builds a broken image when the download fails. With pipefail the build stops instead.",
    docsUrl: hadolintDocs("DL4006"),
    fixable: false
  },
  check(model) {
    const hits = [];
    let covered = false;
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (instruction.keyword === "FROM") covered = false;
      else if (instruction.keyword === "SHELL") covered = shellCovers(instruction);
      else if (instruction.keyword === "RUN" && !covered && hadolintShellScript(instruction).pipes) {
        hits.push({ line: instruction.line, message: 'Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before a RUN with a pipe (on Alpine/BusyBox use /bin/ash), or the pipe hides failures' });
      }
    }
    return hits;
  }
};
function shellCovers(shell) {
  const text = shell.execForm ? shell.execForm.join(" ") : shell.args;
  if (NON_POSIX.some((p) => text.startsWith(p))) return true;
  return parseShell(text).some((c) => PIPEFAIL_SHELLS.has(c.name) && hasFlag(c, "o") && hasArg(c, "pipefail"));
}

// src/lint/expose-ports.ts
var exposedPorts = memoize(
  (model) => (
    // Most stages expose nothing: no need to go through their scopes.
    model.stages.filter((stage) => stage.instructions.some((i) => i.keyword === "EXPOSE")).flatMap(
      (stage) => scopedInstructions(model, stage).filter(({ instruction }) => instruction.keyword === "EXPOSE").map(({ instruction, scope }) => ({ instruction, specs: instruction.args.split(/\s+/).filter((w) => w !== "").map((written) => portSpec(written, expandDefaults(written, scope))) }))
    )
  ),
  "file"
);
function portSpec(written, text) {
  const parts = text.split(":");
  const container = parts.at(-1);
  const slash = container.indexOf("/");
  return {
    written,
    text,
    ip: parts.length > 2 ? parts.slice(0, -2).join(":") : "",
    hostPort: parts.length > 1 ? parts.at(-2) : "",
    protocol: slash === -1 ? "" : container.slice(slash + 1)
  };
}

// src/lint/rules/ExposeInvalidFormat.ts
var ExposeInvalidFormat = {
  meta: {
    code: "ExposeInvalidFormat",
    name: "ExposePortsOnly",
    severity: "warning",
    title: "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release",
    why: "EXPOSE only documents the container port: an IP or a host port in it is ignored today (the mapping belongs to `docker run -p`) and Docker plans to reject it.",
    docsUrl: buildCheckDocs("ExposeInvalidFormat"),
    fixable: false
  },
  check(model) {
    return exposedPorts(model).flatMap(
      ({ instruction, specs }) => specs.filter((s) => s.ip !== "" || s.hostPort !== "").map((s) => ({ line: instruction.line, message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${s.text}'` }))
    );
  }
};

// src/lint/rules/ExposeProtoCasing.ts
var ExposeProtoCasing = {
  meta: {
    code: "ExposeProtoCasing",
    name: "LowercaseExposeProtocol",
    severity: "warning",
    title: "Protocol in EXPOSE instruction should be lowercase",
    why: "Docker lowercases the protocol, but tools that read the image config or the Dockerfile compare `80/TCP` and `80/tcp` as text; lowercase matches what every runtime reports.",
    docsUrl: buildCheckDocs("ExposeProtoCasing"),
    fixable: true
  },
  check(model) {
    const hits = [];
    for (const { instruction, specs } of exposedPorts(model)) {
      const wrong = specs.filter((s) => s.protocol !== s.protocol.toLowerCase());
      const rewrite = wrong.length > 0 ? fix(model, instruction, wrong) : void 0;
      for (const spec of wrong) hits.push({ line: instruction.line, message: `Defined protocol '${spec.text}' in EXPOSE instruction should be lowercase`, fix: rewrite });
    }
    return hits;
  }
};
function fix(model, instruction, wrong) {
  const line = singleLine(model, instruction);
  if (line === void 0 || wrong.some((s) => s.written !== s.text)) return void 0;
  const [, keyword, rest] = /^(\s*\S+)(.*)$/.exec(line);
  const text = keyword + rest.replace(/\S+/g, (word) => wrong.some((s) => s.written === word) ? word.replace(/\/[A-Za-z]+$/, (p) => p.toLowerCase()) : word);
  return { line: instruction.line, endLine: instruction.line, text };
}

// src/lint/rules/FromAsCasing.ts
var FromAsCasing = {
  meta: {
    code: "FromAsCasing",
    name: "MatchFromAsCasing",
    severity: "warning",
    title: "The 'as' keyword should match the case of the 'from' keyword",
    why: "Mixed `FROM \u2026 as` casing is a sign of copy-pasted stages; one casing per line keeps the file consistent and greppable.",
    docsUrl: buildCheckDocs("FromAsCasing"),
    fixable: true
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      const from = stage.from.keywordAsWritten;
      const as = stage.from.asKeyword;
      if (as === void 0) continue;
      const wanted = from === from.toLowerCase() ? as.toLowerCase() : from === from.toUpperCase() ? as.toUpperCase() : as;
      if (as !== wanted) hits.push({ line: stage.from.line, message: `'${as}' and '${from}' keywords' casing do not match`, fix: fix2(model, stage.from, as, wanted) });
    }
    return hits;
  }
};
function fix2(model, from, as, wanted) {
  const line = singleLine(model, from);
  const pattern = new RegExp(`(\\s)${as}(\\s+\\S+\\s*)$`);
  return line !== void 0 && pattern.test(line) ? { line: from.line, endLine: from.line, text: line.replace(pattern, `$1${wanted}$2`) } : void 0;
}

// src/lint/rules/FromPlatformFlagConstDisallowed.ts
var ARCHES = /* @__PURE__ */ new Map([
  ["x86_64", "amd64"],
  ["x86-64", "amd64"],
  ["amd64", "amd64"],
  ["aarch64", "arm64"],
  ["arm64", "arm64"],
  ["armhf", "arm"],
  ["armel", "arm"],
  ["arm", "arm"],
  ["i386", "386"],
  ["386", "386"],
  ["ppc64le", "ppc64le"],
  ["s390x", "s390x"],
  ["riscv64", "riscv64"],
  ["mips64le", "mips64le"],
  ["loong64", "loong64"]
]);
var OSES = /* @__PURE__ */ new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "solaris", "illumos", "aix", "android", "ios", "js", "wasip1", "plan9", "dragonfly"]);
var FromPlatformFlagConstDisallowed = {
  meta: {
    code: "FromPlatformFlagConstDisallowed",
    name: "AvoidConstantFromPlatform",
    severity: "warning",
    title: "FROM --platform flag should not use a constant value",
    why: "A hard-coded `--platform` pins the stage to one architecture, so a multi-platform build silently ships amd64 binaries in the arm64 image (or runs them under emulation); `$BUILDPLATFORM` or `$TARGETPLATFORM` follow the build.",
    docsUrl: buildCheckDocs("FromPlatformFlagConstDisallowed"),
    fixable: false
  },
  check(model) {
    return model.stages.filter(({ from }) => {
      if (from.platform === void 0 || from.platform.includes("$")) return false;
      const platform2 = parsePlatform(from.platform);
      if (!platform2) return false;
      const name = from.alias?.toLowerCase() ?? "";
      return !name.includes(platform2.os) && (platform2.arch === "" || !name.includes(platform2.arch));
    }).map(({ from }) => ({ line: from.line, message: `FROM --platform flag should not use constant value "${from.platform}"` }));
  }
};
function parsePlatform(text) {
  const parts = text.toLowerCase().split("/");
  if (parts.length === 1) {
    if (ARCHES.has(parts[0])) return { os: "linux", arch: ARCHES.get(parts[0]) };
    return OSES.has(parts[0]) ? { os: parts[0], arch: "" } : void 0;
  }
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_-]+$/.test(p))) return void 0;
  const os7 = parts[0] === "macos" ? "darwin" : parts[0];
  return { os: os7, arch: ARCHES.get(parts[1]) ?? parts[1] };
}

// src/lint/rules/InvalidDefaultArgInFrom.ts
var InvalidDefaultArgInFrom = {
  meta: {
    code: "InvalidDefaultArgInFrom",
    name: "ValidDefaultArgInFrom",
    severity: "warning",
    title: "Default value for global ARG results in an empty or invalid base image name",
    why: "A plain `docker build` without build arguments uses the ARG defaults; when they make the FROM image empty or malformed, the build fails for everyone who does not know which argument to pass.",
    docsUrl: buildCheckDocs("InvalidDefaultArgInFrom"),
    fixable: false
  },
  check(model) {
    if (!model.stages.some((stage) => stage.from.imageAsWritten.text.includes("$"))) return [];
    const defaults2 = globalArgs(model);
    const firstNamed = /* @__PURE__ */ new Map();
    for (const { from, index } of model.stages) {
      const name = from.alias?.toLowerCase();
      if (name !== void 0 && !firstNamed.has(name)) firstNamed.set(name, index);
    }
    return model.stages.filter((stage) => {
      const written = stage.from.imageAsWritten.text;
      if (!written.includes("$")) return false;
      const image = expandDefaults(written, defaults2);
      const earlierStage = (firstNamed.get(image.toLowerCase()) ?? Infinity) < stage.index;
      return !earlierStage && image !== "scratch" && !isValidReference(image);
    }).map((stage) => ({ line: stage.from.line, message: `Default value for ARG ${stage.from.imageAsWritten.text} results in empty or invalid base image name` }));
  }
};

// src/lint/rules/LegacyKeyValueFormat.ts
var LegacyKeyValueFormat = {
  meta: {
    code: "LegacyKeyValueFormat",
    name: "UseEqualsKeyValueFormat",
    severity: "warning",
    title: "Legacy key/value format with whitespace separator should not be used",
    why: '`ENV key value` sets one variable to the whole rest of the line, so `ENV A 1 B 2` silently makes A "1 B 2"; the `key=value` form says exactly what is set and allows several pairs.',
    docsUrl: buildCheckDocs("LegacyKeyValueFormat"),
    fixable: true
  },
  check(model) {
    return model.instructions.filter((i) => (i.keyword === "ENV" || i.keyword === "LABEL") && !/^\S*=/.test(i.args)).map((i) => ({ line: i.line, message: `"${i.keyword} key=value" should be used instead of legacy "${i.keyword} key value" format`, fix: fix3(model, i) }));
  }
};
function fix3(model, instruction) {
  const match3 = /^(\s*\S+\s+)(\S+)\s+(.*?)\s*$/.exec(singleLine(model, instruction) ?? "");
  if (!match3) return void 0;
  const [, head, key, value] = match3;
  if (value.includes(model.escape)) return void 0;
  const quotedOnce = /^"[^"]*"$|^'[^']*'$/.test(value);
  if (!quotedOnce && /["']/.test(value)) return void 0;
  const text = quotedOnce || !/\s/.test(value) ? value : `"${value}"`;
  return { line: instruction.line, endLine: instruction.line, text: `${head}${key}=${text}` };
}

// src/lint/rules/NoEmptyContinuation.ts
var NoEmptyContinuation = {
  meta: {
    code: "NoEmptyContinuation",
    name: "AvoidEmptyContinuationLines",
    severity: "warning",
    title: "Empty continuation lines will become errors in a future release",
    why: "An empty line inside a `\\`-continued instruction is silently dropped today, but Docker plans to make it a parse error; it also usually means a line of the command went missing.",
    docsUrl: buildCheckDocs("NoEmptyContinuation"),
    fixable: false,
    aliases: ["NoEmptyContinuations"]
  },
  check(model) {
    return model.instructions.filter((i) => i.emptyContinuationLines.length > 0).map((i) => ({ line: i.endLine, message: "Empty continuation line" }));
  }
};

// src/lint/rules/StageNameCasing.ts
var StageNameCasing = {
  meta: {
    code: "StageNameCasing",
    name: "LowercaseStageNames",
    severity: "warning",
    title: "Stage names should be lowercase",
    why: "Docker lowercases stage names before it looks them up, so `Build`, `BUILD` and `build` are one stage; a name written in one case everywhere keeps `--target` and `COPY --from` readable and greppable.",
    docsUrl: buildCheckDocs("StageNameCasing"),
    fixable: true
  },
  check(model) {
    return model.stages.filter((s) => s.from.alias !== void 0 && s.from.alias !== s.from.alias.toLowerCase()).map((s) => ({ line: s.from.line, message: `Stage name '${s.from.alias}' should be lowercase`, fix: renameFix(model, s) }));
  }
};
function renameFix(model, stage) {
  const { lines } = model;
  const alias = stage.from.alias;
  const name = alias.toLowerCase();
  if (model.stages.some((s) => s !== stage && s.from.alias?.toLowerCase() === name)) return void 0;
  const rewrites = /* @__PURE__ */ new Map();
  const definition = singleLine(model, stage.from)?.replace(new RegExp(`(\\s)${escapeRegExp(alias)}(\\s*)$`), `$1${name}$2`);
  if (definition === void 0 || definition === lines[stage.from.line - 1]) return void 0;
  rewrites.set(stage.from.line, definition);
  for (const instruction of model.instructions.slice(model.instructions.indexOf(stage.from) + 1)) {
    const rewritten = rewriteUse(model, instruction, name);
    if (rewritten === null) return void 0;
    if (rewritten !== void 0) rewrites.set(instruction.line, rewritten);
  }
  const last = Math.max(...rewrites.keys());
  const text = lines.slice(stage.from.line - 1, last).map((line, i) => rewrites.get(stage.from.line + i) ?? line);
  return { line: stage.from.line, endLine: last, text: text.join("\n") };
}
function rewriteUse(model, instruction, name) {
  const from = isFrom(instruction) ? instruction.imageAsWritten.text : void 0;
  const copyFrom = instruction.keyword === "COPY" ? fromFlag(instruction) : void 0;
  const used = [from, copyFrom].find((v) => v?.toLowerCase() === name);
  if (used === void 0) return usesElsewhere(instruction, name) ? null : void 0;
  if (used === name) return void 0;
  const line = singleLine(model, instruction);
  if (line === void 0) return null;
  const pattern = from !== void 0 ? new RegExp(`^(\\s*\\S+\\s+(?:--\\S+\\s+)*)${escapeRegExp(used)}(?=\\s|$)`) : new RegExp(`(--from=)${escapeRegExp(used)}(?=\\s|$)`);
  return pattern.test(line) ? line.replace(pattern, `$1${name}`) : null;
}
function usesElsewhere(instruction, name) {
  const mountsFrom = instruction.flags.some((f) => f.name === "mount" && (f.value ?? "").toLowerCase().split(",").includes(`from=${name}`));
  const trigger = instruction.trigger;
  return mountsFrom || trigger !== void 0 && (trigger.args.toLowerCase().split(/\s+/).includes(name) || trigger.flags.some((f) => f.value?.toLowerCase() === name));
}

// src/lint/rules/UndefinedArgInFrom.ts
var UndefinedArgInFrom = {
  meta: {
    code: "UndefinedArgInFrom",
    name: "DeclareArgsUsedInFrom",
    severity: "warning",
    title: "FROM command must use declared ARGs",
    why: "A FROM that uses an ARG never declared before the first FROM expands it to nothing, so the build pulls a different image than intended (or fails) unless every caller passes the build argument.",
    docsUrl: buildCheckDocs("UndefinedArgInFrom"),
    fixable: false,
    aliases: ["UndeclaredArgInFrom"]
  },
  check(model) {
    let known;
    const hits = [];
    for (let s = 0; s < model.stages.length; s++) {
      const { from } = model.stages[s];
      if (!from.imageAsWritten.text.includes("$") && from.platform?.includes("$") !== true) continue;
      const text = `${from.imageAsWritten.text} ${from.platform ?? ""}`;
      const names2 = known ??= [...globalArgs(model).keys(), ...PLATFORM_ARGS];
      const used = variableUses(text, model.escape);
      for (const name of used.filter((n) => !names2.includes(n))) {
        const suggestion = closestName(name, names2);
        hits.push({ line: from.line, message: `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ""}` });
      }
    }
    return hits;
  }
};

// src/lint/rules/UndefinedVar.ts
var ALWAYS_DEFINED = /* @__PURE__ */ new Set(["PATH", "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
var EXPANDED = /* @__PURE__ */ new Set(["ENV", "LABEL", "WORKDIR", "USER", "VOLUME", "STOPSIGNAL"]);
var COPY_FLAGS2 = /* @__PURE__ */ new Set(["chown", "chmod", "checksum"]);
var NONE3 = [];
var SUGGESTION_BUDGET = 2e5;
var UndefinedVar = {
  meta: {
    code: "UndefinedVar",
    name: "DefineVariablesBeforeUse",
    severity: "warning",
    title: "Variables should be defined before their use",
    why: "BuildKit expands an undefined variable to an empty string without a word, so a typo in `$APP_HOME` or a global ARG that the stage never re-declares quietly produces a wrong path, user or label.",
    docsUrl: buildCheckDocs("UndefinedVar"),
    fixable: false
  },
  check(model, { bases }) {
    const hits = [];
    let budget = SUGGESTION_BUDGET;
    for (const stage of model.stages) {
      const base = baseConfig(model, stage, bases);
      const from = externalBase(model, stage).image;
      const unknownBase = !base && from.text.toLowerCase() !== "scratch";
      const scoped = scopedInstructions(model, stage, base?.env);
      for (let i = 0; i < scoped.length; i++) {
        const { instruction, scope } = scoped[i];
        const names2 = undefinedUses(instruction, scope, model.escape);
        for (let n = 0; n < names2.length; n++) {
          const name = names2[n];
          budget -= scope.size + 1;
          const suggestion = budget >= 0 ? closestName(name, [...scope.keys(), "PATH"]) : void 0;
          const message2 = `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ""}`;
          if (suggestion || !unknownBase) hits.push({ line: instruction.line, message: message2 });
          else hits.push({ line: instruction.line, message: `${message2}: nothing in the Dockerfile defines it, so it is defined only if the base image ${from.text} sets it (lint with --docker to read its ENV)`, atMost: "info" });
        }
      }
    }
    return hits;
  }
};
function undefinedUses(instruction, scope, escape2) {
  if (!mentionsVariable(instruction)) return NONE3;
  const names2 = [];
  if (instruction.keyword === "ARG") {
    const declared = /* @__PURE__ */ new Set();
    for (const { key, valueAsWritten } of instruction.properties) {
      addUndefined(names2, valueAsWritten ?? "", escape2, scope, declared);
      declared.add(key);
    }
  } else {
    const texts = expandedTexts(instruction);
    for (let t = 0; t < texts.length; t++) addUndefined(names2, texts[t], escape2, scope);
  }
  return names2.length < 2 ? names2 : [...new Set(names2)];
}
function mentionsVariable(instruction) {
  if (instruction.args.includes("$")) return true;
  for (let f = 0; f < instruction.flags.length; f++) if (instruction.flags[f].value?.includes("$")) return true;
  for (let h = 0; h < instruction.heredocs.length; h++) if (instruction.heredocs[h].content.includes("$")) return true;
  return false;
}
function addUndefined(names2, text, escape2, scope, declared) {
  if (!text.includes("$")) return;
  for (const name of variableUses(text, escape2)) if (!scope.has(name) && !declared?.has(name) && !ALWAYS_DEFINED.has(name)) names2.push(name);
}
function expandedTexts(instruction) {
  const { keyword } = instruction;
  if (EXPANDED.has(keyword)) return [instruction.args];
  if (keyword === "COPY" || keyword === "ADD") {
    if (instruction.flags.length === 0 && instruction.heredocs.length === 0) return [instruction.args];
    const flags = instruction.flags.filter((f) => COPY_FLAGS2.has(f.name)).map((f) => f.value ?? "");
    const bodies = instruction.heredocs.filter((h) => !new RegExp(`<<-?\\s*["']${h.delimiter}["']`).test(instruction.args)).map((h) => h.content);
    return [instruction.args, ...flags, ...bodies];
  }
  if (keyword === "RUN" && instruction.flags.length > 0) return instruction.flags.filter((f) => f.name === "mount").map((f) => f.value ?? "");
  return NONE3;
}

// src/lint/rules/index.ts
var rules = [
  CG001,
  CG002,
  CG003,
  CG004,
  CG005,
  CG006,
  CG007,
  CG008,
  CG009,
  CG010,
  CG011,
  CG012,
  ConsistentInstructionCasing,
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
  DL3030,
  DL3032,
  DL3033,
  DL3034,
  DL3035,
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3043,
  DL3044,
  DL3045,
  DL3046,
  DL3047,
  DL3048,
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3059,
  DL3060,
  DL3061,
  DL3062,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4001,
  DL4003,
  DL4004,
  DL4005,
  DL4006,
  ExposeInvalidFormat,
  ExposeProtoCasing,
  FromAsCasing,
  FromPlatformFlagConstDisallowed,
  InvalidDefaultArgInFrom,
  LegacyKeyValueFormat,
  NoEmptyContinuation,
  StageNameCasing,
  UndefinedArgInFrom,
  UndefinedVar
];
var IMAGE_RULES = [CG001, CG008, DL3066, UndefinedVar];

// src/lint/engine.ts
var resolveName = codeResolver(rules.map((r) => r.meta));
var PARSE_ERROR = "DL1000";
function lintModel(selected, model, file, config, external = [], known = {}) {
  return lintRules(selected, model, file, config, known).withExternal(external);
}
function lintRules(selected, model, file, config, known = {}) {
  try {
    return runRules(selected, model, file, config, known);
  } finally {
    forgetFileAnswers();
  }
}
function runRules(selected, model, file, config, known) {
  const problems = parseProblems(model);
  if (problems.length > 0) {
    const findings2 = sortFindings(problems.map((p) => ({ file, line: p.line, column: 1, level: "error", code: PARSE_ERROR, message: p.message })));
    return { findings: findings2, withExternal: () => findings2 };
  }
  const pragmas = readPragmas(model, resolveName, { disableIgnorePragma: config.disableIgnorePragma });
  const findings = [];
  const context = { ...known, config };
  const configured = configuredRules(config, selected);
  const directed = setsLevels(pragmas.check);
  for (let r = 0; r < configured.length; r++) {
    const configuredRule = configured[r];
    const level = directed && configuredRule.override === void 0 ? defaultLevel(configuredRule.rule, pragmas) : configuredRule.level;
    if (level === "ignore") continue;
    let hits;
    try {
      hits = configuredRule.check(model, context);
    } catch (error) {
      hits = [internalError(configuredRule.code, error)];
    }
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const { code, title, docsUrl } = configuredRule;
      if (isIgnored(pragmas, code, hit.line)) continue;
      const finding = { file, line: hit.line, column: 1, level: capped(level, hit.atMost), code, message: hit.message ?? title, title, docsUrl };
      if (hit.fix && context.fixes !== false) finding.fix = hit.fix;
      findings.push(finding);
    }
  }
  sortFindings(findings);
  return {
    findings,
    withExternal: (external) => external.length === 0 ? findings : sortFindings([...findings, ...filterExternal(external, pragmas, file, config)])
  };
}
function parseProblems(model) {
  return model.problems.length > 0 ? model.problems : expansionOverflows(model);
}
function filterExternal(external, pragmas, file, config) {
  const findings = [];
  for (const hit of external) {
    const level = LINT_LEVELS.find((l) => config.override[l].includes(hit.code)) ?? hit.level;
    if (config.ignored.includes(hit.code) || !inProfile(hit.code, config.profile) || isIgnored(pragmas, hit.code, hit.line)) continue;
    findings.push({ file, column: 1, ...hit, level });
  }
  return findings;
}
function safeParse(text) {
  try {
    return parseDockerfile(text);
  } catch (error) {
    return emptyModel([{ line: 1, message: `internal error while parsing (${String(error)}); please report it with the Dockerfile` }]);
  }
}
function internalError(code, error) {
  return { line: 1, message: `internal error in rule ${code}, which was skipped (${String(error)}); please report it with the Dockerfile` };
}
var configuredRules = memoizePair(
  (config, selected) => selected.filter(({ meta: { code } }) => !config.ignored.includes(code) && inProfile(code, config.profile)).map((rule) => {
    const { code, title, docsUrl, severity } = rule.meta;
    const override = LINT_LEVELS.find((level) => config.override[level].includes(code));
    return { rule, check: rule.check, code, title, docsUrl, override, level: override ?? severity };
  })
);
function setsLevels(check) {
  return check.error || check.experimentalAll || check.experimental.size > 0;
}
function defaultLevel(rule, pragmas) {
  const { code, severity } = rule.meta;
  const level = severity === "ignore" && isExperimentalOn(pragmas, code) ? "warning" : severity;
  return level !== "ignore" && pragmas.check.error && ruleFamily(code) === "buildkit" ? "error" : level;
}
function capped(level, atMost) {
  return atMost !== void 0 && LINT_LEVELS.indexOf(atMost) > LINT_LEVELS.indexOf(level) ? atMost : level;
}
function sortFindings(findings) {
  return findings.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// src/lint/config.ts
var import_yaml = __toESM(require_yaml(), 1);

// src/lint/output.ts
var crypto2 = onFirstUse("node:crypto");
var OUTPUT_FORMATS = ["tty", "json", "sarif", "checkstyle", "gnu", "codeclimate", "gitlab_codeclimate"];

// src/lint/config.ts
var LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];
var LintConfigError = class extends Error {
  name = "LintConfigError";
};
var DEFAULT_THRESHOLDS = { production: "warning", hadolint: "info" };
var defaultLintConfig = {
  ignored: [],
  override: { error: [], warning: [], info: [], style: [] },
  failureThreshold: DEFAULT_THRESHOLDS.production,
  noFail: false,
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  disableIgnorePragma: false,
  profile: "production",
  target: ""
};
var FAILURE_THRESHOLDS = [...LINT_LEVELS, "ignore", "none"];
var FILE_KEYS = [
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "failure-threshold",
  "no-fail",
  "disable-ignore-pragma",
  "format",
  "formats",
  "no-color",
  "verbose",
  "profile"
];
function mergeLayers(layers) {
  const last = (key) => layers.reduce((found, l) => l[key] ?? found, void 0);
  const all = (pick) => [...new Set(layers.flatMap((l) => pick(l) ?? []))];
  const [error, warning, info3, style] = LINT_LEVELS.map((level) => all((l) => l.override?.[level]));
  return {
    config: {
      ignored: all((l) => l.ignored),
      override: { error, warning, info: info3, style },
      failureThreshold: last("failureThreshold") ?? DEFAULT_THRESHOLDS[last("profile") ?? defaultLintConfig.profile],
      noFail: last("noFail") ?? false,
      trustedRegistries: all((l) => l.trustedRegistries),
      labelSchema: Object.assign({}, ...layers.map((l) => l.labelSchema ?? {})),
      strictLabels: last("strictLabels") ?? false,
      disableIgnorePragma: last("disableIgnorePragma") ?? false,
      profile: last("profile") ?? defaultLintConfig.profile,
      target: last("target") ?? ""
    },
    // An explicit `no-fail: false` (hadolint-action's default, often copied) leaves the threshold alone.
    thresholdGiven: last("failureThreshold") !== void 0 || last("noFail") === true,
    formats: last("formats") ?? ["tty"],
    noColor: last("noColor") ?? false,
    verbose: last("verbose") ?? false
  };
}
function parseConfigFile(text, file, catalog) {
  const doc = (0, import_yaml.parseDocument)(text);
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    const reason = syntax.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new LintConfigError(`${file}${line ? `:${line}` : ""}: invalid YAML: ${reason}`);
  }
  let data;
  try {
    data = doc.toJS();
  } catch (error) {
    throw new LintConfigError(`${file}: cannot read the YAML: ${error.message.replace(/\.$/, "")}. A lint config needs no aliases (& and *): write the values out`);
  }
  if (data === null || data === void 0) return {};
  if (!isRecord2(data)) throw new LintConfigError(`${file}: expected a mapping of settings (${FILE_KEYS.join(", ")}), found ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!FILE_KEYS.includes(key)) throw new LintConfigError(`${file}: unknown key "${key}"; allowed keys are ${FILE_KEYS.join(", ")}`);
  }
  if (data.format !== void 0 && data.formats !== void 0) throw new LintConfigError(`${file}: give "format" or "formats", not both`);
  const at = (key) => `${file}: "${key}"`;
  const present = (key, read) => data[key] === void 0 || data[key] === null ? void 0 : read(data[key]);
  return {
    ignored: present("ignored", (v) => resolveCodes(stringList(v, at("ignored"), "a list of rule codes, e.g. [DL3008, CG001]"), at("ignored"), catalog)),
    override: present("override", (v) => readOverride(v, file, catalog)),
    // hadolint's README allows a single registry as a plain string.
    trustedRegistries: present("trustedRegistries", (v) => typeof v === "string" ? [v] : stringList(v, at("trustedRegistries"), 'a registry or a list of registries, e.g. [docker.io, "*.example.com"]')),
    labelSchema: present("label-schema", (v) => readLabelSchema(v, file)),
    strictLabels: present("strict-labels", (v) => readBoolean(v, at("strict-labels"))),
    failureThreshold: present("failure-threshold", (v) => readChoice(v, at("failure-threshold"), FAILURE_THRESHOLDS)),
    noFail: present("no-fail", (v) => readBoolean(v, at("no-fail"))),
    disableIgnorePragma: present("disable-ignore-pragma", (v) => readBoolean(v, at("disable-ignore-pragma"))),
    formats: present("format", (v) => [readChoice(v, at("format"), OUTPUT_FORMATS)]) ?? present("formats", (v) => readFormats(v, at("formats"))),
    noColor: present("no-color", (v) => readBoolean(v, at("no-color"))),
    verbose: present("verbose", (v) => readBoolean(v, at("verbose"))),
    profile: present("profile", (v) => readChoice(v, at("profile"), PROFILES))
  };
}
var TRUTHY2 = ["1", "y", "on", "true", "yes"];
function environmentLayer(env, catalog) {
  const flag = (name) => env[name] === void 0 ? void 0 : TRUTHY2.includes(env[name].toLowerCase());
  const list = (name) => env[name]?.split(",").map((s) => s.trim()).filter(Boolean);
  const codes = (name) => {
    const names2 = list(name);
    return names2 && resolveCodes(names2, name, catalog);
  };
  const threshold = env.HADOLINT_FAILURE_THRESHOLD;
  const labels = list("HADOLINT_REQUIRE_LABELS");
  return {
    ignored: codes("HADOLINT_IGNORE"),
    override: { error: codes("HADOLINT_OVERRIDE_ERROR"), warning: codes("HADOLINT_OVERRIDE_WARNING"), info: codes("HADOLINT_OVERRIDE_INFO"), style: codes("HADOLINT_OVERRIDE_STYLE") },
    trustedRegistries: list("HADOLINT_TRUSTED_REGISTRIES"),
    labelSchema: labels && Object.fromEntries(labels.map((l) => parseLabelRequirement(l, "HADOLINT_REQUIRE_LABELS"))),
    strictLabels: flag("HADOLINT_STRICT_LABELS"),
    failureThreshold: threshold === void 0 ? void 0 : readChoice(threshold.trim().toLowerCase(), "HADOLINT_FAILURE_THRESHOLD", FAILURE_THRESHOLDS),
    noFail: flag("HADOLINT_NOFAIL"),
    disableIgnorePragma: flag("HADOLINT_DISABLE_IGNORE_PRAGMA"),
    formats: list("HADOLINT_FORMAT")?.filter((f) => OUTPUT_FORMATS.includes(f)),
    noColor: env.NO_COLOR === void 0 ? void 0 : true,
    verbose: flag("HADOLINT_VERBOSE")
  };
}
function resolveCodes(names2, where, catalog) {
  const resolve8 = codeResolver(catalog);
  return names2.flatMap((name) => {
    const codes = resolve8(name);
    if (codes !== void 0) return codes;
    if (!CHECK_NAME_SHAPE.test(name)) {
      throw new LintConfigError(`${where}: "${name}" is not a rule code; use a code such as DL3008, SC2086 or CG001, or a BuildKit check name such as JSONArgsRecommended`);
    }
    const close = closeNames(name, catalog);
    throw new LintConfigError(`${where}: unknown BuildKit check "${name}"${close.length > 0 ? `; did you mean ${close.join(", ")}?` : ""} (run container-gate rules to list them)`);
  });
}
function parseLabelRequirement(text, where) {
  const colon = text.indexOf(":");
  const name = colon === -1 ? "" : text.slice(0, colon).trim();
  const type = text.slice(colon + 1).trim();
  if (name === "" || !LABEL_TYPES.includes(type)) {
    throw new LintConfigError(`${where}: "${text}" must be NAME:TYPE with TYPE one of ${LABEL_TYPES.join(", ")}, e.g. org.opencontainers.image.source:url`);
  }
  return [name, type];
}
function readOverride(value, file, catalog) {
  if (!isRecord2(value)) throw new LintConfigError(`${file}: "override" must map levels (${LINT_LEVELS.join(", ")}) to lists of codes, found ${describe(value)}`);
  const override = {};
  for (const [key, codes] of Object.entries(value)) {
    if (!LINT_LEVELS.includes(key)) {
      throw new LintConfigError(`${file}: unknown level "${key}" under "override"; allowed levels are ${LINT_LEVELS.join(", ")}`);
    }
    if (codes === null) continue;
    const where = `${file}: "override.${key}"`;
    override[key] = resolveCodes(stringList(codes, where, "a list of rule codes, e.g. [DL3008, CG001]"), where, catalog);
  }
  return override;
}
function readLabelSchema(value, file) {
  if (!isRecord2(value)) throw new LintConfigError(`${file}: "label-schema" must map label names to types (${LABEL_TYPES.join(", ")}), found ${describe(value)}`);
  return Object.fromEntries(Object.entries(value).map(([label, type]) => [label, type === null || type === "" ? "text" : readChoice(type, `${file}: "label-schema.${label}"`, LABEL_TYPES)]));
}
function readFormats(value, where) {
  return stringList(value, where, `a list of formats (${OUTPUT_FORMATS.join(", ")})`).map((f) => readChoice(f, where, OUTPUT_FORMATS));
}
function stringList(value, where, expected) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new LintConfigError(`${where} must be ${expected}, found ${describe(value)}`);
  return value;
}
function readChoice(value, where, allowed) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new LintConfigError(`${where} must be one of ${allowed.join(", ")}, found ${describe(value)}`);
  }
  return value;
}
function readBoolean(value, where) {
  if (typeof value !== "boolean") throw new LintConfigError(`${where} must be true or false, found ${describe(value)}`);
  return value;
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (isRecord2(value)) return "a mapping";
  return typeof value === "string" ? `"${value}"` : String(value);
}
function hadolintActionLayer(inputs, catalog) {
  const codes = (names2, input) => names2.length === 0 ? void 0 : resolveCodes(names2, `input ${input}`, catalog);
  return {
    ignored: codes(inputs.ignore, "ignore"),
    override: Object.fromEntries(LINT_LEVELS.map((level) => [level, codes(inputs.override[level], `override-${level}`)])),
    trustedRegistries: inputs.trustedRegistries.length === 0 ? void 0 : inputs.trustedRegistries,
    failureThreshold: inputs.failureThreshold,
    noFail: inputs.noFail
  };
}
function lintGateFromConfig(settings) {
  if (!settings.thresholdGiven) return void 0;
  if (settings.config.noFail) return "none";
  const threshold = settings.config.failureThreshold;
  return threshold === "ignore" || threshold === "none" ? "style" : threshold;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/lint/config-file.ts
var import_node_fs5 = require("node:fs");
var import_node_path7 = require("node:path");
function configCandidates({ cwd, home, env }) {
  const hidden = [".hadolint.yaml", ".hadolint.yml"];
  const visible = ["hadolint.yaml", "hadolint.yml"];
  const xdg = env.XDG_CONFIG_HOME || (0, import_node_path7.join)(home, ".config");
  return [
    ...hidden.map((name) => (0, import_node_path7.join)(cwd, name)),
    ...visible.map((name) => (0, import_node_path7.join)(xdg, name)),
    ...[...visible, "config.yaml", "config.yml"].map((name) => (0, import_node_path7.join)(home, ".hadolint", name)),
    ...hidden.map((name) => (0, import_node_path7.join)(home, name))
  ];
}
function findLintConfig(places) {
  return configCandidates(places).find((path18) => (0, import_node_fs5.existsSync)(path18) && (0, import_node_fs5.statSync)(path18).isFile());
}
function loadLintSettings(options) {
  const configFile = options.configPath ? (0, import_node_path7.resolve)(options.cwd, options.configPath) : findLintConfig(options);
  const fileLayer = configFile === void 0 ? {} : parseConfigFile(readConfigText(configFile), configFile, options.catalog);
  const defaults2 = configFile === void 0 ? {} : options.withConfigFile ?? {};
  return { ...mergeLayers([defaults2, environmentLayer(options.env, options.catalog), options.actionInputs ?? {}, fileLayer, options.cli]), configFile };
}
function readConfigText(path18) {
  const text = readTextFile(path18);
  if (typeof text !== "string") throw new LintConfigError(`cannot read the lint config ${path18}: ${text.reason}`);
  return text;
}

// src/pipeline.ts
var import_node_os4 = require("node:os");
var import_node_path15 = require("node:path");

// src/attribution/vulnerabilities.ts
function attributeVulnerabilities(report, facts) {
  const layers = isLayerList(facts) ? facts : (facts && report.image && exactLayers(report.image, facts)) ?? facts?.layers ?? [];
  const lineOf = layerLines(layers);
  return {
    ...report,
    vulnerabilities: report.vulnerabilities.map((v) => {
      const { line: _stale, ...rest } = v;
      const line = v.layerDiffId === void 0 ? void 0 : lineOf.get(v.layerDiffId);
      return line === void 0 ? rest : { ...rest, line };
    })
  };
}
function exactLayers(image, facts) {
  const steps = facts.history;
  if (!steps || steps.length !== image.history.length) return void 0;
  if (image.history.some((h, i) => untab(h.createdBy) !== untab(steps[i].createdBy))) return void 0;
  const owners = ownersByFlags(image.history.map((h) => h.emptyLayer), image.diffIds.length);
  return owners && layersOf(steps, owners, image.diffIds);
}
function isLayerList(facts) {
  return Array.isArray(facts);
}
function untab(text) {
  return text.replace(/\t/g, " ");
}
function layerLines(layers) {
  const lines = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const line = layer.origin === "unknown" ? void 0 : layer.line;
    lines.set(layer.diffId, lines.has(layer.diffId) && lines.get(layer.diffId) !== line ? void 0 : line);
  }
  return lines;
}

// src/docker/build.ts
var import_promises4 = require("node:fs/promises");
var import_node_path9 = __toESM(require("node:path"), 1);

// src/docker/build-command.ts
function buildArgs(opts) {
  const f = opts.flags;
  const many = (flag, values) => (values ?? []).flatMap((v) => [flag, v]);
  const one = (flag, value) => value ? [flag, value] : [];
  return [
    // The classic builder keeps the container of a failed step unless told otherwise; nobody comes back for it.
    ...opts.buildx ? ["buildx", "build", "--load"] : opts.buildkit ? ["build"] : ["build", "--force-rm"],
    ...one("--builder", f?.builder),
    "--file",
    opts.dockerfile,
    "--tag",
    opts.tag,
    "--iidfile",
    opts.iidFile,
    ...opts.buildx ? one("--metadata-file", opts.metadataFile) : [],
    ...(opts.buildArgs ?? []).flatMap(([key, value]) => ["--build-arg", `${key}=${value}`]),
    ...opts.target ? ["--target", opts.target] : [],
    ...many("--secret", f?.secretFiles.map((s) => `id=${s.id},src=${s.src}`)),
    ...many("--ssh", f?.ssh),
    ...many("--cache-from", f?.cacheFrom),
    ...many("--cache-to", f?.cacheTo),
    ...one("--platform", f?.platforms.join(",")),
    ...many("--build-context", f?.buildContexts),
    ...f?.noCache ? ["--no-cache"] : [],
    ...f?.pull ? ["--pull"] : [],
    ...many("--label", f?.labels),
    ...one("--network", f?.network),
    ...many("--add-host", f?.addHosts),
    ...one("--shm-size", f?.shmSize),
    ...one("--provenance", f?.provenance),
    ...one("--sbom", f?.sbom),
    // Plain progress keeps BuildKit's log readable in CI and puts the failing step's context in it.
    ...opts.buildx || opts.buildkit ? ["--progress", "plain"] : [],
    opts.context
  ];
}

// src/docker/build-failure.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);
var LOG_TAIL_LINES = 40;
function parseBuildFailure(output, dockerfileText) {
  const lines = output.replace(/\s+$/, "").split(/\r?\n/);
  const failedLine = lineFromOutput(lines) ?? (dockerfileText === void 0 ? void 0 : lineFromStep(lines, instructions(dockerfileText)));
  return {
    reason: failureReason(lines),
    ...failedLine === void 0 ? {} : { failedLine },
    logTail: lines.slice(-LOG_TAIL_LINES).join("\n")
  };
}
function failureReason(lines) {
  const error = lines.map((l) => l.trim()).filter((l) => l.startsWith("ERROR:")).at(-1);
  return error?.slice("ERROR:".length).trim() ?? lastNonBlankLine(lines.join("\n")) ?? "the build failed without an error message";
}
function lineFromOutput(lines) {
  let found;
  lines.forEach((line, i) => {
    const source = /^\s*\S.*:(\d+)\s*$/.exec(line);
    if (source && /^\s*-{10,}\s*$/.test(lines[i + 1] ?? "")) found = Number(source[1]);
    const parse = /dockerfile parse error (?:on )?line (\d+)/i.exec(line);
    if (parse) found = Number(parse[1]);
  });
  return found;
}
function instructions(dockerfileText) {
  let stageIndex = -1;
  let stage = "";
  return import_dockerfile_ast2.DockerfileParser.parse(dockerfileText).getInstructions().map((ins) => {
    if (ins instanceof import_dockerfile_ast2.From) {
      stageIndex++;
      stage = (ins.getBuildStage() ?? `stage-${stageIndex}`).toLowerCase();
    }
    return { line: ins.getRange().start.line + 1, text: instructionKey(`${ins.getKeyword()} ${ins.getRawArgumentsContent() ?? ""}`), stage };
  });
}
function instructionKey(text) {
  const flat = text.replace(/\\\r?\n/g, "").replace(/\s+/g, " ").trim();
  const space = flat.indexOf(" ");
  return space < 0 ? flat.toUpperCase() : flat.slice(0, space).toUpperCase() + flat.slice(space);
}
function lineFromStep(lines, all) {
  for (const line of [...lines].reverse()) {
    const classic = /^Step (\d+)\/\d+ : (.*)$/.exec(line);
    if (classic) {
      const candidate = all[Number(classic[1]) - 1];
      return candidate?.text === instructionKey(classic[2]) ? candidate.line : void 0;
    }
    const buildkit = /^\s*> \[(?:(\S+) )?\d+\/\d+\] (.*):\s*$/.exec(line);
    if (buildkit) {
      const [, stage, text] = buildkit;
      const matches2 = all.filter((i) => (stage === void 0 || i.stage === stage.toLowerCase()) && i.text === instructionKey(text));
      return matches2.length === 1 ? matches2[0].line : void 0;
    }
  }
  return void 0;
}

// src/docker/inspect.ts
var DockerError = class extends Error {
  name = "DockerError";
};
function parseImageInspect(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DockerError("docker image inspect printed something other than JSON");
  }
  const image = Array.isArray(parsed) ? parsed[0] : void 0;
  if (typeof image !== "object" || image === null) throw new DockerError("docker image inspect printed no image");
  const { Id, Size, RepoTags } = image;
  if (typeof Id !== "string" || typeof Size !== "number") throw new DockerError("docker image inspect printed no image id or size");
  return { id: Id, size: Size, tags: Array.isArray(RepoTags) ? RepoTags.filter((t) => typeof t === "string") : [] };
}
async function inspectImage(ref, env) {
  const result = await Exec.run("docker", ["image", "inspect", ref], { env });
  if (result.startError !== void 0) throw new DockerError("docker is not on PATH: install Docker to scan a local image");
  if (result.exitCode !== 0) {
    const why = lastNonBlankLine(result.stderr) ?? `docker image inspect exited with code ${result.exitCode}`;
    if (/no such image/i.test(why)) throw new DockerError(`image not found: ${ref}: build it first or set build: true`);
    throw new DockerError(`cannot inspect image ${ref}: ${why}`);
  }
  return parseImageInspect(result.stdout);
}

// src/docker/metadata.ts
function buildMetadata(imageId, tag, fromBuildx) {
  return { "containerimage.config.digest": imageId, "image.name": tag, ...fromBuildx };
}

// src/docker/secrets.ts
var import_promises3 = require("node:fs/promises");
var import_node_path8 = __toESM(require("node:path"), 1);
async function writeSecretFiles(dir, secrets) {
  return Promise.all(
    secrets.map(async ({ id, value }, index) => {
      const src = import_node_path8.default.join(dir, `secret-${index}`);
      await (0, import_promises3.writeFile)(src, value, { mode: 384 });
      return { id, src };
    })
  );
}
function redactor(secrets) {
  const values = secretParts(secrets).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((out, value) => out.split(value).join("***"), text);
}
function secretParts(secrets) {
  return [...new Set(secrets.flatMap(({ value }) => [value, ...value.split(/\r?\n/)]).map((v) => v.trim()))].filter((v) => v !== "");
}

// src/docker/build.ts
var DEFAULT_BUILD_TIMEOUT = "1h";
function buildImage(opts, onLine) {
  return timed(async () => ({ image: opts.tag, builder: opts.buildx ? "buildx" : "docker", ...await build(opts, onLine) }));
}
async function build(opts, onLine) {
  const missing2 = await missingSecretFile(opts.inputs);
  if (missing2) return { status: "failed", reason: missing2 };
  const dir = await (0, import_promises4.mkdtemp)(import_node_path9.default.join(opts.tempDir, "container-gate-build-"));
  try {
    const iidFile = import_node_path9.default.join(dir, "iid");
    const metadataFile = import_node_path9.default.join(dir, "metadata.json");
    const secrets = opts.inputs?.secrets ?? [];
    const flags = opts.inputs && { ...opts.inputs, secretFiles: [...opts.inputs.secretFiles, ...await writeSecretFiles(dir, secrets)] };
    const redact = redactor(secrets);
    const output = [];
    const result = await Exec.run("docker", buildArgs({ ...opts, iidFile, metadataFile, ...flags && { flags } }), {
      ...opts.timeoutMs !== void 0 && { timeoutMs: opts.timeoutMs },
      // Without buildx, Docker 23+ clients refuse BuildKit ("the buildx component is missing"): ask for the
      // classic builder explicitly so `docker build` works on every engine that has no buildx plugin, and for
      // BuildKit only where the client has it built in (chooseBuilder).
      env: opts.buildx ? opts.env : { DOCKER_BUILDKIT: opts.buildkit ? "1" : "0", ...opts.env },
      onLine: (raw) => {
        const line = redact(raw);
        output.push(line);
        onLine?.(line);
      }
    });
    if (result.startError !== void 0) return { status: "failed", reason: result.startError };
    if (result.timedOut) {
      const last = lastNonBlankLine(output.join("\n"));
      return {
        status: "failed",
        reason: `the build did not finish within ${goDuration(opts.timeoutMs ?? 0)}, so it was stopped (${last === void 0 ? "it printed nothing" : `its last output: ${last}`}). Raise build-timeout, or look for the step that waits`,
        logTail: output.slice(-LOG_TAIL_LINES).join("\n")
      };
    }
    if (result.exitCode !== 0) return { status: "failed", ...parseBuildFailure(output.join("\n"), opts.dockerfileText) };
    const imageId = (await (0, import_promises4.readFile)(iidFile, "utf8")).trim();
    const image = await inspectImage(imageId, opts.env);
    const metadata = buildMetadata(imageId, opts.tag, opts.buildx ? await readMetadataFile(metadataFile) : void 0);
    return { status: "ok", imageId, imageSize: image.size, metadata };
  } catch (error) {
    if (error instanceof DockerError || isNodeError(error)) {
      return { status: "failed", reason: `the build ran but its image could not be read: ${error.message}` };
    }
    throw error;
  } finally {
    await (0, import_promises4.rm)(dir, { recursive: true, force: true });
  }
}
async function missingSecretFile(inputs) {
  for (const { id, src } of inputs?.secretFiles ?? []) {
    const found = await (0, import_promises4.stat)(src).then((s) => s.isFile(), () => false);
    if (!found) return `input secret-files: ${id}=${src}: there is no file at ${src}. Fix the path (relative to the workspace), or create the file in an earlier step.`;
  }
  return void 0;
}
async function readMetadataFile(file) {
  let text;
  try {
    text = await (0, import_promises4.readFile)(file, "utf8");
  } catch {
    return void 0;
  }
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
  } catch {
  }
  throw new DockerError(`buildx wrote a metadata file that is not a JSON object (${file})`);
}
function isNodeError(error) {
  return error instanceof Error && "code" in error;
}

// src/docker/build-args-input.ts
var BuildArgsError = class extends Error {
  name = "BuildArgsError";
};
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseBuildArgs(text) {
  const pairs2 = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const eq = line.indexOf("=");
    const key = eq < 0 ? line : line.slice(0, eq).trim();
    if (eq < 0 || !NAME.test(key)) {
      throw new BuildArgsError(
        `build-args line ${index + 1}: "${line}" is not KEY=VALUE. Write one build argument per line, e.g. VERSION=1.2.3 (the key: letters, digits and _, not starting with a digit).`
      );
    }
    pairs2.push([key, line.slice(eq + 1)]);
  });
  return pairs2;
}

// src/docker/list-input.ts
function parseList(text, { commas }) {
  const items = [];
  let current = "";
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    const item = wasQuoted ? current : current.trim();
    if (item !== "") items.push(item);
    current = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === "") {
      current = "";
      quoted = true;
      wasQuoted = true;
    } else if (c === "\n" || commas && c === ",") push();
    else if (wasQuoted ? !/\s/.test(c) : c !== "\r") {
      if (wasQuoted) throw new ListInputError("an item in double quotes has more text after its closing quote");
      current += c;
    }
  }
  if (quoted) throw new ListInputError("a double quote is opened and never closed");
  push();
  return items;
}
var ListInputError = class extends Error {
  name = "ListInputError";
};

// src/docker/build-inputs.ts
var NO_BUILD_INPUTS = readBuildInputs(() => "", {});
function readBuildInputs(get, env) {
  const list = (name, commas = false) => {
    try {
      return parseList(get(name), { commas });
    } catch (e) {
      if (e instanceof ListInputError) throw new UsageError(`input ${name}: ${e.message}. Close the quote, or write "" for a quote inside one.`);
      throw e;
    }
  };
  const bool = (name) => get(name).trim() === "" ? false : parseBoolean(`input ${name}`, get(name));
  const secretEnvs = pairs("secret-envs", list("secret-envs"), "MY_SECRET=MY_ENV_VAR").map(({ id, value: name }) => {
    const value = env[name];
    if (value === void 0) {
      throw new UsageError(`input secret-envs: ${id}=${name} names the environment variable ${name}, which is not set in this step. Set it under the step's env:, e.g. ${name}: \${{ secrets.${name} }}.`);
    }
    return { id, value, from: "secret-envs" };
  });
  const secrets = pairs("secrets", list("secrets"), "GIT_AUTH_TOKEN=${{ secrets.TOKEN }}").map(({ id, value }) => ({ id, value, from: "secrets" }));
  return {
    secrets: [...secrets, ...secretEnvs],
    secretFiles: pairs("secret-files", list("secret-files"), "MY_SECRET=./secret.txt").map(({ id, value }) => ({ id, src: value })),
    ssh: list("ssh"),
    cacheFrom: list("cache-from"),
    cacheTo: list("cache-to"),
    platforms: list("platforms", true),
    buildContexts: list("build-contexts"),
    builder: get("builder").trim(),
    noCache: bool("no-cache"),
    pull: bool("pull"),
    labels: list("labels"),
    network: get("network").trim(),
    addHosts: list("add-hosts", true),
    shmSize: get("shm-size").trim(),
    provenance: get("provenance").trim(),
    sbom: get("sbom").trim(),
    tags: list("tags", true),
    push: bool("push")
  };
}
function pairs(input, items, example) {
  return items.map((item, index) => {
    const eq = item.indexOf("=");
    const id = eq < 0 ? "" : item.slice(0, eq).trim();
    if (id === "" || /[,="]/.test(id)) {
      throw new UsageError(
        `input ${input}: item ${index + 1} is not id=value (not shown: it may hold a secret). Write one per line, e.g. ${example}; the id holds no comma, = or quote.`
      );
    }
    return { id, value: item.slice(eq + 1) };
  });
}

// src/docker/builder-choice.ts
var BUILDX_ONLY = ["cache-to", "build-contexts", "builder", "provenance", "sbom"];
var BUILDKIT_ONLY = ["secrets", "secret-files", "secret-envs", "ssh", "cache-from", "platforms"];
var NOT_BUILTIN_BUILDKIT = ["shm-size"];
function chooseBuilder(inputs, support) {
  const set = setInputs(inputs);
  if (inputs.platforms.length > 1) {
    throw new UsageError(
      `input platforms: ${inputs.platforms.join(", ")} are ${inputs.platforms.length} platforms, and the image the gate scans is loaded into the Docker engine, which holds one. Gate one platform per step (a matrix over platforms), so that each pushed image is the one scanned.`
    );
  }
  if (support.buildx) return "buildx";
  const needBuildx = set.filter((name) => BUILDX_ONLY.includes(name));
  if (needBuildx.length > 0) throw missing(needBuildx, "buildx");
  const needBuildkit = set.filter((name) => BUILDKIT_ONLY.includes(name));
  if (needBuildkit.length === 0) return "classic";
  if (!builtinBuildkit(support.clientVersion)) throw missing(needBuildkit, "BuildKit, which this Docker client (23 or later) runs only through buildx");
  const unsupported = set.filter((name) => NOT_BUILTIN_BUILDKIT.includes(name));
  if (unsupported.length > 0) {
    throw new UsageError(
      `${names(unsupported)} and ${names(needBuildkit)} cannot be used together without buildx: BuildKit inside docker build ${unsupported.length === 1 ? "has" : "have"} no ${unsupported.map((n) => `--${n}`).join(", ")}. Install buildx (docker/setup-buildx-action), or leave one of them out.`
    );
  }
  return "buildkit";
}
function builtinBuildkit(clientVersion) {
  const major = Number(/^(\d+)\./.exec(clientVersion)?.[1]);
  return Number.isInteger(major) && major < 23;
}
function missing(inputs, what) {
  return new UsageError(
    `${names(inputs)} ${inputs.length === 1 ? "needs" : "need"} ${what}, and buildx is not installed here. Add docker/setup-buildx-action before this step, or leave the input out.`
  );
}
function names(inputs) {
  return `input${inputs.length === 1 ? "" : "s"} ${inputs.join(", ")}`;
}
function setInputs(inputs) {
  const given = {
    secrets: inputs.secrets.some((s) => s.from === "secrets"),
    "secret-envs": inputs.secrets.some((s) => s.from === "secret-envs"),
    "secret-files": inputs.secretFiles.length > 0,
    ssh: inputs.ssh.length > 0,
    "cache-from": inputs.cacheFrom.length > 0,
    "cache-to": inputs.cacheTo.length > 0,
    platforms: inputs.platforms.length > 0,
    "build-contexts": inputs.buildContexts.length > 0,
    builder: inputs.builder !== "",
    "no-cache": inputs.noCache,
    pull: inputs.pull,
    labels: inputs.labels.length > 0,
    network: inputs.network !== "",
    "add-hosts": inputs.addHosts.length > 0,
    "shm-size": inputs.shmSize !== "",
    provenance: inputs.provenance !== "",
    sbom: inputs.sbom !== "",
    tags: inputs.tags.length > 0,
    push: inputs.push
  };
  return Object.keys(given).filter((name) => given[name]);
}

// src/docker/detect.ts
async function detectDocker(env, buildSwitch = "build: false") {
  const server = await Exec.run("docker", ["version", "--format", "{{.Server.Version}} {{.Client.Version}}"], { env });
  if (server.startError !== void 0) return { available: false, reason: `docker is not on PATH: install Docker or pass ${buildSwitch}` };
  if (server.exitCode !== 0) {
    const why = lastNonBlankLine(server.stderr) ?? `docker version exited with code ${server.exitCode}`;
    return { available: false, reason: `the Docker daemon is not running or not reachable (${why}): start it, or pass ${buildSwitch}` };
  }
  const [version = "", clientVersion = ""] = server.stdout.trim().split(" ");
  const buildx = await Exec.run("docker", ["buildx", "version"], { env });
  return { available: true, buildx: buildx.exitCode === 0, version, clientVersion };
}

// src/docker/reference.ts
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var NAME2 = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REFERENCE2 = new RegExp(`^(${NAME2})(?::${TAG})?(@${DIGEST})?$`);
var NAME_MAX = 255;
function referenceProblem(reference, use) {
  const match3 = REFERENCE2.exec(reference);
  if (!match3) {
    return REFERENCE2.test(reference.toLowerCase()) ? "invalid reference format: repository name must be lowercase" : "invalid reference format";
  }
  if (match3[1].length > NAME_MAX) return `invalid reference format: repository name must not be more than ${NAME_MAX} characters`;
  if (use === "build" && match3[2] !== void 0) return "refusing to create a tag with a digest reference";
  return void 0;
}
function imageReference(setting, reference, use) {
  const problem = referenceProblem(reference, use);
  if (problem === void 0) return reference;
  throw new UsageError(
    `${setting}: "${reference}" is not an image reference Docker accepts (${problem}). Give a lower-case name and ${use === "build" ? "a tag" : "a tag or a digest"}, such as myapp:1.0 or registry.example.com/team/app:pr-7.`
  );
}

// src/docker/image-config.ts
function parseInspectedImages(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DockerError("docker image inspect printed something other than JSON");
  }
  if (!Array.isArray(parsed)) throw new DockerError("docker image inspect printed no list of images");
  return parsed.map((image) => {
    if (!isObject(image) || typeof image.Size !== "number") throw new DockerError("docker image inspect printed no image size");
    const config = isObject(image.Config) ? image.Config : {};
    const rootfs = isObject(image.RootFS) ? image.RootFS : {};
    const healthcheck = isObject(config.Healthcheck) ? strings(config.Healthcheck.Test) : [];
    return {
      id: typeof image.Id === "string" ? image.Id : "",
      size: image.Size,
      layers: strings(rootfs.Layers),
      repoDigests: strings(image.RepoDigests),
      user: typeof config.User === "string" ? config.User : "",
      ...healthcheck.length > 0 && { healthcheck },
      exposedPorts: isObject(config.ExposedPorts) ? Object.keys(config.ExposedPorts).sort() : [],
      env: environment(strings(config.Env))
    };
  });
}
function environment(entries) {
  const env = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    env[eq === -1 ? entry : entry.slice(0, eq)] = eq === -1 ? "" : entry.slice(eq + 1);
  }
  return env;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/docker/image-facts.ts
async function readImageFacts(opts) {
  const model = parseDockerfile(opts.dockerfileText);
  const history = parseHistory(await docker(["history", "--no-trunc", "--human=false", "--format", "{{json .}}", opts.image], opts.env));
  const [image] = parseInspectedImages(await docker(["image", "inspect", opts.image], opts.env));
  if (!image) throw new DockerError(`docker image inspect printed nothing for ${opts.image}`);
  const counts = await layerCounts(history, image, opts.env);
  const base = baseReference(model, opts.target);
  const baseImage2 = base ? await inspect([base.image], opts.env).then((found) => found[0], () => void 0) : void 0;
  return imageFacts({
    size: image.size,
    history: history.map(({ id, ...entry }) => ({ ...entry, ...id !== void 0 && counts.has(id) && { layers: counts.get(id) } })),
    diffIds: image.layers,
    user: image.user,
    ...image.healthcheck && { healthcheck: image.healthcheck },
    exposedPorts: image.exposedPorts,
    model,
    ...opts.target && { target: opts.target },
    baseDigests: baseImage2?.repoDigests ?? [],
    ...baseImage2 && { baseConfig: { user: baseImage2.user, env: baseImage2.env } }
  });
}
function parseHistory(text) {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => {
    const entry = parseJsonLine(line);
    const size = Number(entry.Size);
    if (!Number.isSafeInteger(size) || size < 0) throw new DockerError(`docker history printed a size that is not a byte count: ${String(entry.Size)}`);
    return {
      createdBy: typeof entry.CreatedBy === "string" ? entry.CreatedBy : "",
      ...typeof entry.Comment === "string" && entry.Comment !== "" && { comment: entry.Comment },
      size,
      ...typeof entry.ID === "string" && entry.ID.startsWith("sha256:") && { id: entry.ID }
    };
  }).reverse();
}
async function layerCounts(history, image, env) {
  const counts = /* @__PURE__ */ new Map();
  if (image.id !== "") counts.set(image.id, image.layers.length);
  const ids = [...new Set(history.flatMap((h) => h.id !== void 0 && !counts.has(h.id) ? [h.id] : []))];
  if (ids.length === 0) return counts;
  const found = await inspect(ids, env).catch(() => []);
  for (const ancestor of found) {
    if (ancestor.id !== "" && ancestor.layers.every((layer, i) => image.layers[i] === layer)) counts.set(ancestor.id, ancestor.layers.length);
  }
  return counts;
}
function parseJsonLine(line) {
  try {
    return JSON.parse(line);
  } catch {
    throw new DockerError("docker history printed something other than JSON lines");
  }
}
async function inspect(refs, env) {
  return parseInspectedImages(await docker(["image", "inspect", ...refs], env));
}
async function docker(args, env) {
  const result = await Exec.run("docker", args, { env });
  if (result.startError !== void 0) throw new DockerError(result.startError);
  if (result.exitCode !== 0) throw new DockerError(`docker ${args[0]} failed: ${lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`}`);
  return result.stdout;
}

// src/scanner.ts
var import_node_os2 = require("node:os");

// src/trivy/args.ts
var DEFAULT_TRIVY_VERSION = "0.72.0";
var DEFAULT_TRIVY_TIMEOUT = "10m";
var DEFAULT_DB_REPOSITORIES = [
  "mirror.gcr.io/aquasec/trivy-db:2",
  "public.ecr.aws/aquasecurity/trivy-db:2",
  "ghcr.io/aquasecurity/trivy-db:2"
];
var DEFAULT_JAVA_DB_REPOSITORIES = [
  "mirror.gcr.io/aquasec/trivy-java-db:1",
  "public.ecr.aws/aquasecurity/trivy-java-db:1",
  "ghcr.io/aquasecurity/trivy-java-db:1"
];
var DEFAULT_SCANNERS = ["vuln", "secret"];
function trivyArgs(opts) {
  return [
    "image",
    "--format",
    "json",
    "--output",
    opts.outputFile,
    "--exit-code",
    "0",
    "--severity",
    "UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL",
    "--list-all-pkgs=false",
    "--scanners",
    (opts.scanSettings?.scanners.length ? opts.scanSettings.scanners : DEFAULT_SCANNERS).join(","),
    "--no-progress",
    "--disable-telemetry",
    "--skip-version-check",
    "--image-src",
    "docker",
    ...dbArgs(opts),
    ...opts.skipDbUpdate ? ["--skip-db-update"] : [],
    ...opts.skipJavaDbUpdate ? ["--skip-java-db-update"] : [],
    ...opts.ignoreFile ? ["--ignorefile", opts.ignoreFile] : [],
    ...opts.ignoreUnfixed ? ["--ignore-unfixed"] : [],
    ...listFlag("--skip-dirs", opts.scanSettings?.skipDirs),
    ...listFlag("--skip-files", opts.scanSettings?.skipFiles),
    ...listFlag("--pkg-types", opts.scanSettings?.pkgTypes),
    ...listFlag("--vex", opts.scanSettings?.vex),
    "--timeout",
    goDuration(opts.timeoutMs),
    opts.image
  ];
}
function downloadDbArgs(db, opts) {
  return [
    "image",
    db === "vuln" ? "--download-db-only" : "--download-java-db-only",
    "--no-progress",
    "--disable-telemetry",
    "--skip-version-check",
    ...dbArgs(opts),
    "--timeout",
    goDuration(opts.timeoutMs)
  ];
}
function listFlag(flag, values) {
  return values && values.length > 0 ? [flag, values.join(",")] : [];
}
function dbArgs(opts) {
  return [
    ...opts.cacheDir ? ["--cache-dir", opts.cacheDir] : [],
    "--db-repository",
    (opts.dbRepositories ?? DEFAULT_DB_REPOSITORIES).join(","),
    "--java-db-repository",
    (opts.javaDbRepositories ?? DEFAULT_JAVA_DB_REPOSITORIES).join(",")
  ];
}

// src/trivy/cache-dir.ts
var import_node_path10 = __toESM(require("node:path"), 1);
function defaultTrivyCacheDir(env, home, platform2) {
  if (platform2 === "darwin") return import_node_path10.default.join(home, "Library", "Caches", "trivy");
  const xdg = env.XDG_CACHE_HOME;
  return import_node_path10.default.join(xdg && import_node_path10.default.isAbsolute(xdg) ? xdg : import_node_path10.default.join(home, ".cache"), "trivy");
}

// src/trivy/checksums.ts
var TRIVY_ARCHIVE_SHA256 = Object.freeze({
  "trivy_0.72.0_Linux-64bit.tar.gz": "bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea",
  "trivy_0.72.0_Linux-ARM64.tar.gz": "2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467",
  "trivy_0.72.0_macOS-64bit.tar.gz": "ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08",
  "trivy_0.72.0_macOS-ARM64.tar.gz": "88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016"
});
function expectedSha256(table, asset, userDigest) {
  const shipped = Object.hasOwn(table, asset) ? table[asset] : void 0;
  const given = normaliseDigest(userDigest);
  if (shipped !== void 0) {
    if (given !== void 0 && given !== shipped) {
      throw new UsageError(
        `trivy-checksum ${given} contradicts the SHA-256 this action ships for ${asset} (${shipped}). Remove trivy-checksum, or check where your digest came from.`
      );
    }
    return shipped;
  }
  if (given === void 0) {
    throw new UsageError(
      `${asset} has no SHA-256 in this action's checksum table, so it cannot be verified. Use the default Trivy version, or give the archive's SHA-256 from the release's checksums.txt in the trivy-checksum input.`
    );
  }
  return given;
}
function normaliseDigest(digest) {
  const d = digest?.trim().toLowerCase().replace(/^sha256:/, "");
  if (d === void 0 || d === "") return void 0;
  if (!/^[0-9a-f]{64}$/.test(d)) {
    throw new UsageError(`trivy-checksum "${digest}" is not a SHA-256 digest: expected 64 hexadecimal characters.`);
  }
  return d;
}

// src/trivy/scan.ts
var import_promises5 = require("node:fs/promises");
var import_node_path11 = __toESM(require("node:path"), 1);

// src/trivy/report.ts
var TrivyReportError = class extends Error {
  name = "TrivyReportError";
};
function parseTrivyReport(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TrivyReportError(
      `${source}: not valid JSON (${detail}); the report may be truncated. Run the scan again, and check that Trivy was run with --format json.`
    );
  }
  if (data === null || Array.isArray(data)) {
    throw new TrivyReportError(
      `${source}: this is the pre-0.20 Trivy JSON format (a bare ${data === null ? "null" : "array"}); upgrade Trivy to 0.20 or later.`
    );
  }
  if (!isObject2(data)) {
    throw new TrivyReportError(`${source}: expected a Trivy JSON report (an object with SchemaVersion 2), got ${typeof data}.`);
  }
  if (data.SchemaVersion !== 2) {
    throw new TrivyReportError(
      `${source}: unsupported Trivy report SchemaVersion ${JSON.stringify(data.SchemaVersion)}; this reader understands SchemaVersion 2 (Trivy 0.20 and later).`
    );
  }
  const field = fieldReader(source);
  const vulnerabilities = [];
  const secrets = [];
  const misconfigurations = [];
  const licenses = [];
  field.objects(data, "Results").forEach((result, r) => {
    const at = `Results[${r}]`;
    const target = field.string(result, "Target", at) ?? "";
    const cls = field.string(result, "Class", at) ?? "unknown";
    field.objects(result, "Vulnerabilities", at).forEach((v, i) => vulnerabilities.push(toVulnerability(v, target, cls, field, `${at}.Vulnerabilities[${i}]`)));
    field.objects(result, "Secrets", at).forEach((s, i) => secrets.push(toSecret(s, target, field, `${at}.Secrets[${i}]`)));
    field.objects(result, "Misconfigurations", at).forEach((m, i) => {
      const where = `${at}.Misconfigurations[${i}]`;
      const status = field.string(m, "Status", where);
      if (status === void 0 || status === "FAIL") misconfigurations.push(toMisconfig(m, target, field, where));
    });
    field.objects(result, "Licenses", at).forEach((l, i) => licenses.push(toLicense(l, target, field, `${at}.Licenses[${i}]`)));
  });
  const trivy = field.object(data, "Trivy") ?? {};
  const image = scannedImage(field.object(data, "Metadata") ?? {});
  return {
    artifactName: field.string(data, "ArtifactName"),
    trivyVersion: field.string(trivy, "Version", "Trivy"),
    vulnerabilities,
    secrets,
    ...misconfigurations.length > 0 && { misconfigurations },
    ...licenses.length > 0 && { licenses },
    ...image && { image }
  };
}
function fieldReader(source) {
  const refuse = (path18, what, value) => {
    throw new TrivyReportError(
      `${source}: ${path18} is ${describe2(value)} where Trivy writes ${what}; the report was not read, so the scan counts as failed. Use the JSON report of trivy image --format json as Trivy wrote it.`
    );
  };
  const name = (at, key) => at ? `${at}.${key}` : key;
  return {
    string(record, key, at) {
      const value = record[key];
      if (value === void 0 || value === null) return void 0;
      return typeof value === "string" ? value === "" ? void 0 : value : refuse(name(at, key), "a string", value);
    },
    object(record, key, at) {
      const value = record[key];
      if (value === void 0 || value === null) return void 0;
      return isObject2(value) ? value : refuse(name(at, key), "an object", value);
    },
    objects(record, key, at) {
      const value = record[key];
      if (value === void 0 || value === null) return [];
      if (!Array.isArray(value)) return refuse(name(at, key), "a list", value);
      return value.map((item, i) => isObject2(item) ? item : refuse(`${name(at, key)}[${i}]`, "an object", item));
    },
    severity(record, at) {
      const value = record.Severity;
      return VULN_SEVERITIES.find((s) => s === value) ?? refuse(`${at}.Severity`, `one of ${VULN_SEVERITIES.join(", ")}`, value);
    }
  };
}
function describe2(value) {
  if (value === void 0) return "missing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 60)}\u2026` : json;
}
function scannedImage(metadata) {
  const config = isObject2(metadata.ImageConfig) ? metadata.ImageConfig : {};
  const history = objects(config.history);
  if (history.length === 0) return void 0;
  const rootfs = isObject2(config.rootfs) ? config.rootfs : {};
  const configDiffIds = strings2(rootfs.diff_ids);
  return {
    diffIds: configDiffIds.length > 0 ? configDiffIds : strings2(metadata.DiffIDs),
    history: history.map((h) => ({ createdBy: typeof h.created_by === "string" ? h.created_by : "", emptyLayer: h.empty_layer === true }))
  };
}
function toVulnerability(v, target, cls, field, at) {
  const layer = field.object(v, "Layer", at) ?? {};
  return dropUndefined({
    id: field.string(v, "VulnerabilityID", at) ?? "unknown",
    pkgName: field.string(v, "PkgName", at) ?? "",
    installedVersion: field.string(v, "InstalledVersion", at) ?? "",
    fixedVersion: field.string(v, "FixedVersion", at),
    severity: field.severity(v, at),
    title: field.string(v, "Title", at),
    target,
    class: cls,
    pkgPath: field.string(v, "PkgPath", at),
    primaryUrl: field.string(v, "PrimaryURL", at),
    layerDiffId: field.string(layer, "DiffID", `${at}.Layer`),
    status: field.string(v, "Status", at)
  });
}
function toSecret(s, target, field, at) {
  const ruleId = field.string(s, "RuleID", at);
  return dropUndefined({
    ruleId: ruleId ?? "unknown",
    title: field.string(s, "Title", at) ?? ruleId ?? "secret",
    severity: field.severity(s, at),
    target,
    startLine: typeof s.StartLine === "number" && s.StartLine > 0 ? s.StartLine : void 0
  });
}
function toMisconfig(m, target, field, at) {
  const id = field.string(m, "ID", at) ?? field.string(m, "AVDID", at) ?? "unknown";
  return dropUndefined({
    id,
    title: field.string(m, "Title", at) ?? id,
    severity: field.severity(m, at),
    target,
    message: field.string(m, "Message", at),
    primaryUrl: field.string(m, "PrimaryURL", at)
  });
}
function toLicense(l, target, field, at) {
  return dropUndefined({
    name: field.string(l, "Name", at) ?? "unknown",
    severity: field.severity(l, at),
    category: field.string(l, "Category", at),
    pkgName: field.string(l, "PkgName", at),
    filePath: field.string(l, "FilePath", at),
    target
  });
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function objects(value) {
  return Array.isArray(value) ? value.filter(isObject2) : [];
}
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function dropUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== void 0));
}

// src/trivy/scan.ts
async function findTrivy(env = process.env) {
  return findExecutable("trivy", env.PATH ?? "");
}
function scanImage(opts, onLine) {
  return timed(() => scan(opts, onLine));
}
async function scan(opts, onLine) {
  if (opts.db?.failure !== void 0) return { status: "failed", reason: opts.db.failure };
  const trivy = opts.trivy ?? await findTrivy({ ...process.env, ...opts.env });
  if (trivy === void 0) return { status: "failed", reason: missingTrivyReason(opts.trivyVersion ?? DEFAULT_TRIVY_VERSION) };
  const dir = await (0, import_promises5.mkdtemp)(import_node_path11.default.join(opts.tempDir, "container-gate-trivy-"));
  try {
    const outputFile = import_node_path11.default.join(dir, "report.json");
    const args = trivyArgs({
      image: opts.image,
      outputFile,
      timeoutMs: opts.timeoutMs,
      cacheDir: opts.cacheDir,
      dbRepositories: opts.dbRepositories,
      javaDbRepositories: opts.javaDbRepositories,
      skipDbUpdate: opts.db?.db,
      skipJavaDbUpdate: opts.db?.javaDb,
      ignoreFile: opts.ignoreFile,
      ignoreUnfixed: opts.ignoreUnfixed,
      scanSettings: opts.scanSettings
    });
    const result = await Exec.run(trivy, args, { env: opts.env, onLine, timeoutMs: opts.timeoutMs });
    const failure = trivyFailure(result, `scanning ${opts.image}`, opts.timeoutMs);
    if (failure !== void 0) return { status: "failed", reason: failure.reason };
    let text;
    try {
      text = await (0, import_promises5.readFile)(outputFile, "utf8");
    } catch {
      return { status: "failed", reason: `trivy exited 0 but wrote no report to ${outputFile}` };
    }
    try {
      return { status: "ok", report: parseTrivyReport(text, outputFile) };
    } catch (error) {
      if (error instanceof TrivyReportError) return { status: "failed", reason: error.message };
      throw error;
    }
  } finally {
    await (0, import_promises5.rm)(dir, { recursive: true, force: true });
  }
}
function missingTrivyReason(version, scanSwitch = "scan: false") {
  return `trivy is not on PATH: install Trivy v${version} from https://github.com/aquasecurity/trivy/releases/tag/v${version} (see https://trivy.dev/latest/getting-started/installation/), put it on PATH, or pass ${scanSwitch}`;
}
function trivyFailure(result, doing, timeoutMs) {
  if (result.startError !== void 0) return { timedOut: false, reason: result.startError };
  const said = lastMeaningfulLine(result.stderr);
  if (result.timedOut) {
    return {
      timedOut: true,
      reason: `Trivy did not finish ${doing} within ${goDuration(timeoutMs)}, so it was stopped (${said === void 0 ? "it printed nothing" : `its last output: ${said}`}). Raise trivy-timeout, or check that the Trivy DB repositories and registries are reachable from here and that no other Trivy holds the cache directory.`
    };
  }
  if (result.exitCode !== 0) return { timedOut: false, reason: `trivy exited with code ${result.exitCode}: ${said ?? "no error message"}` };
  return void 0;
}
function lastMeaningfulLine(stderr) {
  return lastNonBlankLine(stderr)?.replace(/^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)\s+[A-Z]+\s+/, "");
}

// src/trivy/db-download.ts
function startDbDownload(opts) {
  const started = Date.now();
  const run2 = async () => {
    const vuln = await fetchDb("vuln", opts);
    const java = opts.javaDb && vuln === void 0 ? await fetchDb("java", opts) : void 0;
    const failed = [vuln, java].filter((f) => f !== void 0);
    const timedOut = failed.find((f) => f.timedOut);
    return {
      db: vuln === void 0,
      javaDb: opts.javaDb === true && vuln === void 0 && java === void 0,
      ...timedOut ? { failure: timedOut.reason } : failed.length > 0 && { warning: `${failed.map((f) => f.reason).join("; ")}. The scan will download the DB itself.` },
      durationMs: Date.now() - started
    };
  };
  return run2().catch((error) => ({
    db: false,
    javaDb: false,
    warning: `could not download the DB: ${error instanceof Error ? error.message : String(error)}. The scan will download it itself.`,
    durationMs: Date.now() - started
  }));
}
async function fetchDb(db, opts) {
  const what = db === "vuln" ? "the vulnerability DB" : "the Java DB";
  const result = await Exec.run(opts.trivy, downloadDbArgs(db, opts), { env: opts.env, timeoutMs: opts.timeoutMs });
  const failure = trivyFailure(result, `downloading ${what}`, opts.timeoutMs);
  return failure && !failure.timedOut ? { ...failure, reason: `could not download ${what} (${failure.reason})` } : failure;
}

// src/trivy/ignore-file.ts
var import_promises6 = require("node:fs/promises");
var import_node_path12 = __toESM(require("node:path"), 1);
var IGNORE_FILE_NAMES = [".trivyignore", ".trivyignore.yaml"];
async function resolveIgnoreFile(workspace, named = "") {
  if (named.trim() !== "") return existing(workspace, named, "trivyignore");
  const present = [];
  for (const name of IGNORE_FILE_NAMES) {
    if (await isFile2(import_node_path12.default.join(workspace, name))) present.push(name);
  }
  if (present.length > 1) {
    throw new UsageError(
      `the workspace has both ${present.join(" and ")}, and Trivy reads only one ignore file. Merge them, or name the one to use in the trivyignore setting.`
    );
  }
  return present.length === 1 ? import_node_path12.default.join(workspace, present[0]) : void 0;
}
async function resolveIgnoreFiles(workspace, named, tempDir) {
  const given = named.map((n) => n.trim()).filter((n) => n !== "");
  if (given.length <= 1) return resolveIgnoreFile(workspace, given[0]);
  const files = await Promise.all(given.map((name) => existing(workspace, name, "trivyignores")));
  const yaml = given.filter((name) => /\.ya?ml$/i.test(name));
  if (yaml.length > 0) {
    throw new UsageError(
      `trivyignores: ${yaml.join(", ")} ${yaml.length === 1 ? "is" : "are"} YAML, and Trivy reads a single YAML ignore file, which cannot be joined with others. Name only that file, or write its entries in the plain .trivyignore format.`
    );
  }
  const texts = await Promise.all(files.map((file) => (0, import_promises6.readFile)(file, "utf8")));
  const merged = import_node_path12.default.join(await (0, import_promises6.mkdtemp)(import_node_path12.default.join(tempDir, "container-gate-trivyignore-")), ".trivyignore");
  await (0, import_promises6.writeFile)(merged, texts.map((t) => t === "" || t.endsWith("\n") ? t : `${t}
`).join(""));
  return merged;
}
async function existing(workspace, name, setting) {
  const file = import_node_path12.default.resolve(workspace, name.trim());
  if (!await isFile2(file)) {
    throw new UsageError(`${setting}: ${name.trim()} does not exist (looked for ${file}). Fix the path, or remove the setting.`);
  }
  return file;
}
async function isFile2(file) {
  try {
    return (await (0, import_promises6.stat)(file)).isFile();
  } catch {
    return false;
  }
}

// src/trivy/install.ts
var import_node_crypto2 = require("node:crypto");
var import_node_fs6 = require("node:fs");
var import_promises7 = require("node:fs/promises");
var import_node_path13 = __toESM(require("node:path"), 1);

// node_modules/@actions/core/lib/command.js
var os3 = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os3.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/core.js
var os5 = __toESM(require("os"), 1);

// node_modules/@actions/http-client/lib/index.js
var http = __toESM(require("http"), 1);
var https = __toESM(require("https"), 1);

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a2) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message2, statusCode) {
    super(message2);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message2) {
    this.message = message2;
  }
  readBody() {
    return __awaiter7(this, void 0, void 0, function* () {
      return new Promise((resolve8) => __awaiter7(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve8(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter7(this, void 0, void 0, function* () {
      return new Promise((resolve8) => __awaiter7(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve8(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent2, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream2, additionalHeaders) {
    return __awaiter7(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream2, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter7(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter7(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter7(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter7(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter7(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info3 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info3, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info3, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info3 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info3, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info3, data) {
    return __awaiter7(this, void 0, void 0, function* () {
      return new Promise((resolve8, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve8(res);
          }
        }
        this.requestRawWithCallback(info3, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info3, data, onResult) {
    if (typeof data === "string") {
      if (!info3.options.headers) {
        info3.options.headers = {};
      }
      info3.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info3.httpModule.request(info3.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info3.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info3 = {};
    info3.parsedUrl = requestUrl;
    const usingSsl = info3.parsedUrl.protocol === "https:";
    info3.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info3.options = {};
    info3.options.host = info3.parsedUrl.hostname;
    info3.options.port = info3.parsedUrl.port ? parseInt(info3.parsedUrl.port) : defaultPort;
    info3.options.path = (info3.parsedUrl.pathname || "") + (info3.parsedUrl.search || "");
    info3.options.method = method;
    info3.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info3.options.headers["user-agent"] = this.userAgent;
    }
    info3.options.agent = this._getAgent(info3.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info3.options);
      }
    }
    return info3;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent2) {
    const baseUserAgent = userAgent2 || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter7(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve8) => setTimeout(() => resolve8(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter7(this, void 0, void 0, function* () {
      return new Promise((resolve8, reject) => __awaiter7(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve8(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve8(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile: writeFile4 } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter8(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter8(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile4 : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter8(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells2 = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells2);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require("os"), 1);
init_exec();
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug2(message2) {
  issueCommand("debug", {}, message2);
}
function info2(message2) {
  process.stdout.write(message2 + os5.EOL);
}

// node_modules/@actions/tool-cache/lib/tool-cache.js
init_io();
var crypto3 = __toESM(require("crypto"), 1);
var fs3 = __toESM(require("fs"), 1);

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver2(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
var os6 = __toESM(require("os"), 1);
var path16 = __toESM(require("path"), 1);
var semver2 = __toESM(require_semver2(), 1);
var stream = __toESM(require("stream"), 1);
var util = __toESM(require("util"), 1);
var import_assert5 = require("assert");
init_exec();

// node_modules/@actions/tool-cache/lib/retry-helper.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter9(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          info2(err.message);
        }
        const seconds = this.getSleepAmount();
        info2(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter9(this, void 0, void 0, function* () {
      return new Promise((resolve8) => setTimeout(resolve8, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve8) {
      resolve8(value);
    });
  }
  return new (P || (P = Promise))(function(resolve8, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve8(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS8 = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter10(this, void 0, void 0, function* () {
    dest = dest || path16.join(_getTempDirectory(), crypto3.randomUUID());
    yield mkdirP(path16.dirname(dest));
    debug2(`Downloading ${url}`);
    debug2(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter10(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter10(this, void 0, void 0, function* () {
    if (fs3.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http2 = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      debug2("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http2.get(url, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      debug2(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline2 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline2(readStream, fs3.createWriteStream(dest));
      debug2("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        debug2("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug2(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter10(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug2("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug2(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS8 && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function cacheDir(sourceDir, tool, version, arch3) {
  return __awaiter10(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch3 = arch3 || os6.arch();
    debug2(`Caching tool ${tool} ${version} ${arch3}`);
    debug2(`source dir: ${sourceDir}`);
    if (!fs3.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch3);
    for (const itemName of fs3.readdirSync(sourceDir)) {
      const s = path16.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch3);
    return destPath;
  });
}
function find(toolName, versionSpec, arch3) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch3 = arch3 || os6.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch3);
    const match3 = evaluateVersions(localVersions, versionSpec);
    versionSpec = match3;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path16.join(_getCacheDirectory(), toolName, versionSpec, arch3);
    debug2(`checking cache: ${cachePath}`);
    if (fs3.existsSync(cachePath) && fs3.existsSync(`${cachePath}.complete`)) {
      debug2(`Found tool in cache ${toolName} ${versionSpec} ${arch3}`);
      toolPath = cachePath;
    } else {
      debug2("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch3) {
  const versions = [];
  arch3 = arch3 || os6.arch();
  const toolPath = path16.join(_getCacheDirectory(), toolName);
  if (fs3.existsSync(toolPath)) {
    const children = fs3.readdirSync(toolPath);
    for (const child2 of children) {
      if (isExplicitVersion(child2)) {
        const fullPath = path16.join(toolPath, child2, arch3 || "");
        if (fs3.existsSync(fullPath) && fs3.existsSync(`${fullPath}.complete`)) {
          versions.push(child2);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter10(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path16.join(_getTempDirectory(), crypto3.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch3) {
  return __awaiter10(this, void 0, void 0, function* () {
    const folderPath = path16.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch3 || "");
    debug2(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch3) {
  const folderPath = path16.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch3 || "");
  const markerPath = `${folderPath}.complete`;
  fs3.writeFileSync(markerPath, "");
  debug2("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug2(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug2(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug2(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug2(`matched: ${version}`);
  } else {
    debug2("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  (0, import_assert5.ok)(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  (0, import_assert5.ok)(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/trivy/release.ts
var TRIVY_RELEASES_URL = "https://github.com/aquasecurity/trivy/releases/download";
var ASSET_SUFFIX = {
  "linux/x64": "Linux-64bit",
  "linux/arm64": "Linux-ARM64",
  "darwin/x64": "macOS-64bit",
  "darwin/arm64": "macOS-ARM64"
};
function trivyAssetName(version, platform2, arch3) {
  const suffix = ASSET_SUFFIX[`${platform2}/${arch3}`];
  if (suffix === void 0) {
    throw new Error(
      `there is no Trivy release archive this action can install on ${platform2}/${arch3} (it installs on Linux and macOS, x64 and arm64). Install Trivy yourself and put it on PATH.`
    );
  }
  return `trivy_${version}_${suffix}.tar.gz`;
}
function trivyDownloadUrl(base, version, asset) {
  return `${base.replace(/\/+$/, "")}/v${version}/${asset}`;
}

// src/trivy/install.ts
var TrivyInstallError = class extends Error {
  name = "TrivyInstallError";
};
async function ensureTrivy(opts, env = process.env) {
  const onPath = await findTrivy(env);
  if (onPath !== void 0) return { path: onPath, source: "path" };
  return installTrivy(opts);
}
async function installTrivy(opts) {
  const platform2 = opts.platform ?? process.platform;
  const arch3 = opts.arch ?? process.arch;
  const asset = trivyAssetName(opts.version, platform2, arch3);
  const expected = expectedSha256(opts.checksums ?? TRIVY_ARCHIVE_SHA256, asset, opts.checksum);
  if (!process.env.RUNNER_TOOL_CACHE) {
    throw new TrivyInstallError(
      `trivy is not on PATH and there is no runner tool cache (RUNNER_TOOL_CACHE) to install it into: install Trivy v${opts.version} yourself and put it on PATH.`
    );
  }
  const cached = find("trivy", opts.version, arch3);
  if (cached !== "") return { path: await executableIn(cached, asset), source: "tool-cache" };
  const url = trivyDownloadUrl(opts.baseUrl ?? TRIVY_RELEASES_URL, opts.version, asset);
  const work = import_node_path13.default.join(opts.tempDir, `container-gate-trivy-${(0, import_node_crypto2.randomUUID)()}`);
  makeFolder(work);
  try {
    const archive = await download(url, import_node_path13.default.join(work, asset), opts.version);
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new TrivyInstallError(
        `${asset} downloaded from ${url} does not match its SHA-256 (expected ${expected}, got ${actual}); it was deleted and not run. The release or the mirror may have been tampered with; do not retry blindly.`
      );
    }
    const extracted = await extractTar(archive, import_node_path13.default.join(work, "extracted"));
    await executableIn(extracted, asset);
    const toolDir = await cacheDir(extracted, "trivy", opts.version, arch3);
    return { path: import_node_path13.default.join(toolDir, "trivy"), source: "download" };
  } finally {
    await (0, import_promises7.rm)(work, { recursive: true, force: true });
  }
}
async function download(url, dest, version) {
  try {
    return await downloadTool(url, dest);
  } catch (error) {
    const status = error instanceof HTTPError ? error.httpStatusCode : void 0;
    const why = status !== void 0 ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
    const hint = status === 404 ? `check that Trivy v${version} is a published release and that the download URL is right` : "check the runner can reach the download server, or put Trivy on PATH before this step";
    throw new TrivyInstallError(`could not download Trivy v${version} from ${url} (${why}): ${hint}.`);
  }
}
async function sha256File(file) {
  const hash = (0, import_node_crypto2.createHash)("sha256");
  for await (const chunk of (0, import_node_fs6.createReadStream)(file)) hash.update(chunk);
  return hash.digest("hex");
}
async function executableIn(dir, asset) {
  const trivy = import_node_path13.default.join(dir, "trivy");
  try {
    await (0, import_promises7.access)(trivy, import_promises7.constants.X_OK);
  } catch {
    throw new TrivyInstallError(`${asset} holds no executable trivy at its top level (looked for ${trivy}).`);
  }
  return trivy;
}

// src/scanner.ts
async function prepareScanner(settings, log) {
  const ignoreFile = await resolveIgnoreFiles(settings.workspace, [settings.ignoreFile, ...settings.ignoreFiles ?? []], settings.tempDir);
  let trivy;
  try {
    trivy = settings.install ? (await ensureTrivy({ version: settings.trivyVersion, tempDir: settings.tempDir, checksum: settings.install.checksum, baseUrl: settings.install.downloadUrl })).path : await findTrivy();
  } catch (e) {
    if (e instanceof TrivyInstallError) return { ready: false, reason: e.message, missing: false };
    throw e;
  }
  if (!trivy) return { ready: false, reason: missingTrivyReason(settings.trivyVersion, settings.scanSwitch), missing: true };
  log.info(`trivy: ${trivy}`);
  const cacheDir2 = defaultTrivyCacheDir(process.env, (0, import_node_os2.homedir)(), process.platform);
  const dbCache = settings.cacheDb ? await restoreTrivyDb({ cacheDir: cacheDir2 }, log) : void 0;
  const db = startDbDownload({
    trivy,
    cacheDir: cacheDir2,
    dbRepositories: settings.dbRepositories,
    javaDbRepositories: settings.javaDbRepositories,
    timeoutMs: settings.timeoutMs
  });
  let saved;
  const saveDb = () => saved ??= dbCache ? saveTrivyDb(dbCache, log) : Promise.resolve();
  return { ready: true, trivy, cacheDir: cacheDir2, ...ignoreFile && { ignoreFile }, db, saveDb, settings };
}
function sharedScanner() {
  let prepared;
  return (settings, log) => prepared ??= prepareScanner(settings, log);
}
async function scanWith(scanner, image, log) {
  const db = await scanner.db;
  if (db.warning) log.warn(db.warning);
  const { settings } = scanner;
  const outcome = await log.tool(
    `trivy image ${image}`,
    (onLine) => scanImage(
      {
        trivy: scanner.trivy,
        image,
        trivyVersion: settings.trivyVersion,
        tempDir: settings.tempDir,
        cacheDir: scanner.cacheDir,
        dbRepositories: settings.dbRepositories,
        javaDbRepositories: settings.javaDbRepositories,
        db,
        ...scanner.ignoreFile && { ignoreFile: scanner.ignoreFile },
        ignoreUnfixed: settings.ignoreUnfixed,
        ...settings.scanSettings && { scanSettings: settings.scanSettings },
        timeoutMs: settings.timeoutMs
      },
      onLine
    )
  );
  await scanner.saveDb();
  return outcome;
}

// src/shellcheck/report.ts
var LEVELS = ["error", "warning", "info", "style"];
function shellcheckComments(json) {
  const document = JSON.parse(json);
  const comments = document?.comments;
  if (!Array.isArray(comments)) throw new Error('the output has no "comments" list');
  return comments.map((comment) => {
    const { file, code, level, message: message2 } = comment ?? {};
    if (typeof code !== "number" || typeof message2 !== "string") throw new Error(`a comment lacks a numeric code or a message: ${JSON.stringify(comment)}`);
    return {
      file: String(file),
      code: `SC${code}`,
      level: LEVELS.find((l) => l === level) ?? "error",
      message: message2,
      docsUrl: shellcheckDocs(`SC${code}`)
    };
  });
}
function shellcheckDocs(code) {
  return `https://www.shellcheck.net/wiki/${code}`;
}
function uniqueHits(hits) {
  const seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => {
    const key = JSON.stringify([h.line, h.code, h.level, h.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/shellcheck/run.ts
var import_node_fs7 = require("node:fs");
var import_node_os3 = require("node:os");
var import_node_path14 = require("node:path");
function scriptKey(shell, script) {
  return `${shell}
${script}`;
}
var SHELLCHECK_NOT_ON_PATH = "shellcheck is not on PATH, so the ShellCheck (SC) checks of RUN scripts were skipped; install it (apt-get install shellcheck, brew install shellcheck) to run them";
var DEFAULT_CONCURRENCY = 4;
var BATCH_SIZE = { min: 100, max: 1e3 };
var EXCLUDED = "SC2187,SC1090,SC1091";
function shellcheckArgs(shell, files) {
  return ["--format=json1", `--shell=${shell}`, `--exclude=${EXCLUDED}`, "--norc", ...files];
}
function findShellcheck(searchPath) {
  return findExecutable("shellcheck", searchPath);
}
async function runShellcheck(program, scripts, opts = {}) {
  const distinct = [];
  const indexOf = /* @__PURE__ */ new Map();
  const checkedAs = scripts.map((s) => {
    const key = scriptKey(s.shell, s.script);
    let index = indexOf.get(key);
    if (index === void 0) indexOf.set(key, index = distinct.push(s) - 1);
    return index;
  });
  const found = distinct.map((s) => opts.results?.lookup(program, s.shell, s.script));
  const unknown = distinct.filter((_, i) => found[i] === void 0);
  const checked = await checkScripts(program, unknown, opts);
  if (!Array.isArray(checked)) return checked;
  let next = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (found[i] !== void 0) continue;
    const { shell, script } = distinct[i];
    found[i] = checked[next++];
    opts.results?.store(program, shell, script, found[i]);
  }
  return scripts.map((s, i) => found[checkedAs[i]].map((comment) => ({ ...comment, line: s.line })));
}
async function checkScripts(program, scripts, opts) {
  const found = scripts.map(() => []);
  if (scripts.length === 0) return found;
  const run2 = opts.run ?? runIn;
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  let dir;
  try {
    dir = (0, import_node_fs7.mkdtempSync)((0, import_node_path14.join)(opts.tempDir ?? (0, import_node_os3.tmpdir)(), "container-gate-shellcheck-"));
    for (const [i, { script }] of scripts.entries()) (0, import_node_fs7.writeFileSync)((0, import_node_path14.join)(dir, String(i)), script);
  } catch (error) {
    if (dir !== void 0) (0, import_node_fs7.rmSync)(dir, { recursive: true, force: true });
    return { unavailable: `the scripts could not be written for shellcheck (${describeFsError(error)}), so the ShellCheck (SC) checks of RUN scripts were skipped` };
  }
  const folder = dir;
  try {
    const failures = await mapLimited(
      batchesOf(scripts, concurrency),
      concurrency,
      async ({ shell, indexes }) => readBatch(await run2(program, shellcheckArgs(shell, indexes.map(String)), folder), found)
    );
    return failures.find((f) => f !== void 0) ?? found;
  } finally {
    (0, import_node_fs7.rmSync)(folder, { recursive: true, force: true });
  }
}
function batchesOf(scripts, concurrency) {
  const byShell = /* @__PURE__ */ new Map();
  scripts.forEach((s, i) => {
    const indexes = byShell.get(s.shell);
    if (indexes) indexes.push(i);
    else byShell.set(s.shell, [i]);
  });
  return [...byShell].flatMap(([shell, indexes]) => {
    const size = Math.min(BATCH_SIZE.max, Math.max(BATCH_SIZE.min, Math.ceil(indexes.length / concurrency)));
    return Array.from({ length: Math.ceil(indexes.length / size) }, (_, b) => ({ shell, indexes: indexes.slice(b * size, (b + 1) * size) }));
  });
}
function readBatch(result, found) {
  if (result.startError !== void 0 || result.exitCode !== 0 && result.exitCode !== 1) {
    const why = result.startError ?? `exit code ${result.exitCode}${describe3(result.stderr)}`;
    return { unavailable: `shellcheck failed (${why}), so the ShellCheck (SC) checks of RUN scripts were skipped` };
  }
  try {
    for (const { file, ...comment } of shellcheckComments(result.stdout)) {
      const own = /^\d+$/.test(file) ? found[Number(file)] : void 0;
      if (own === void 0) throw new Error(`a comment is about "${file}", a file that was not checked`);
      own.push(comment);
    }
  } catch (error) {
    return { unavailable: `shellcheck gave output this tool cannot read (${error.message}; version 0.7 or later is needed), so the ShellCheck (SC) checks were skipped` };
  }
  return void 0;
}
function describe3(stderr) {
  const last = lastNonBlankLine(stderr);
  return last === void 0 ? "" : `: ${last}`;
}
function runIn(program, args, cwd) {
  return runLocal(program, args, { cwd });
}
async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/shellcheck/script.ts
var PROXY_VARIABLES = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"];
var DIALECTS = /* @__PURE__ */ new Map([
  ["sh", "sh"],
  ["ash", "sh"],
  ["busybox", "sh"],
  ["bash", "bash"],
  ["dash", "dash"],
  ["ksh", "ksh"],
  ["mksh", "ksh"],
  ["ksh93", "ksh"],
  ["pdksh", "ksh"]
]);
function shellcheckScripts(model, opts = {}) {
  if (model.problems.length > 0) return [];
  const pragmaAt = typeof opts.shellPragma === "function" ? opts.shellPragma : () => opts.shellPragma;
  const scripts = [];
  const namesAtEnd = /* @__PURE__ */ new Map();
  for (const stage of model.stages) {
    const names2 = new Set(stage.parent === void 0 ? PROXY_VARIABLES : namesAtEnd.get(stage.parent) ?? PROXY_VARIABLES);
    let exports2;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "ARG" || instruction.keyword === "ENV") {
        for (const p of instruction.properties) {
          if (!names2.has(p.key)) exports2 = void 0;
          names2.add(p.key);
        }
      }
      const run2 = instruction.keyword === "RUN" ? instruction : instruction.trigger?.keyword === "RUN" ? instruction.trigger : void 0;
      if (run2 && !run2.execForm) {
        const shell = activeShell(model, instruction) ?? pragmaArgv(pragmaAt(instruction.line));
        exports2 ??= exportLines(names2);
        scripts.push(...scriptsOf(run2, shell, exports2));
      }
    }
    namesAtEnd.set(stage.index, names2);
  }
  return scripts;
}
function dialectOf(program) {
  return DIALECTS.get(programName(program).toLowerCase());
}
function pragmaArgv(pragma) {
  return pragma === void 0 ? DEFAULT_SHELL : [pragma];
}
function exportLines(names2) {
  return [...names2].sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((n) => `export ${n}=1
`).join("");
}
function scriptsOf(run2, shell, exports2) {
  if (!isPosixShell(interpreter(shell))) return [];
  return shellRuns(run2, shell).flatMap(({ program, script }) => {
    const dialect = dialectOf(program);
    if (dialect === void 0) return [];
    const shebang = program.startsWith("/") ? program : `/usr/bin/env ${program}`;
    return [{ line: run2.line, shell: dialect, script: `#!${shebang}
${exports2}${script}` }];
  });
}

// src/shellcheck/index.ts
var MAX_SCRIPT_BYTES = 256 * 1024;
async function shellcheckDockerfile(model, opts = {}) {
  const [findings] = await shellcheckDockerfiles([model], opts);
  return findings;
}
async function shellcheckDockerfiles(models, opts = {}) {
  const program = findShellcheck(opts.searchPath);
  if (program === void 0) {
    const skipped = notOnPath(models);
    return models.map(() => ({ hits: [], ...skipped !== void 0 && { skipped } }));
  }
  const perModel = models.map((model) => {
    const scripts = scriptsOf2(model);
    const bytes = [...new Set(scripts.map((s) => s.script))].reduce((n, script) => n + Buffer.byteLength(script), 0);
    if (bytes <= MAX_SCRIPT_BYTES) return { scripts };
    return {
      scripts: [],
      tooLarge: `ShellCheck (SC) checks were skipped for this Dockerfile: its RUN scripts hold ${megabytes(bytes)} of shell, more than the ${megabytes(MAX_SCRIPT_BYTES)} ShellCheck is given per Dockerfile (it would take minutes); split the Dockerfile to have them checked`
    };
  });
  const done = (hits2, skipped) => perModel.map(({ tooLarge }, i) => ({ hits: hits2(i), ...skipped !== void 0 && { skipped }, ...tooLarge !== void 0 && { tooLarge } }));
  const result = await runShellcheck(program, perModel.flatMap((m) => m.scripts), opts);
  if (!Array.isArray(result)) return done(() => [], result.unavailable);
  let next = 0;
  const hits = perModel.map((m) => uniqueHits(result.slice(next, next += m.scripts.length).flat()));
  return done((i) => hits[i]);
}
function notOnPath(models) {
  return models.some((model) => scriptsOf2(model).length > 0) ? SHELLCHECK_NOT_ON_PATH : void 0;
}
function scriptsOf2(model) {
  const pragmas = readPragmas(model, () => void 0);
  return shellcheckScripts(model, { shellPragma: (line) => pragmaShell(pragmas, line) });
}
function megabytes(bytes) {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`;
}

// src/pipeline.ts
async function runPipeline(opts, log) {
  const dockerfilePath = (0, import_node_path15.resolve)(opts.workspace, opts.dockerfile);
  const text = readDockerfile(dockerfilePath, opts.dockerfile);
  const settings = lintSettings(opts);
  const config = settings.config;
  const model = safeParse(text);
  const wrongTarget = missingTarget(model, opts.target);
  if (wrongTarget) throw new UsageError(`${opts.dockerfile}: ${wrongTarget}. Set target to one of them, or leave it empty to build the last stage.`);
  const linted = await log.step("lint", () => lintDockerfile(model, config, opts, log));
  const plan = opts.build ? await planBuild(opts) : void 0;
  const prepare = opts.scanner ?? prepareScanner;
  const scanner = opts.scan ? await log.step("prepare scan", () => prepare(scannerSettings(opts), log)) : void 0;
  const build2 = await log.step("build", () => buildStep(opts, plan, dockerfilePath, text, log));
  const lint = build2.facts ? withImageFacts(linted, model, config, opts.dockerfile, build2.facts) : linted;
  const scanned = await log.step("scan", () => scanStep(opts, build2, scanner, log));
  const compared = opts.compare ? await opts.compare({ model, lint, scan: scanned }, log) : void 0;
  const findings = compared?.lint ?? lint;
  const scan2 = compared?.scan ?? scanned;
  const { policy, comparison } = scopedPolicy(lintPolicy(opts, settings), compared?.comparison);
  const verdict = decide(findings, build2, scan2, policy);
  return {
    dockerfile: opts.dockerfile,
    fromLine: builtStage(model, opts.target)?.from.line,
    lint: sortFindings(findings),
    build: build2,
    scan: scan2,
    policy,
    verdict,
    context: opts.runContext,
    ...comparison && { comparison }
  };
}
function readDockerfile(path18, shown) {
  const text = readTextFile(path18);
  if (typeof text === "string") return text;
  throw new UsageError(`${shown}: cannot read the Dockerfile (${text.reason}). Check the dockerfile setting, relative to ${dirOf(path18, shown)}.`);
}
function dirOf(path18, shown) {
  return path18.slice(0, path18.length - shown.length) || ".";
}
function lintSettings(opts) {
  const catalog = rules.map((r) => r.meta);
  return loadLintSettings({
    cwd: opts.workspace,
    home: (0, import_node_os4.homedir)(),
    env: process.env,
    configPath: opts.config || void 0,
    cli: { profile: opts.profile, target: opts.target },
    ...opts.hadolint && { actionInputs: hadolintActionLayer(opts.hadolint, catalog) },
    catalog
  });
}
function lintPolicy(opts, settings) {
  const fromConfig = opts.failOnLintFromConfig ? lintGateFromConfig(settings) : void 0;
  return fromConfig === void 0 ? opts.policy : { ...opts.policy, failOnLint: fromConfig };
}
async function lintDockerfile(model, config, opts, log) {
  const shellcheck = await shellcheckDockerfile(model, { tempDir: opts.tempDir });
  for (const note of [shellcheck.skipped, shellcheck.tooLarge]) if (note) log.warn(note);
  return lintModel(rules, model, opts.dockerfile, config, shellcheck.hits);
}
function withImageFacts(linted, model, config, file, image) {
  const codes = new Set(IMAGE_RULES.map((r) => r.meta.code));
  const bases = image.base?.config ? /* @__PURE__ */ new Map([[image.base.image, image.base.config]]) : void 0;
  return [...linted.filter((f) => !codes.has(f.code)), ...lintModel(IMAGE_RULES, model, file, config, [], { image, ...bases && { bases } })];
}
function scannerSettings(opts) {
  return {
    trivyVersion: opts.trivyVersion,
    ...opts.missingTool === "fail" && { install: { checksum: opts.trivyChecksum, downloadUrl: opts.trivyDownloadUrl } },
    cacheDb: opts.cacheDb,
    dbRepositories: opts.dbRepositories,
    javaDbRepositories: opts.javaDbRepositories,
    ignoreFile: opts.trivyignore,
    ...opts.trivyignores && { ignoreFiles: opts.trivyignores },
    ...opts.trivyScan && { scanSettings: opts.trivyScan },
    ignoreUnfixed: opts.ignoreUnfixed,
    timeoutMs: opts.trivyTimeoutMs,
    scanSwitch: opts.switches.scan,
    workspace: opts.workspace,
    tempDir: opts.tempDir
  };
}
async function planBuild(opts) {
  const buildArgs2 = parseBuildArgs(opts.buildArgs);
  const docker2 = await detectDocker(void 0, opts.switches.build);
  if (!docker2.available) return { outcome: { status: opts.missingTool === "fail" ? "failed" : "skipped", reason: docker2.reason } };
  return { builder: chooseBuilder(opts.buildInputs ?? NO_BUILD_INPUTS, { buildx: docker2.buildx, clientVersion: docker2.clientVersion }), buildArgs: buildArgs2 };
}
async function buildStep(opts, plan, dockerfilePath, text, log) {
  if (!plan) {
    if (!opts.scan) return { status: "skipped", reason: "build is off" };
    return existingImage(opts.image, text, log);
  }
  if ("outcome" in plan) return plan.outcome;
  const { builder, buildArgs: buildArgs2 } = plan;
  const inputs = opts.buildInputs ?? NO_BUILD_INPUTS;
  const built = await log.tool(
    `docker ${builder === "buildx" ? "buildx build" : "build"} ${opts.context}`,
    (onLine) => buildImage(
      {
        dockerfile: dockerfilePath,
        dockerfileText: text,
        context: (0, import_node_path15.resolve)(opts.workspace, opts.context),
        tag: opts.image,
        buildArgs: buildArgs2,
        target: opts.target,
        buildx: builder === "buildx",
        buildkit: builder === "buildkit",
        inputs: { ...inputs, secretFiles: inputs.secretFiles.map(({ id, src }) => ({ id, src: (0, import_node_path15.resolve)(opts.workspace, src) })) },
        tempDir: opts.tempDir,
        timeoutMs: opts.buildTimeoutMs
      },
      onLine
    )
  );
  return built.status === "ok" && built.imageId ? withFacts(built, built.imageId, text, opts.target, log) : built;
}
async function withFacts(outcome, image, text, target, log) {
  try {
    return { ...outcome, facts: await readImageFacts({ image, dockerfileText: text, ...target && { target } }) };
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    log.warn(`Could not read the image's history and config: ${e.message}`);
    return outcome;
  }
}
async function existingImage(image, text, log) {
  try {
    const found = await inspectImage(image);
    const outcome = { status: "skipped", reason: "build is off; scanning the given image", image, imageId: found.id, imageSize: found.size };
    return withFacts(outcome, image, text, "", log);
  } catch (e) {
    return { status: "failed", reason: e.message, image };
  }
}
async function scanStep(opts, build2, scanner, log) {
  if (!scanner) return { status: "skipped", reason: !opts.build && !opts.image ? "there is no image to scan: the build is off and no image was named" : "scan is off" };
  if (!scanner.ready) return { status: scanner.missing && opts.missingTool === "skip" ? "skipped" : "failed", reason: scanner.reason };
  if (!build2.imageId || !build2.image) {
    await scanner.db;
    return { status: "skipped", reason: build2.status === "failed" ? "there is no image to scan: the build failed" : "there is no image to scan: the build was skipped" };
  }
  const scan2 = await scanWith(scanner, build2.image, log);
  return scan2.report && build2.facts ? { ...scan2, report: attributeVulnerabilities(scan2.report, build2.facts) } : scan2;
}

// src/report/comment.ts
var import_node_crypto3 = require("node:crypto");

// src/report/format.ts
var SIZE_UNITS = ["kB", "MB", "GB", "TB"];
function humanSize(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  let value = bytes;
  let unit = -1;
  while (value >= 1e3 && unit < SIZE_UNITS.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(1)} ${SIZE_UNITS[unit]}`;
}
function humanDuration(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const seconds = Math.round(ms / 1e3);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural2(n, one, many) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
function versionChange(v) {
  return `${v.installedVersion} \u2192 ${v.fixedVersion ?? "no fix"}`;
}

// src/report/comparison.ts
var NEW_MARK = "\u{1F195} new";
var NOTE_MAX = 500;
var SOURCE_MAX = 200;
function newCounts(run2) {
  return {
    vulnerabilities: (run2.scan.report?.vulnerabilities ?? []).filter((v) => v.introduced === true).length,
    lint: run2.lint.filter((f) => f.introduced === true).length
  };
}
function sizeChange(bytes, before) {
  const diff = bytes - before;
  const sign = diff > 0 ? "+" : diff < 0 ? "-" : "\xB1";
  const percent = before > 0 ? ` (${diff === 0 ? "" : sign}${Math.round(Math.abs(diff) / before * 100)}%)` : "";
  return `${sign}${humanSize(Math.abs(diff))}${percent}`;
}
function baselineSizeChange(run2) {
  const before = run2.comparison?.baseline?.imageSize;
  const now = run2.build.imageSize;
  return before !== void 0 && now !== void 0 ? sizeChange(now, before) : void 0;
}
function comparisonSentence(run2) {
  const baseline = run2.comparison?.baseline;
  if (!baseline) return void 0;
  const counts = newCounts(run2);
  const commit = baseline.commit ? ` (commit ${baseline.commit.slice(0, 7)})` : "";
  const found = [
    ...baseline.vulnerabilities !== void 0 ? [plural2(baseline.vulnerabilities, "vulnerability", "vulnerabilities")] : [],
    plural2(baseline.lintFindings, "lint finding", "lint findings")
  ].join(" and ");
  return `Compared with the baseline from ${truncate(baseline.source, SOURCE_MAX)}${commit}, which had ${found}: this pull request brings ${plural2(counts.vulnerabilities, "new vulnerability", "new vulnerabilities")} and ${plural2(counts.lint, "new lint finding", "new lint findings")}.`;
}
function comparisonLines(run2) {
  const comparison = run2.comparison;
  if (!comparison) return [];
  const sentence = comparisonSentence(run2);
  return [
    ...sentence !== void 0 ? [`\u{1F195} ${escapeMarkdown(sentence)}`] : [],
    ...comparison.notes.map((note) => `> \u2139\uFE0F ${truncate(escapeMarkdown(note), NOTE_MAX)}`)
  ].flatMap((line, i) => i === 0 ? [line] : ["", line]);
}
function markNew(text, introduced) {
  return introduced === true ? `${NEW_MARK} ${text}` : text;
}

// src/report/fit.ts
var PRIORITIES = [0, 1, 2];
function fixedSize(sections, measure) {
  return sections.reduce((n, s) => n + [...s.head, ...s.tail ?? [], ...s.rows?.head ?? []].reduce((m, l) => m + measure(l) + 1, 0), 0);
}
function fitSections(sections, budget) {
  const lineSize = (line) => budget.measure(line) + 1;
  const sum = (lines2) => lines2.reduce((n, l) => n + lineSize(l), 0);
  const noteSize = (line) => lineSize("") + lineSize(line);
  const count = (i) => sections[i].rows?.lines.length ?? 0;
  const priority = (i, j) => sections[i].rows?.priority?.(j) ?? 0;
  let size = sections.reduce((n, s) => n + sum(s.head) + sum(s.tail ?? []), 0);
  const taken = sections.map(() => []);
  const rowSizes = sections.map(() => []);
  const full = /* @__PURE__ */ new Set();
  for (const level of PRIORITIES) {
    sections.forEach((s, i) => {
      while (s.rows && !full.has(i) && taken[i].length < count(i) && priority(i, taken[i].length) === level) {
        const text = s.rows.lines.at(taken[i].length);
        const rowSize = lineSize(text);
        const add = rowSize + (taken[i].length === 0 ? sum(s.rows.head) : 0);
        if (size + add > budget.max) full.add(i);
        else {
          taken[i].push(text);
          rowSizes[i].push(rowSize);
          size += add;
        }
      }
    });
    if (full.size > 0) break;
  }
  const total = sections.reduce((n, _, i) => n + count(i), 0);
  const first = sections.map((_, i) => {
    const starts = PRIORITIES.map(() => count(i));
    for (let j = count(i) - 1; j >= 0; j--) starts[priority(i, j)] = j;
    for (let p = PRIORITIES.length - 2; p >= 0; p--) starts[p] = Math.min(starts[p], starts[p + 1]);
    return starts;
  });
  const names2 = sections.map(() => /* @__PURE__ */ new Map());
  const nameOf = (i, j) => {
    let name = names2[i].get(j);
    if (name === void 0) names2[i].set(j, name = sections[i].rows.name(j));
    return name;
  };
  const settle = (naming) => {
    const kept2 = taken.map((texts) => texts.length);
    const keptSize = (i, k) => k === 0 ? 0 : sum(sections[i].rows.head) + rowSizes[i].slice(0, k).reduce((n, m) => n + m, 0);
    const rowsSize = sections.map((_, i) => keptSize(i, kept2[i]));
    const fixed = size - rowsSize.reduce((n, m) => n + m, 0);
    const noteOf2 = (i, k) => {
      const rows = sections[i].rows;
      if (!rows || k >= rows.lines.length) return void 0;
      const named2 = naming && rows.name ? Array.from({ length: Math.max(0, first[i][1] - k) }, (_, n) => nameOf(i, k + n)) : [];
      return rows.omitted(rows.lines.length - k, named2);
    };
    const sizeOfNote = (i, k) => {
      const note = noteOf2(i, k);
      return note === void 0 ? 0 : noteSize(note);
    };
    const noteSizes = sections.map((_, i) => sizeOfNote(i, kept2[i]));
    const sizeWith = (i, k) => {
      const others = fixed + rowsSize.reduce((n, m, x) => x === i ? n : n + m, 0) + noteSizes.reduce((n, m, x) => x === i ? n : n + m, 0);
      const dropped3 = total - kept2.reduce((n, m, x) => x === i ? n : n + m, 0) - k;
      return others + keptSize(i, k) + sizeOfNote(i, k) + (dropped3 > 0 ? noteSize(budget.overflow(dropped3)) : 0);
    };
    for (const level of [...PRIORITIES].reverse()) {
      for (let i = sections.length - 1; i >= 0; i--) {
        const start = first[i][level];
        if (kept2[i] <= start || sizeWith(i, kept2[i]) <= budget.max) continue;
        let [lo, hi] = [start, kept2[i] - 1];
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (sizeWith(i, mid) <= budget.max) lo = mid;
          else hi = mid - 1;
        }
        kept2[i] = lo;
        rowsSize[i] = keptSize(i, lo);
        noteSizes[i] = sizeOfNote(i, lo);
      }
    }
    const dropped2 = total - kept2.reduce((n, m) => n + m, 0);
    const fits = fixed + rowsSize.reduce((n, m) => n + m, 0) + noteSizes.reduce((n, m) => n + m, 0) + (dropped2 > 0 ? noteSize(budget.overflow(dropped2)) : 0) <= budget.max;
    return { kept: kept2, dropped: dropped2, fits, noteOf: noteOf2 };
  };
  const named = settle(true);
  const { kept, dropped, noteOf } = named.fits ? named : settle(false);
  const lines = sections.flatMap((s, i) => {
    const note = noteOf(i, kept[i]);
    return [
      ...s.head,
      ...s.rows && kept[i] > 0 ? [...s.rows.head, ...taken[i].slice(0, kept[i])] : [],
      ...note !== void 0 ? ["", note] : [],
      ...s.tail ?? []
    ];
  });
  if (dropped > 0) lines.push("", budget.overflow(dropped));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/report/lines.ts
var BASE_SHARE = 0.5;
function lineGroups(run2, shown) {
  const layers = run2.build.facts?.layers ?? [];
  if (layers.length === 0 && !shown.some((v) => v.line !== void 0)) return [];
  const baseLines = new Set(layers.filter((l) => l.origin === "base").map((l) => l.line));
  const byKey = /* @__PURE__ */ new Map();
  for (const v of shown) {
    const key = v.line === void 0 ? "untraced" : String(v.line);
    const group = byKey.get(key);
    if (group) group.push(v);
    else byKey.set(key, [v]);
  }
  return [...byKey.entries()].map(([key, sorted]) => {
    const line = key === "untraced" ? run2.fromLine : Number(key);
    const kind = key === "untraced" ? "untraced" : baseLines.has(line) ? "base" : "instruction";
    const instruction = kind === "untraced" ? void 0 : instructionOn(layers, line);
    return { ...line !== void 0 && { line }, ...instruction !== void 0 && { instruction }, kind, vulnerabilities: sorted, worst: sorted[0].severity, upgrades: upgrades(sorted) };
  }).sort((a, b) => Number(a.kind === "untraced") - Number(b.kind === "untraced") || (a.line ?? 0) - (b.line ?? 0));
}
function baseShare(run2) {
  const facts = run2.build.facts;
  const all = run2.scan.report?.vulnerabilities ?? [];
  if (!facts?.base || all.length === 0) return void 0;
  const baseDiffIds = new Set(facts.layers.filter((l) => l.origin === "base").map((l) => l.diffId));
  const count = all.filter((v) => v.layerDiffId !== void 0 && baseDiffIds.has(v.layerDiffId) && v.line === facts.base.line).length;
  if (count / all.length < BASE_SHARE) return void 0;
  const { image, line, digest } = facts.base;
  const pinned = image.includes("@");
  return { image, line, ...digest !== void 0 && !pinned && { pin: `${image}@${digest.slice(digest.indexOf("@") + 1)}` }, count, total: all.length };
}
function severityCounts(vulns) {
  const counts = countBySeverity(vulns);
  const urgent = ["CRITICAL", "HIGH"].filter((s) => counts[s] > 0).map((s) => `${formatCount(counts[s])} ${s}`);
  return [plural2(vulns.length, "vulnerability", "vulnerabilities"), ...urgent].join(", ");
}
function instructionOn(layers, line) {
  return layers.find((l) => l.origin !== "unknown" && l.line === line)?.instruction;
}
function upgrades(sorted) {
  const best = /* @__PURE__ */ new Map();
  for (const v of sorted) {
    const fix4 = fixOf(v);
    if (fix4 === void 0) continue;
    const known = best.get(v.pkgName);
    if (known === void 0 || compareVersions(fix4, known) > 0) best.set(v.pkgName, fix4);
  }
  return [...best.entries()].map(([pkgName, version]) => ({ pkgName, version }));
}
function fixOf(v) {
  const listed = v.fixedVersion ?? "";
  if (!listed.includes(",")) return listed.trim() || void 0;
  const fixes = listed.split(",").map((f) => f.trim()).filter((f) => f !== "").sort(compareVersions);
  return fixes.find((f) => compareVersions(f, v.installedVersion) > 0) ?? fixes.at(-1);
}
function compareVersions(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const endA = runEnd(a, i);
    const endB = runEnd(b, j);
    const x = a.slice(i, endA);
    const y = b.slice(j, endB);
    const diff = isDigit(a, i) && isDigit(b, j) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (diff !== 0) return Math.sign(diff);
    i = endA;
    j = endB;
  }
  return i < a.length ? 1 : j < b.length ? -1 : 0;
}
function isDigit(text, at) {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
function runEnd(text, at) {
  const digits = isDigit(text, at);
  let end = at + 1;
  while (end < text.length && isDigit(text, end) === digits) end++;
  return end;
}

// src/report/links.ts
function lineLink(dockerfile, line, context) {
  const { serverUrl, repository, sha } = context;
  if (!serverUrl || !repository || !sha) return String(line);
  return markdownLink(String(line), `${serverUrl.replace(/\/+$/, "")}/${encodePath(repository)}/blob/${encodeURIComponent(sha)}/${encodePath(dockerfile)}#L${line}`);
}

// src/report/image-report.ts
var INSTRUCTION_MAX = 80;
var NAME_MAX2 = 100;
var TEXT_MAX = 300;
var LINES_MAX = 20;
var UPGRADES_SHOWN = 3;
function imageSection(run2) {
  const facts = run2.build.facts;
  if (!facts) return [];
  const user = runsAsRoot(facts.user) ? `root${facts.user.trim() === "" ? " (no USER)" : ""} \u26A0\uFE0F` : inlineCode(truncate(facts.user, NAME_MAX2));
  const health = facts.healthcheck !== void 0 ? inlineCode(truncate(facts.healthcheck, TEXT_MAX)) : "none";
  const ports = facts.exposedPorts.length > 0 ? facts.exposedPorts.slice(0, 20).map((p) => inlineCode(truncate(p, NAME_MAX2))).join(", ") : "none";
  const lines = ["### Image", "", `- **Size** ${humanSize(facts.size)} \xB7 **User** ${user} \xB7 **Health check** ${health} \xB7 **Ports** ${ports}`];
  if (facts.heaviest.length > 0) {
    lines.push("", "| Line | Heaviest instructions | Size |", "| --: | --- | --: |");
    for (const w of facts.heaviest) {
      const where = w.line !== void 0 ? lineLink(run2.dockerfile, w.line, run2.context) : "\u2013";
      lines.push(`| ${where} | ${inlineCode(truncate(w.instruction, INSTRUCTION_MAX))} | ${humanSize(w.bytes)} |`);
    }
  }
  return lines;
}
function lineSection(run2, groups) {
  if (groups.length === 0) return [];
  const lines = ["### Vulnerabilities by Dockerfile line", "", ...groups.slice(0, LINES_MAX).map((g) => `- ${groupLine(g, run2)}`)];
  if (groups.length > LINES_MAX) lines.push(`- _\u2026and ${plural2(groups.length - LINES_MAX, "more line", "more lines")}._`);
  const advice = baseAdvice(run2);
  if (advice.length > 0) lines.push("", ...advice);
  return lines;
}
function groupLine(group, run2) {
  const where = group.line !== void 0 ? `line ${lineLink(run2.dockerfile, group.line, run2.context)}` : "the image";
  const what = group.instruction !== void 0 ? `, ${group.kind === "base" ? "base image " : ""}${inlineCode(truncate(group.instruction, INSTRUCTION_MAX))}` : "";
  const head = group.kind === "untraced" ? `not traced to an instruction${group.line !== void 0 ? ` (reported on ${where})` : ""}` : `${where}${what}`;
  return `${head}: ${severityCounts(group.vulnerabilities)}${upgradeText(group)}`;
}
function upgradeText(group) {
  const shown = group.upgrades.slice(0, UPGRADES_SHOWN).map((u) => `${inlineCode(truncate(u.pkgName, NAME_MAX2))} to ${escapeMarkdown(truncate(u.version, NAME_MAX2))}`);
  const more = group.upgrades.length - shown.length;
  const parts = more > 0 ? [...shown, plural2(more, "more package", "more packages")] : shown;
  const fixed = parts.length > 0 ? `; fixed by upgrading ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0]}` : "";
  const unfixed = group.vulnerabilities.filter((v) => v.fixedVersion === void 0).length;
  return `${fixed}${unfixed > 0 ? `; ${formatCount(unfixed)} ${unfixed === 1 ? "has" : "have"} no fix yet` : ""}`;
}
function baseAdvice(run2) {
  const share = baseShare(run2);
  if (!share) return [];
  const percent = Math.round(share.count / share.total * 100);
  const image = inlineCode(truncate(share.image, NAME_MAX2));
  const cg004 = run2.lint.find((f) => f.code === "CG004");
  const slimmer = cg004 ? `: ${truncate(escapeMarkdown(cg004.message), TEXT_MAX)}` : "";
  const advice = [
    `> \u26A0\uFE0F The base image ${image} (line ${lineLink(run2.dockerfile, share.line, run2.context)}) brings ${formatCount(share.count)} of the ${formatCount(share.total)} vulnerabilities (${percent}%).`,
    `A slimmer variant (slim, alpine or distroless) ships fewer packages, so fewer vulnerabilities${slimmer}.`,
    share.pin !== void 0 ? "Pin the base by the digest the engine resolved, so that a rebuild cannot swap it:" : "Pin the base by digest, so that a rebuild cannot swap it."
  ].join(" ");
  if (share.pin === void 0) return [advice];
  const pin = `FROM ${printableLine(truncate(share.pin, TEXT_MAX))}`;
  const fence = "`".repeat(Math.max(3, ...(pin.match(/`+/g) ?? []).map((r) => r.length + 1)));
  return [advice, ">", `> ${fence}dockerfile`, `> ${pin}`, `> ${fence}`];
}

// src/report/select.ts
var URGENT_SEVERITIES = ["CRITICAL", "HIGH"];
function vulnerabilityPriority(v, policy) {
  const gated = policy.failOnVuln !== "none" && atOrAbove(VULN_SEVERITIES, v.severity, policy.failOnVuln);
  if (v.severity === "CRITICAL" || gated || policy.failScope === "new" && v.introduced === true) return 0;
  return v.severity === "HIGH" ? 1 : 2;
}
function lintPriority(f, policy) {
  const gated = policy.failOnLint !== "none" && atOrAbove(LINT_LEVELS, f.level, policy.failOnLint);
  return gated || policy.failScope === "new" && f.introduced === true ? 0 : 2;
}
function secretPriority(s) {
  return s.severity === "CRITICAL" ? 0 : s.severity === "HIGH" ? 1 : 2;
}
function listFindings(run2) {
  const byPriority = (priority, then) => (a, b) => priority(a) - priority(b) || then(a, b);
  const ranks = [[], [], [], [], [], []];
  for (const v of byWorst(run2.scan.report?.vulnerabilities ?? [])) ranks[vulnerabilityPriority(v, run2.policy) * 2 + (v.introduced === true ? 0 : 1)].push(v);
  const vulns = ranks.flat();
  const urgent = vulns.filter((v) => URGENT_SEVERITIES.includes(v.severity));
  const lowerAll = vulns.filter((v) => !URGENT_SEVERITIES.includes(v.severity));
  const lower = lowerAll.filter((v) => run2.policy.severities.includes(v.severity));
  const unlisted = VULN_SEVERITIES.filter(
    (s) => !run2.policy.severities.includes(s) && lowerAll.some((v) => v.severity === s)
  );
  return {
    urgent,
    lower,
    unlisted,
    lint: [...run2.lint].sort(byPriority((f) => lintPriority(f, run2.policy), newFirst(compareLintByLine))),
    secrets: [...run2.scan.report?.secrets ?? []].sort(byPriority(secretPriority, compareSecrets)),
    misconfigurations: [...run2.scan.report?.misconfigurations ?? []].sort((a, b) => bySeverity(a, b) || compareText(a.id, b.id) || compareText(a.target, b.target)),
    licenses: [...run2.scan.report?.licenses ?? []].sort(
      (a, b) => bySeverity(a, b) || compareText(a.name, b.name) || compareText(a.pkgName ?? a.filePath ?? "", b.pkgName ?? b.filePath ?? "")
    )
  };
}
function newFirst(compare) {
  return (a, b) => Number(b.introduced === true) - Number(a.introduced === true) || compare(a, b);
}
var byWorst = memoize((vulnerabilities) => [...vulnerabilities].sort(compareVulnerabilities));
function compareVulnerabilities(a, b) {
  return VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity) || compareText(a.id, b.id) || compareText(a.pkgName, b.pkgName) || compareText(a.installedVersion, b.installedVersion) || compareText(a.target, b.target) || compareText(a.pkgPath ?? "", b.pkgPath ?? "") || compareText(a.fixedVersion ?? "", b.fixedVersion ?? "");
}
function compareLintByLine(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || LINT_LEVELS.indexOf(a.level) - LINT_LEVELS.indexOf(b.level) || compareText(a.code, b.code) || compareText(a.message, b.message);
}
function bySeverity(a, b) {
  return VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity);
}
function compareSecrets(a, b) {
  return bySeverity(a, b) || compareText(a.target, b.target) || (a.startLine ?? 0) - (b.startLine ?? 0) || compareText(a.ruleId, b.ruleId);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/prepare.ts
function prepareReport(run2) {
  const listing = listFindings(run2);
  const listed = /* @__PURE__ */ new Set([...listing.urgent, ...listing.lower]);
  return { listing, lines: lineGroups(run2, byWorst(run2.scan.report?.vulnerabilities ?? []).filter((v) => listed.has(v))) };
}
function preparer() {
  const prepared = /* @__PURE__ */ new Map();
  return (run2) => {
    let report = prepared.get(run2);
    if (!report) prepared.set(run2, report = prepareReport(run2));
    return report;
  };
}

// src/report/document.ts
var REASON_MAX = 500;
var NAME_MAX3 = 200;
var CELL_MAX = 300;
var LOG_TAIL_MAX = 32768;
function renderReport(report, opts, budget, prepare = preparer()) {
  const runs = runsOf(report);
  if (runs.length === 1 || !("runs" in report)) return fitSections(reportSections(runs[0], opts, prepare(runs[0])), budget);
  const details = report.runs.map((run2) => reportSections(run2, opts, prepare(run2)).map(demote));
  const dropOrder = report.runs.map((run2, i) => ({ i, pass: run2.verdict.pass })).sort((a, b) => Number(b.pass) - Number(a.pass) || b.i - a.i);
  const shown = new Set(report.runs.map((_, i) => i));
  const rows = report.runs.map(overviewRow);
  const head = overview(report, rows);
  const overviewRows = rows.reduce((n, l) => n + budget.measure(l) + 1, 0);
  const assemble = () => {
    const left = report.runs.length - shown.size;
    const note = left > 0 ? [{ head: [`_The details of ${plural2(left, "Dockerfile are", "Dockerfiles are")} left out for size; ${opts.elsewhere} has them._`, ""] }] : [];
    return [head, ...details.flatMap((d, i) => shown.has(i) ? d : []), ...note];
  };
  for (const { i } of dropOrder) {
    if (fixedSize(assemble(), budget.measure) + overviewRows <= budget.max) break;
    shown.delete(i);
  }
  return fitSections(assemble(), budget);
}
function overview(report, rows) {
  const failed = report.runs.filter((r) => !r.verdict.pass).length;
  const total = report.runs.length;
  const title = report.verdict.pass ? `### \u2705 Container Gate passed for ${plural2(total, "Dockerfile", "Dockerfiles")}` : `### \u274C Container Gate failed for ${formatCount(failed)} of ${plural2(total, "Dockerfile", "Dockerfiles")}`;
  return {
    head: [title, ""],
    rows: {
      head: [
        "| Dockerfile | Result | Lint errors | Lint warnings | CRITICAL | HIGH | Other vulnerabilities | New in this PR |",
        "| --- | --- | --: | --: | --: | --: | --: | --: |"
      ],
      lines: rows,
      omitted: (n) => `_\u2026and ${plural2(n, "more Dockerfile", "more Dockerfiles")} not listed here._`
    },
    tail: [""]
  };
}
function overviewRow(run2) {
  const lint = countByLevel(run2.lint);
  const vulns = run2.scan.report ? countBySeverity(run2.scan.report.vulnerabilities) : void 0;
  const introduced = run2.lint.filter((f) => f.introduced === true).length + (run2.scan.report?.vulnerabilities.filter((v) => v.introduced === true).length ?? 0);
  const cells2 = [
    inlineCode(truncate(run2.dockerfile, NAME_MAX3)),
    run2.verdict.pass ? "\u2705 passed" : "\u274C failed",
    formatCount(lint.error),
    formatCount(lint.warning),
    vulns ? formatCount(vulns.CRITICAL) : "\u2013",
    vulns ? formatCount(vulns.HIGH) : "\u2013",
    vulns ? formatCount(vulns.MEDIUM + vulns.LOW + vulns.UNKNOWN) : "\u2013",
    run2.comparison?.baseline !== void 0 ? formatCount(introduced) : "\u2013"
  ];
  return `| ${cells2.join(" | ")} |`;
}
function demote(section) {
  const down = (lines) => lines.map((l) => l.startsWith("### ") ? `#${l}` : l);
  return { ...section, head: down(section.head), ...section.tail && { tail: down(section.tail) } };
}
function reportSections(run2, opts, prepared = prepareReport(run2)) {
  const { listing } = prepared;
  const sections = [
    { head: [verdictLine(run2), ""] },
    { head: [...countTables(run2), ""] },
    { head: [...statusLines(run2), ""] }
  ];
  const comparison = comparisonLines(run2);
  if (comparison.length > 0) sections.push({ head: [...comparison, ""] });
  if (opts.buildLog && run2.build.status === "failed" && run2.build.logTail) {
    sections.push({ head: [...logBlock(run2.build.logTail), ""] });
  }
  const image = imageSection(run2);
  if (image.length > 0) sections.push({ head: [...image, ""] });
  const lines = lineSection(run2, prepared.lines);
  if (lines.length > 0) sections.push({ head: [...lines, ""] });
  if (listing.lint.length > 0) {
    sections.push({
      head: ["### Lint findings", ""],
      rows: {
        head: ["| Line | Rule | Level | Message |", "| --: | --- | --- | --- |"],
        lines: rowsOf(listing.lint, (f) => lintRow(f, run2)),
        priority: (i) => lintPriority(listing.lint[i], run2.policy),
        name: (i) => `${escapeMarkdown(listing.lint[i].code)} on line ${listing.lint[i].line}`,
        omitted: (n, named) => `_\u2026and ${plural2(n, "more lint finding", "more lint findings")} not shown here${decidingNote(named)}._`
      },
      tail: [""]
    });
  }
  if (listing.urgent.length > 0) {
    sections.push({
      head: ["### CRITICAL and HIGH vulnerabilities", ""],
      rows: vulnerabilityRows(listing.urgent, run2, (n, named) => `_\u2026and ${formatCount(n)} more CRITICAL or HIGH not shown here${decidingNote(named)}._`),
      tail: [""]
    });
  }
  if (listing.secrets.length > 0) {
    sections.push({
      head: ["### Secrets", ""],
      rows: {
        head: ["| Severity | Rule | Title | Where |", "| --- | --- | --- | --- |"],
        lines: rowsOf(listing.secrets, secretRow),
        priority: (i) => secretPriority(listing.secrets[i]),
        name: (i) => escapeMarkdown(truncate(listing.secrets[i].ruleId, NAME_MAX3)),
        omitted: (n, named) => `_\u2026and ${plural2(n, "more secret", "more secrets")} not shown here${decidingNote(named)}._`
      },
      tail: [""]
    });
  }
  if (listing.misconfigurations.length > 0) {
    sections.push({
      head: ["### Misconfigurations", ""],
      rows: {
        head: ["| Severity | Check | Title | Where |", "| --- | --- | --- | --- |"],
        lines: rowsOf(listing.misconfigurations, misconfigRow),
        priority: (i) => vulnerabilityPriority(listing.misconfigurations[i], run2.policy),
        name: (i) => escapeMarkdown(truncate(listing.misconfigurations[i].id, NAME_MAX3)),
        omitted: (n, named) => `_\u2026and ${plural2(n, "more misconfiguration", "more misconfigurations")} not shown here${decidingNote(named)}._`
      },
      tail: [""]
    });
  }
  if (listing.licenses.length > 0) {
    sections.push({
      head: ["### Licences", ""],
      rows: {
        head: ["| Severity | Licence | Category | Where |", "| --- | --- | --- | --- |"],
        lines: rowsOf(listing.licenses, licenseRow),
        priority: (i) => vulnerabilityPriority(listing.licenses[i], run2.policy),
        name: (i) => escapeMarkdown(truncate(listing.licenses[i].name, NAME_MAX3)),
        omitted: (n, named) => `_\u2026and ${plural2(n, "more licence", "more licences")} not shown here${decidingNote(named)}._`
      },
      tail: [""]
    });
  }
  if (listing.lower.length > 0) {
    const severities = VULN_SEVERITIES.filter((s) => listing.lower.some((v) => v.severity === s));
    sections.push({
      head: [`<details><summary>${severities.join(", ")}: ${plural2(listing.lower.length, "vulnerability", "vulnerabilities")}</summary>`, ""],
      rows: vulnerabilityRows(listing.lower, run2, (n, named) => `_\u2026and ${formatCount(n)} more not shown here${decidingNote(named)}._`),
      tail: ["", "</details>", ""]
    });
  }
  if (listing.unlisted.length > 0) {
    sections.push({ head: [`_${listing.unlisted.join(", ")}: counted above, not listed (the \`severities\` input leaves them out)._`, ""] });
  }
  return sections;
}
function verdictLine(run2) {
  const subject = `Container Gate ${run2.verdict.pass ? "passed" : "failed"} for ${inlineCode(truncate(run2.dockerfile, NAME_MAX3))}`;
  if (run2.verdict.pass) return `### \u2705 ${subject}`;
  const reasons = run2.verdict.reasons.map((r) => truncate(escapeMarkdown(r), REASON_MAX));
  return `### \u274C ${subject}${reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}`;
}
function countTables(run2) {
  const lint = countByLevel(run2.lint);
  const report = run2.scan.report;
  const vulnCells = report ? [inlineCode(truncate(run2.build.image ?? report.artifactName ?? "image", NAME_MAX3)), ...cells(countBySeverity(report.vulnerabilities), VULN_SEVERITIES, report.vulnerabilities.length)] : ["not scanned", ...VULN_SEVERITIES.map(() => "\u2013"), "\u2013"];
  const compared = run2.comparison?.baseline !== void 0;
  const newLint = run2.lint.filter((f) => f.introduced === true);
  const newVulns = report?.vulnerabilities.filter((v) => v.introduced === true);
  return [
    `| Lint | ${LINT_LEVELS.join(" | ")} | total |`,
    `| --- |${" --: |".repeat(LINT_LEVELS.length + 1)}`,
    `| ${[inlineCode(truncate(run2.dockerfile, NAME_MAX3)), ...cells(lint, LINT_LEVELS, run2.lint.length)].join(" | ")} |`,
    ...compared ? [`| ${[NEW_MARK, ...cells(countByLevel(newLint), LINT_LEVELS, newLint.length)].join(" | ")} |`] : [],
    "",
    `| Vulnerabilities | ${VULN_SEVERITIES.join(" | ")} | total |`,
    `| --- |${" --: |".repeat(VULN_SEVERITIES.length + 1)}`,
    `| ${vulnCells.join(" | ")} |`,
    ...compared && newVulns ? [`| ${[NEW_MARK, ...cells(countBySeverity(newVulns), VULN_SEVERITIES, newVulns.length)].join(" | ")} |`] : []
  ];
}
function cells(counts, order, total) {
  return [...order.map((k) => formatCount(counts[k])), formatCount(total)];
}
var STATUS_ICON = { ok: "\u2705", skipped: "\u23ED\uFE0F", failed: "\u274C" };
function statusLines(run2) {
  return [`- **Build** ${STATUS_ICON[run2.build.status]} ${buildStatus(run2)}`, `- **Scan** ${STATUS_ICON[run2.scan.status]} ${scanStatus(run2.scan, run2.build)}`];
}
function buildStatus(run2) {
  const build2 = run2.build;
  const image = build2.image ? inlineCode(truncate(build2.image, NAME_MAX3)) : void 0;
  if (build2.status === "ok") {
    const change = baselineSizeChange(run2);
    const size = build2.imageSize !== void 0 && `${humanSize(build2.imageSize)}${change !== void 0 ? `, ${change} against the baseline` : ""}`;
    const facts = [size, build2.builder, build2.durationMs !== void 0 && humanDuration(build2.durationMs)];
    const details = facts.filter((f) => typeof f === "string");
    return `built${image ? ` ${image}` : ""}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  }
  if (build2.status === "skipped") return `skipped${reasonText(build2.reason)}${image ? `; scanning ${image}` : ""}`;
  const where = build2.failedLine !== void 0 ? ` at line ${lineLink(run2.dockerfile, build2.failedLine, run2.context)}` : "";
  return `failed${where}${reasonText(build2.reason)}`;
}
function scanStatus(scan2, build2) {
  if (scan2.status !== "ok") return `${scan2.status}${reasonText(scan2.reason)}`;
  const report = scan2.report;
  const target = build2.image ?? report?.artifactName;
  const tool = report?.trivyVersion ? ` with Trivy ${escapeMarkdown(truncate(report.trivyVersion, NAME_MAX3))}` : "";
  const took = scan2.durationMs !== void 0 ? ` in ${humanDuration(scan2.durationMs)}` : "";
  const extra = report ? [
    ...report.misconfigurations ? [plural2(report.misconfigurations.length, "misconfiguration", "misconfigurations")] : [],
    ...report.licenses ? [plural2(report.licenses.length, "licence", "licences")] : []
  ] : [];
  const found = report ? `: ${[plural2(report.vulnerabilities.length, "vulnerability", "vulnerabilities"), plural2(report.secrets.length, "secret", "secrets"), ...extra].join(", ")}` : "";
  return `scanned${target ? ` ${inlineCode(truncate(target, NAME_MAX3))}` : ""}${tool}${took}${found}`;
}
function reasonText(reason) {
  return reason ? `: ${truncate(escapeMarkdown(reason), REASON_MAX)}` : "";
}
function logBlock(logTail) {
  const text = lastLines(printableLines(logTail).replace(/\n+$/, ""), LOG_TAIL_MAX);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return ["<details open><summary>Build log (last lines)</summary>", "", `${fence}text`, text, fence, "", "</details>"];
}
function lastLines(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(-max);
  const newline = cut.indexOf("\n");
  return newline >= 0 ? cut.slice(newline + 1) : cut.replace(/^[\udc00-\udfff]/, "");
}
function rowsOf(items, render) {
  return { length: items.length, at: (i) => render(items[i]) };
}
function lintRow(f, run2) {
  const rule = markdownLink(escapeMarkdown(f.code), f.docsUrl);
  return `| ${lineLink(run2.dockerfile, f.line, run2.context)} | ${rule} | ${markNew(f.level, f.introduced)} | ${truncate(escapeMarkdown(f.message), CELL_MAX)} |`;
}
function vulnerabilityRows(vulns, run2, omitted) {
  return {
    head: ["| Severity | ID | Package | Installed \u2192 fixed | Title |", "| --- | --- | --- | --- | --- |"],
    lines: rowsOf(vulns, vulnerabilityRow),
    priority: (i) => vulnerabilityPriority(vulns[i], run2.policy),
    name: (i) => `${escapeMarkdown(truncate(vulns[i].id, NAME_MAX3))} (${inlineCode(truncate(vulns[i].pkgName, NAME_MAX3))})`,
    omitted
  };
}
function decidingNote(named) {
  if (named.length === 0) return "";
  return `, among them ${named.length === 1 ? "one that decides" : `${formatCount(named.length)} that decide`} the verdict: ${named.join(", ")}`;
}
function vulnerabilityRow(v) {
  const id = markdownLink(escapeMarkdown(truncate(v.id, NAME_MAX3)), v.primaryUrl);
  const cells2 = [markNew(v.severity, v.introduced), id, inlineCode(truncate(v.pkgName, NAME_MAX3)), escapeMarkdown(truncate(versionChange(v), NAME_MAX3)), truncate(escapeMarkdown(v.title ?? ""), CELL_MAX)];
  return `| ${cells2.join(" | ")} |`;
}
function misconfigRow(m) {
  const check = markdownLink(escapeMarkdown(truncate(m.id, NAME_MAX3)), m.primaryUrl);
  return `| ${m.severity} | ${check} | ${truncate(escapeMarkdown(m.message ?? m.title), CELL_MAX)} | ${inlineCode(truncate(m.target, NAME_MAX3))} |`;
}
function licenseRow(l) {
  const where = truncate(l.pkgName ?? l.filePath ?? l.target, NAME_MAX3);
  return `| ${l.severity} | ${escapeMarkdown(truncate(l.name, NAME_MAX3))} | ${escapeMarkdown(l.category ?? "unknown")} | ${inlineCode(where)} |`;
}
function secretRow(s) {
  const where = `${truncate(s.target, NAME_MAX3)}${s.startLine !== void 0 ? `:${s.startLine}` : ""}`;
  return `| ${s.severity} | ${escapeMarkdown(truncate(s.ruleId, NAME_MAX3))} | ${truncate(escapeMarkdown(s.title), CELL_MAX)} | ${inlineCode(where)} |`;
}

// src/report/comment.ts
var COMMENT_MAX_LENGTH = 65536;
function commentMarker(key) {
  const safe = key.replace(/[^A-Za-z0-9._/:=+,]+/g, "-");
  if (safe === key && key.length <= MARKER_KEY_MAX) return `<!-- container-gate:${key} -->`;
  const digest = (0, import_node_crypto3.createHash)("sha256").update(key).digest("hex").slice(0, 16);
  return `<!-- container-gate:${safe.slice(0, MARKER_KEY_MAX)}~${digest} -->`;
}
var MARKER_KEY_MAX = 200;
function renderComment(report, opts, prepare = preparer()) {
  const max = opts.maxLength ?? COMMENT_MAX_LENGTH;
  const head = `${opts.marker}
`;
  const where = opts.summaryUrl ? `the ${markdownLink("job summary", opts.summaryUrl)}` : "this run's job summary";
  return head + renderReport(report, { buildLog: false, elsewhere: where }, {
    max: max - head.length,
    measure: (text) => text.length,
    overflow: (n) => `\u26A0\uFE0F ${plural2(n, "row was", "rows were")} left out to stay under GitHub's limit of ${formatCount(max)} characters per comment; ${where} has them.`
  }, prepare);
}

// src/report/tty.ts
var TITLE_MAX = 120;
var SGR = { red: "31", yellow: "33", green: "32", cyan: "36", dim: "2", bold: "1" };
var LEVEL_STYLE = { error: "red", warning: "yellow", info: "cyan", style: "dim" };
var SEVERITY_STYLE = { CRITICAL: "red", HIGH: "red", MEDIUM: "yellow", LOW: "dim", UNKNOWN: "dim" };
function renderTerminal(run2, opts) {
  const paint = (text2, style) => opts.color ? `\x1B[${SGR[style]}m${text2}\x1B[0m` : text2;
  const text = logLine;
  const { listing, lines: groups } = prepareReport(run2);
  const lines = [];
  const skipped = run2.scan.reason === void 0 ? "" : `: ${text(run2.scan.reason)}`;
  const unscanned = run2.verdict.pass && run2.scan.status === "skipped" ? ` (scan skipped${skipped})` : "";
  const subject = `Container Gate ${run2.verdict.pass ? "passed" : "failed"}${unscanned} for ${text(run2.dockerfile)}`;
  lines.push(run2.verdict.pass ? paint(`\u2714 ${subject}`, "green") : paint(`\u2716 ${subject}`, "red"));
  for (const reason of run2.verdict.reasons) lines.push(`  - ${text(reason)}`);
  lines.push("");
  const lint = countByLevel(run2.lint);
  const introduced = run2.comparison?.baseline ? newCounts(run2) : void 0;
  lines.push(`Lint             ${LINT_LEVELS.map((l) => `${lint[l]} ${l}`).join(", ")}${introduced ? ` (${introduced.lint} new)` : ""}`);
  const report = run2.scan.report;
  if (report) {
    const counts = countBySeverity(report.vulnerabilities);
    lines.push(`Vulnerabilities  ${VULN_SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ")}${introduced ? ` (${introduced.vulnerabilities} new)` : ""}`);
  } else {
    lines.push("Vulnerabilities  not scanned");
  }
  const image = run2.build.image ? ` ${text(run2.build.image)}` : "";
  const change = baselineSizeChange(run2);
  const size = run2.build.imageSize !== void 0 ? ` (${humanSize(run2.build.imageSize)}${change !== void 0 ? `, ${change} against the baseline` : ""})` : "";
  const scanned = image || (report?.artifactName ? ` ${text(report.artifactName)}` : "");
  const trivy = report?.trivyVersion ? ` with Trivy ${text(report.trivyVersion)}` : "";
  lines.push(
    `Build            ${stepLine(run2.build, `built${image}${size}`, paint)}`,
    `Scan             ${stepLine(run2.scan, `scanned${scanned}${trivy}`, paint)}`
  );
  const sentence = comparisonSentence(run2);
  const notes = run2.comparison?.notes ?? [];
  if (sentence !== void 0 || notes.length > 0) lines.push("");
  if (sentence !== void 0) lines.push(text(sentence));
  for (const note of notes) lines.push(paint(text(note), "dim"));
  const facts = run2.build.facts;
  if (facts) {
    const user = runsAsRoot(facts.user) ? paint("root", "red") : text(facts.user);
    lines.push("", "Image");
    lines.push(`  user ${user}, health check ${facts.healthcheck !== void 0 ? truncate(text(facts.healthcheck), TITLE_MAX) : "none"}, ports ${facts.exposedPorts.length > 0 ? text(facts.exposedPorts.join(" ")) : "none"}`);
    for (const w of facts.heaviest) {
      lines.push(`  ${humanSize(w.bytes).padStart(9)}  ${w.line !== void 0 ? `${text(run2.dockerfile)}:${w.line}` : "(no line)"} ${truncate(text(w.instruction), TITLE_MAX)}`);
    }
  }
  if (groups.length > 0) {
    lines.push("", "Vulnerabilities by Dockerfile line");
    for (const g of groups) {
      const where = g.kind === "untraced" ? `not traced${g.line !== void 0 ? ` (shown on ${text(run2.dockerfile)}:${g.line})` : ""}` : `${text(run2.dockerfile)}:${g.line}`;
      const what = g.instruction !== void 0 ? ` ${truncate(text(g.instruction), TITLE_MAX)}` : "";
      const fix4 = g.upgrades.length > 0 ? `; upgrade ${g.upgrades.slice(0, 3).map((u) => `${text(u.pkgName)} to ${text(u.version)}`).join(", ")}${g.upgrades.length > 3 ? ", \u2026" : ""}` : "";
      lines.push(`  ${paint(where, SEVERITY_STYLE[g.worst])}${what}: ${severityCounts(g.vulnerabilities)}${fix4}`);
    }
    const share = baseShare(run2);
    if (share) {
      lines.push(`  The base image ${text(share.image)} brings ${share.count} of the ${share.total} vulnerabilities: pin it${share.pin !== void 0 ? ` (FROM ${text(share.pin)})` : " by digest"} and try a slimmer variant.`);
    }
  }
  if (listing.lint.length > 0) {
    lines.push("", "Lint findings");
    for (const f of listing.lint) {
      lines.push(`  ${newMark(f.introduced, paint)}${text(f.file)}:${f.line} ${text(f.code)} ${paint(f.level, LEVEL_STYLE[f.level])}: ${text(f.message)}`);
    }
  }
  if (listing.urgent.length > 0) {
    lines.push("", "CRITICAL and HIGH vulnerabilities");
    for (const v of listing.urgent) {
      const title = v.title ? `  ${truncate(text(v.title), TITLE_MAX)}` : "";
      lines.push(`  ${newMark(v.introduced, paint)}${paint(v.severity.padEnd(8), SEVERITY_STYLE[v.severity])} ${text(v.id)} ${text(v.pkgName)} ${text(versionChange(v))}${title}`);
    }
  }
  if (listing.secrets.length > 0) {
    lines.push("", "Secrets");
    for (const s of listing.secrets) {
      const where = `${text(s.target)}${s.startLine !== void 0 ? `:${s.startLine}` : ""}`;
      lines.push(`  ${paint(s.severity.padEnd(8), SEVERITY_STYLE[s.severity])} ${text(s.ruleId)} ${where}  ${text(s.title)}`);
    }
  }
  if (listing.misconfigurations.length > 0) {
    lines.push("", "Misconfigurations");
    for (const m of listing.misconfigurations) lines.push(`  ${paint(m.severity.padEnd(8), SEVERITY_STYLE[m.severity])} ${text(m.id)} ${text(m.target)}  ${text(m.message ?? m.title)}`);
  }
  if (listing.licenses.length > 0) {
    lines.push("", "Licences");
    for (const l of listing.licenses) lines.push(`  ${paint(l.severity.padEnd(8), SEVERITY_STYLE[l.severity])} ${text(l.name)} (${text(l.category ?? "unknown")}) ${text(l.pkgName ?? l.filePath ?? l.target)}`);
  }
  const lowerCount = (report?.vulnerabilities.length ?? 0) - listing.urgent.length;
  if (lowerCount > 0) lines.push("", `${plural2(lowerCount, "lower-severity vulnerability is", "lower-severity vulnerabilities are")} counted above but not listed here.`);
  return `${lines.join("\n")}
`;
}
function newMark(introduced, paint) {
  return introduced === true ? `${paint("new", "bold")} ` : "";
}
function stepLine(outcome, done, paint) {
  if (outcome.status === "ok") return done;
  const reason = outcome.reason ? `: ${logLine(outcome.reason)}` : "";
  return `${paint(outcome.status, outcome.status === "failed" ? "red" : "dim")}${reason}`;
}

// src/cli/formats.ts
var CHECK_FORMATS = ["tty", "markdown"];

// src/cli/io.ts
var import_node_util = require("node:util");
function parseCliArgs(args, options, command) {
  const start = trailingOperands(args);
  try {
    const parsed = (0, import_node_util.parseArgs)({ args: args.slice(0, start), options, allowPositionals: true, strict: true });
    return start === args.length ? parsed : { ...parsed, positionals: parsed.positionals.concat(args.slice(start)) };
  } catch (e) {
    throw new UsageError(`${e.message}. Run container-gate ${command} --help.`);
  }
}
function trailingOperands(args) {
  let start = args.length;
  while (start > 0 && !args[start - 1].startsWith("-")) start--;
  return start > 0 && start < args.length ? start + 1 : start;
}

// src/cli/terminal-log.ts
var SPINNER = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function terminalLog(err) {
  return {
    async step(name, fn) {
      const started = performance.now();
      const title = logLine(name);
      err.write(`\u25B8 ${title}
`);
      try {
        return await fn();
      } finally {
        err.write(`  ${title} took ${formatDuration(performance.now() - started)}
`);
      }
    },
    async tool(label, fn) {
      err.write(`  $ ${logLine(label)}
`);
      if (!err.isTTY) return fn((line) => err.write(`  \u2502 ${logLine(line)}
`));
      const started = performance.now();
      let latest = "";
      let frame = 0;
      const draw = () => {
        const head = `  ${SPINNER[frame++ % SPINNER.length]} ${formatDuration(performance.now() - started)} `;
        const room = Math.max(0, (err.columns ?? 80) - head.length - 1);
        err.write(`\r\x1B[2K${head}${latest.slice(0, room)}`);
      };
      const timer = setInterval(draw, 100);
      try {
        return await fn((line) => {
          latest = logLine(line);
        });
      } finally {
        clearInterval(timer);
        err.write("\r\x1B[2K");
      }
    },
    info: (message2) => err.write(`  ${logLine(message2)}
`),
    warn: (message2) => err.write(`  warning: ${logLine(message2)}
`)
  };
}

// src/cli/check-command.ts
var CHECK_USAGE = `Usage: container-gate check [options]

Lint the Dockerfile, build the image and scan it with Trivy, then print the gate's verdict.
Exit status: 0 when the gate passes, 1 when it fails, 2 for a usage error.

Options:
  --dockerfile FILE       Dockerfile to check, or a glob (repeatable; default: Dockerfile)
  --context DIR           build context (default: each Dockerfile's own folder)
  --image NAME            tag for the built image; with --no-build, the image to scan
  --build-arg KEY=VALUE   build argument (repeatable)
  --target STAGE          build stage to stop at
  --config FILE           lint configuration (default: .hadolint.yaml or .hadolint.yml, searched as hadolint does)
  --profile PROFILE       lint rules: production (default) or hadolint (hadolint's rules only)
  --no-build              do not build; scan --image if given
  --no-scan               do not scan
  --fail-on-vuln LEVEL    critical (default), high, medium, low, unknown or none
  --fail-on-lint LEVEL    error, warning, info, style or none (default: the lint config's failure-threshold
                          or no-fail when one sets it, else error)
  --severity LIST         severities shown, comma-separated (default: all)
  --trivyignore FILE      Trivy ignore file (default: .trivyignore or .trivyignore.yaml when present)
  --ignore-unfixed        leave out vulnerabilities that have no fixed version
  --trivy-timeout TIME    stop Trivy, and fail the scan, when its DB download or scan runs longer than this
                          (default: ${DEFAULT_TRIVY_TIMEOUT}; like 90s, 5m or 1h30m)
  --build-timeout TIME    stop the build, and fail it, when it runs longer than this (default: ${DEFAULT_BUILD_TIMEOUT})
  --baseline-file FILE    compare with a run's results (written by --write-baseline) and mark what is new:
                          vulnerabilities it lacks, lint findings on lines changed since its commit
  --fail-scope SCOPE      all (default) or new: with new, gate only on what --baseline-file lacks
  --write-baseline FILE   write this run's results, to compare later runs with
  --format FORMAT         ${CHECK_FORMATS.join(", ")}: tty (default) is this terminal's report, markdown exactly the
                          pull-request comment
  --no-color              no colours in tty output
`;
async function runCheckCommand(args, io) {
  const { values, positionals } = parseCliArgs(args, {
    dockerfile: { type: "string", multiple: true, default: ["Dockerfile"] },
    context: { type: "string", default: "" },
    image: { type: "string", default: "" },
    "build-arg": { type: "string", multiple: true, default: [] },
    target: { type: "string", default: "" },
    config: { type: "string", default: "" },
    profile: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "no-scan": { type: "boolean", default: false },
    "fail-on-vuln": { type: "string", default: "critical" },
    "fail-on-lint": { type: "string" },
    severity: { type: "string", default: "" },
    trivyignore: { type: "string", default: "" },
    "ignore-unfixed": { type: "boolean", default: false },
    "trivy-timeout": { type: "string", default: DEFAULT_TRIVY_TIMEOUT },
    "build-timeout": { type: "string", default: DEFAULT_BUILD_TIMEOUT },
    "baseline-file": { type: "string", default: "" },
    "fail-scope": { type: "string", default: "all" },
    "write-baseline": { type: "string", default: "" },
    format: { type: "string", default: "tty" },
    "no-color": { type: "boolean", default: false }
  }, "check");
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}". Name the Dockerfile with --dockerfile.`);
  }
  const format = parseChoice("--format", values.format, CHECK_FORMATS);
  const failScope = parseChoice("--fail-scope", values["fail-scope"], FAIL_SCOPES);
  const baselineFile = values["baseline-file"];
  if (failScope === "new" && baselineFile === "") {
    throw new UsageError("--fail-scope new: there is nothing to tell what is new against. Pass --baseline-file FILE (written by --write-baseline).");
  }
  const dockerfiles = await findDockerfiles(io.cwd, values.dockerfile, DOCKERFILE_FLAG);
  const several = dockerfiles.length > 1;
  if (several && (baselineFile !== "" || values["write-baseline"] !== "")) {
    throw new UsageError(`--baseline-file and --write-baseline compare one Dockerfile, and --dockerfile names ${dockerfiles.length}. Check them one at a time.`);
  }
  if (several && values.image !== "") {
    throw new UsageError(`--image names one tag, and --dockerfile names ${dockerfiles.length} Dockerfiles. Leave it out: each gets its own tag.`);
  }
  const baseline = baselineFile === "" ? void 0 : await readBaselineFile((0, import_node_path16.resolve)(io.cwd, baselineFile), baselineFile);
  const build2 = !values["no-build"];
  const scan2 = !values["no-scan"];
  if (values.image !== "") imageReference("--image", values.image, build2 ? "build" : "scan");
  const settings = {
    workspace: io.cwd,
    build: build2,
    buildArgs: values["build-arg"].join("\n"),
    target: values.target,
    scan: scan2 && (build2 || values.image !== ""),
    trivyVersion: DEFAULT_TRIVY_VERSION,
    // On a laptop Trivy keeps its own DB cache and comes from the user's install; the action adds both.
    dbRepositories: DEFAULT_DB_REPOSITORIES,
    javaDbRepositories: DEFAULT_JAVA_DB_REPOSITORIES,
    cacheDb: false,
    trivyignore: values.trivyignore,
    ignoreUnfixed: values["ignore-unfixed"],
    trivyTimeoutMs: parseDuration("--trivy-timeout", values["trivy-timeout"]),
    buildTimeoutMs: parseDuration("--build-timeout", values["build-timeout"]),
    config: values.config,
    profile: values.profile === void 0 ? void 0 : parseChoice("--profile", values.profile, PROFILES),
    tempDir: (0, import_node_os5.tmpdir)(),
    policy: {
      failOnVuln: parseFailOnVuln("--fail-on-vuln", values["fail-on-vuln"]),
      failOnLint: parseFailOnLint("--fail-on-lint", values["fail-on-lint"] ?? "error"),
      severities: parseSeverities("--severity", values.severity),
      failScope
    },
    failOnLintFromConfig: values["fail-on-lint"] === void 0,
    runContext: {},
    missingTool: "skip",
    switches: { build: "--no-build", scan: "--no-scan" },
    scanner: sharedScanner()
  };
  const log = terminalLog(io.stderrStream);
  const runs = [];
  for (const dockerfile of dockerfiles) {
    runs.push(
      await runPipeline(
        {
          ...settings,
          dockerfile,
          context: values.context || ownContext(dockerfile),
          image: values.image || (build2 ? defaultImageTag("check", "local", several ? dockerfile : void 0) : ""),
          // On a laptop the working tree is what changed: uncommitted edits count.
          ...baseline && {
            compare: baselineComparer({ workspace: io.cwd, dockerfile, diff: { against: "working-tree" }, load: async () => baseline })
          }
        },
        several ? logFor(log, dockerfile) : log
      )
    );
  }
  const gate = combineRuns(runs);
  const writeTo = values["write-baseline"];
  if (writeTo !== "") {
    const refused = await writeBaselineFile(runs[0], (0, import_node_path16.resolve)(io.cwd, writeTo), await headCommit(io.cwd));
    io.stderr(refused === void 0 ? `Baseline written to ${writeTo}.
` : `Baseline not written: ${refused}.
`);
  }
  const report = format === "markdown" ? renderComment(gate, { marker: commentMarker(values.dockerfile.join(",")) }) : runs.map((run2) => renderTerminal(run2, { color: io.color && !values["no-color"] })).join("\n");
  io.stdout(report.endsWith("\n") ? report : `${report}
`);
  return gate.verdict.pass ? 0 : 1;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHECK_USAGE,
  runCheckCommand
});
