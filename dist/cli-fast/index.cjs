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

// src/common/errors.ts
var AtmosError;
var init_errors = __esm({
  "src/common/errors.ts"() {
    "use strict";
    AtmosError = class extends Error {
      explanation;
      hint;
      exitCode;
      code;
      context;
      constructor(message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.name = "AtmosError";
        this.explanation = options.explanation;
        this.hint = options.hint;
        this.exitCode = options.exitCode ?? 1;
        this.code = options.code ?? "ERROR";
        this.context = options.context ?? {};
      }
    };
  }
});

// src/toolchain/exec.ts
var exec_exports = {};
__export(exec_exports, {
  exitCodeFor: () => exitCodeFor,
  exitLikeChild: () => exitLikeChild,
  runTool: () => runTool
});
function runTool(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const handlers = /* @__PURE__ */ new Map();
    const interactive = (0, import_node_tty.isatty)(0);
    for (const sig of options.forward ?? DEFAULT_FORWARD) {
      const h = () => {
        if (sig === "SIGINT" && interactive) return;
        if (child.exitCode === null && child.signalCode === null) child.kill(sig);
      };
      handlers.set(sig, h);
      process.on(sig, h);
    }
    const child = (0, import_node_child_process.spawn)(file, args, { stdio: "inherit", env: options.env ?? process.env, cwd: options.cwd });
    const cleanup = () => {
      for (const [sig, h] of handlers) process.removeListener(sig, h);
    };
    child.once("error", (err) => {
      cleanup();
      reject(
        new AtmosError(`cannot run ${file}: ${err.message}`, {
          code: "EXEC_FAILED",
          explanation: err.code === "EACCES" ? "The file is not executable." : err.code === "ENOENT" ? "The file does not exist." : void 0,
          hint: "Reinstall the tool with `atmos-ts toolchain install --reinstall <tool>`.",
          exitCode: err.code === "ENOENT" ? 127 : 126,
          cause: err
        })
      );
    });
    child.once("exit", (code, signal) => {
      cleanup();
      resolve({ code, signal });
    });
  });
}
function exitCodeFor(exit) {
  if (exit.code !== null) return exit.code;
  const n = exit.signal ? import_node_os2.default.constants.signals[exit.signal] : void 0;
  return 128 + (n ?? 0);
}
function exitLikeChild(exit) {
  process.exitCode = exitCodeFor(exit);
  if (exit.signal && process.platform !== "win32") {
    process.removeAllListeners(exit.signal);
    try {
      process.kill(process.pid, exit.signal);
    } catch {
    }
  }
}
var import_node_child_process, import_node_os2, import_node_tty, DEFAULT_FORWARD;
var init_exec = __esm({
  "src/toolchain/exec.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_tty = require("node:tty");
    init_errors();
    DEFAULT_FORWARD = process.platform === "win32" ? ["SIGINT", "SIGTERM"] : ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"];
  }
});

// src/cli/fastEntry.ts
var fastEntry_exports = {};
__export(fastEntry_exports, {
  handled: () => handled
});
module.exports = __toCommonJS(fastEntry_exports);

// src/cli/fast.ts
var import_node_path3 = __toESM(require("node:path"), 1);

// src/common/paths.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function cacheRoot(env = process.env) {
  const base = env.ATMOS_XDG_CACHE_HOME || env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : import_node_path.default.join(import_node_os.default.homedir(), ".cache"));
  return import_node_path.default.resolve(base, "atmos");
}

// src/toolchain/shims/stamp.ts
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);

// src/toolchain/layout.ts
var INSTALL_META = ".atmos-install.json";

// src/toolchain/shims/stamp.ts
var STAMP_VERSION = 1;
var SHIM_STAMP = ".atmos-shims-stamp";
function relevantEnv(env, platform = process.platform) {
  const fixed = /* @__PURE__ */ new Set(["XDG_CACHE_HOME", "HOME", "USERPROFILE", "LOCALAPPDATA", "GIT_DIR", "GIT_WORK_TREE", "CI", "GITHUB_ACTIONS"]);
  const out = [];
  for (const [rawName, value] of Object.entries(env)) {
    if (value === void 0) continue;
    const name = platform === "win32" ? rawName.toUpperCase() : rawName;
    if (name === "ATMOS_TS_NO_FAST") continue;
    if (name.startsWith("ATMOS_") && !/TOKEN|SECRET|PASSWORD/.test(name) || fixed.has(name)) out.push([name, value]);
  }
  return out.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
function envDigest(env, platform = process.platform) {
  return sha256(JSON.stringify([platform, process.arch, relevantEnv(env, platform)]));
}
function stampPath(cacheRootDir, cwd, env, platform = process.platform) {
  const key = sha256(JSON.stringify([cwd, envDigest(env, platform)])).slice(0, 32);
  return import_node_path2.default.join(cacheRootDir, "toolchain-stamps", `${key}.json`);
}
function sha256(data) {
  return (0, import_node_crypto.createHash)("sha256").update(data).digest("hex");
}
function fileFact(file) {
  try {
    if ((0, import_node_fs.statSync)(file).isDirectory()) return "exists";
    return sha256((0, import_node_fs.readFileSync)(file));
  } catch (err) {
    if (err.code === "ENOENT" || err.code === "ENOTDIR") return null;
    throw err;
  }
}
function factHolds(file, fact) {
  if (fact === "exists") {
    try {
      (0, import_node_fs.statSync)(file);
      return true;
    } catch {
      return false;
    }
  }
  try {
    return fileFact(file) === fact;
  } catch {
    return false;
  }
}
function installIdentity(dir, binaries) {
  try {
    const m = (0, import_node_fs.statSync)(import_node_path2.default.join(dir, INSTALL_META));
    const sizes = {};
    for (const b of binaries) {
      const st = (0, import_node_fs.statSync)(import_node_path2.default.join(dir, b));
      if (!st.isFile()) return void 0;
      sizes[b] = st.size;
    }
    return { dir, marker: { size: m.size, mtimeMs: m.mtimeMs, ino: m.ino }, binaries: sizes };
  } catch {
    return void 0;
  }
}
function installHolds(rec) {
  const now = installIdentity(rec.dir, Object.keys(rec.binaries));
  if (!now) return false;
  if (now.marker.size !== rec.marker.size || now.marker.mtimeMs !== rec.marker.mtimeMs || now.marker.ino !== rec.marker.ino) return false;
  return Object.entries(rec.binaries).every(([b, size]) => now.binaries[b] === size);
}
function stampProblem(stamp, cwd, env) {
  if (stamp.v !== STAMP_VERSION) return `stamp version ${String(stamp.v)}`;
  if (stamp.cwd !== cwd) return `recorded for ${stamp.cwd}`;
  if (stamp.env !== envDigest(env)) return "environment changed";
  for (const [file, fact] of Object.entries(stamp.files)) if (!factHolds(file, fact)) return `${file} changed`;
  for (const rec of stamp.installs) if (!installHolds(rec)) return `${rec.dir} changed`;
  return void 0;
}
function readValidStamp(cacheRootDir, cwd, env) {
  let stamp;
  try {
    stamp = JSON.parse((0, import_node_fs.readFileSync)(stampPath(cacheRootDir, cwd, env), "utf8"));
  } catch {
    return void 0;
  }
  return stampProblem(stamp, cwd, env) === void 0 ? stamp : void 0;
}
function touchShimStamp(file, readAtMs, force = false) {
  const t = Math.floor(readAtMs / 1e3) - 1;
  try {
    if (!force && Math.floor((0, import_node_fs.statSync)(file).mtimeMs / 1e3) >= t) return;
  } catch {
    return;
  }
  (0, import_node_fs.utimesSync)(file, t, t);
}

// src/toolchain/fast.ts
async function loadToolRunner() {
  return Promise.resolve().then(() => (init_exec(), exec_exports));
}

// src/cli/fast.ts
function parseFastCommand(args) {
  if (args[0] !== "toolchain") return void 0;
  const [, sub, tool, ...rest] = args;
  const plainTool = tool !== void 0 && tool !== "" && !tool.startsWith("-") && !tool.includes("@");
  if (sub === "install" && args.length === 2) return { kind: "install" };
  if (sub === "which" && plainTool && rest.length === 0) return { kind: "which", tool };
  if ((sub === "exec" || sub === "run") && plainTool) return { kind: "exec", tool, args: rest[0] === "--" ? rest.slice(1) : rest };
  return void 0;
}
function quiet(env) {
  const level = (env.ATMOS_LOGS_LEVEL ?? env.ATMOS_LOG_LEVEL ?? "").toLowerCase();
  return level === "warn" || level === "warning" || level === "error" || level === "off";
}
async function runFast(argv, env = process.env, cwd = process.cwd(), io = process) {
  if (env.ATMOS_TS_NO_FAST) return void 0;
  const cmd = parseFastCommand(argv.slice(2));
  if (!cmd) return void 0;
  const checkedAt = Date.now();
  let stamp;
  try {
    stamp = readValidStamp(cacheRoot(env), cwd, env);
    if (!stamp) return void 0;
    for (const s of stamp.shims ?? []) touchShimStamp(import_node_path3.default.join(s.dir, SHIM_STAMP), checkedAt);
  } catch {
    return void 0;
  }
  switch (cmd.kind) {
    case "install":
      if (!quiet(env)) {
        io.stderr.write(
          `\u2713 0 installed, ${stamp.count} already installed (${stamp.count} tool version${stamp.count === 1 ? "" : "s"}; unchanged since the last install)
`
        );
      }
      return 0;
    case "which": {
      const binary = stamp.tools[cmd.tool];
      if (!binary) return void 0;
      io.stdout.write(`${binary}
`);
      return 0;
    }
    case "exec": {
      const binary = stamp.tools[cmd.tool];
      if (!binary) return void 0;
      const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
      const dir = import_node_path3.default.dirname(binary);
      const rest = (env[key] ?? "").split(import_node_path3.default.delimiter).filter((d) => d && d !== dir);
      const childEnv = { ...env, [key]: [dir, ...rest].join(import_node_path3.default.delimiter) };
      const { exitCodeFor: exitCodeFor2, exitLikeChild: exitLikeChild2, runTool: runTool2 } = await loadToolRunner();
      let exit;
      try {
        exit = await runTool2(binary, cmd.args, { env: childEnv, cwd });
      } catch (err) {
        io.stderr.write(`error: ${err.message}
`);
        return err.exitCode ?? 1;
      }
      exitLikeChild2(exit);
      return exitCodeFor2(exit);
    }
  }
}

// src/cli/fastEntry.ts
var handled = runFast(process.argv).then((code) => {
  if (code !== void 0) process.exitCode = code;
  return code !== void 0;
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  handled
});
