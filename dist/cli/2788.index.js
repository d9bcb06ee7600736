export const id = 2788;
export const ids = [2788,3567];
export const modules = {

/***/ 31277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54135);


/**
 * `env:` of a workflow or custom command: a map (`NAME: value`) or Atmos's list form
 * (`- key: NAME\n  value: v`). Values are templated like steps.
 */
function commandEnv(raw, data, where) {
    if (raw === undefined || raw === null)
        return {};
    const pairs = Array.isArray(raw)
        ? raw.map((e, i) => {
            if (!e || typeof e !== 'object' || typeof e.key !== 'string') {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}.env[${i}] must be {key, value}`, { code: 'CONFIG_INVALID' });
            }
            return [e.key, e.value];
        })
        : typeof raw === 'object'
            ? Object.entries(raw)
            : [];
    if (!Array.isArray(raw) && typeof raw !== 'object') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}.env must be a map of NAME: value`, { code: 'CONFIG_INVALID' });
    }
    const out = {};
    for (const [k, v] of pairs)
        out[k] = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .renderCommandTemplate */ .i)(String(v ?? ''), data, `${where}.env.${k}`);
    return out;
}


/***/ }),

/***/ 22788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   customCommandTree: () => (/* binding */ customCommandTree),
/* harmony export */   runCustomCommand: () => (/* binding */ runCustomCommand),
/* harmony export */   templateData: () => (/* binding */ templateData)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _commandEnv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31277);
/* harmony import */ var _ensureNeeds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23714);
/* harmony import */ var _runSteps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17721);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9478);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54135);
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57246);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73567);








/** Build the command tree from `commands:` (nested `commands:` inherit their parents' tool needs). */
function customCommandTree(raw, parent) {
    return (raw ?? []).map((entry, i) => {
        const c = (entry ?? {});
        const where = parent ? `${parent.where}.commands[${i}]` : `commands[${i}]`;
        if (!c.name || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(c.name)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}.name "${c.name ?? ''}" is not a valid command name`, {
                code: 'CONFIG_INVALID',
                hint: 'Use letters, digits, "-" and "_", e.g. name: deploy-all.',
            });
        }
        const needsLayers = [...(parent?.needsLayers ?? []), (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredNeeds */ .YR)(c, where)];
        return {
            name: c.name,
            description: c.description,
            arguments: (c.arguments ?? []).map((a) => ({ name: a.name ?? '', description: a.description, required: a.required ?? false, default: a.default })),
            flags: (c.flags ?? []).map((f) => ({
                name: f.name ?? '',
                shorthand: f.shorthand,
                description: f.description,
                type: f.type ?? 'string',
                required: f.required ?? false,
                default: f.default,
            })),
            steps: (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeSteps */ .J)(c.steps, where),
            env: c.env,
            needsLayers,
            subcommands: customCommandTree(c.commands, { where, needsLayers }),
            where,
        };
    });
}
/** Template data for a command: declared arguments/flags with defaults, unset ones as "". */
function templateData(cmd, args, flags, env) {
    const Arguments = {};
    cmd.arguments.forEach((a, i) => {
        const v = args[i] ?? a.default;
        if (v === undefined && a.required) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`missing required argument <${a.name}> for "${cmd.name}"`, { code: 'USAGE', exitCode: 2 });
        }
        Arguments[a.name] = v ?? '';
    });
    const Flags = {};
    for (const f of cmd.flags) {
        const v = flags[f.name] ?? f.default;
        if (v === undefined && f.required) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`missing required flag --${f.name} for "${cmd.name}"`, { code: 'USAGE', exitCode: 2 });
        }
        Flags[f.name] = v ?? (f.type === 'bool' ? false : '');
    }
    return { Arguments, Flags, Env: (0,_workflows_js__WEBPACK_IMPORTED_MODULE_3__.stringEnv)(env) };
}
/** Run a custom command: render its steps, install its tools, run the steps. */
async function runCustomCommand(cmd, options) {
    if (cmd.steps.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`command "${cmd.name}" has no steps`, {
            code: 'CONFIG_INVALID',
            hint: cmd.subcommands.length ? `Run one of its subcommands: ${cmd.subcommands.map((s) => s.name).join(', ')}` : `Add steps under ${cmd.where}.`,
        });
    }
    const data = templateData(cmd, options.args, options.flags, options.env);
    // Render before installing: a template mistake must not cost a download.
    const steps = cmd.steps.map((s, i) => ({ ...s, command: (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .renderCommandTemplate */ .i)(s.command, data, `${cmd.where}.steps[${i}]`) }));
    const env = (0,_commandEnv_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEnv */ .z)(cmd.env, data, cmd.where);
    const prepared = await (0,_ensureNeeds_js__WEBPACK_IMPORTED_MODULE_6__/* .ensureNeeds */ .Q)(options.toolchain, cmd.needsLayers, { label: `command ${cmd.name}`, logger: options.logger, env: options.env });
    await (0,_runSteps_js__WEBPACK_IMPORTED_MODULE_7__/* .runSteps */ .r)(steps, {
        label: `command ${cmd.name}`,
        env: { ...prepared.env, ...env },
        cwd: options.cwd,
        logger: options.logger,
        self: options.self,
        dryRun: options.dryRun,
    });
}


/***/ }),

/***/ 23714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ensureNeeds)
/* harmony export */ });
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57246);
/* harmony import */ var _toolEnv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36120);


/**
 * Install everything a workflow or command needs BEFORE its first step: `.tool-versions`
 * is the default layer, then each `dependencies.tools` layer (outer → inner). Any install
 * failure throws here, so no step ever runs with a missing tool.
 */
async function ensureNeeds(toolchain, layers, options) {
    let needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .toolVersionsLayer */ .TQ)(await toolchain.configuredVersions());
    for (const layer of layers)
        if (layer.needs)
            needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeToolNeeds */ .Y0)(needs, layer.needs, layer.where);
    const names = Object.keys(needs);
    if (names.length === 0)
        return { needs, versions: {}, pathDirs: [], env: options.env };
    const task = options.logger.task(`Installing ${names.length} tool(s) for ${options.label}: ${names.join(', ')}`, {
        total: names.length,
        unit: 'items',
    });
    try {
        const result = await toolchain.ensureTools(needs);
        const installed = result.outcomes.filter((o) => o.status === 'installed').length;
        task.succeed(`Tools for ${options.label}: ${Object.entries(result.versions)
            .map(([t, v]) => `${t} ${v}`)
            .join(', ')}${installed ? ` (${installed} installed)` : ' (all already installed)'}`);
        return { needs, versions: result.versions, pathDirs: result.pathDirs, env: (0,_toolEnv_js__WEBPACK_IMPORTED_MODULE_1__/* .withPathFirst */ .Ss)(options.env, result.pathDirs) };
    }
    catch (err) {
        task.fail(`Could not install the tools for ${options.label}; no step was run`);
        throw err;
    }
}


/***/ }),

/***/ 17721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runSteps)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);


/** Shell-quote for sh (atmos-type steps are joined onto the atmos-ts command line). */
function shQuote(s) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function commandLine(step, self) {
    if (step.type === 'shell')
        return step.command;
    return [self.command, ...self.args].map(shQuote).join(' ') + ' ' + step.command;
}
function runShell(line, options) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(line, { shell: true, stdio: 'inherit', env: options.env, cwd: options.cwd });
        // Ctrl-C reaches the child through the terminal's process group; SIGTERM from a CI
        // runner does not, so forward it and let the child decide how to stop.
        const forward = (sig) => child.kill(sig);
        process.on('SIGTERM', forward);
        child.on('error', reject);
        child.on('close', (code, signal) => {
            process.off('SIGTERM', forward);
            resolve({ code, signal });
        });
    });
}
/** Run steps one by one; the first failing step stops the run with its exit code. */
async function runSteps(steps, options) {
    for (const [i, step] of steps.entries()) {
        const line = commandLine(step, options.self);
        options.logger.info(`[${i + 1}/${steps.length}] ${step.name}: ${step.command}`);
        if (options.dryRun)
            continue;
        const { code, signal } = await runShell(line, options);
        if (code === 0)
            continue;
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${options.label}: step "${step.name}" ${how}`, {
            code: 'STEP_FAILED',
            exitCode: code && code > 0 ? code : 1,
            context: { step: step.name, command: step.command },
            hint: i + 1 < steps.length || i > 0 ? `Fix the step, then resume with --from-step ${step.name}.` : undefined,
        });
    }
}


/***/ }),

/***/ 9478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ normalizeSteps),
/* harmony export */   i: () => (/* binding */ stepsFrom)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/**
 * Steps as atmos.yaml writes them: a string (a shell command) or
 * `{name, command, type: shell|atmos}`. `type: atmos` runs `atmos-ts <command>`.
 */
function normalizeSteps(raw, where) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}.steps must be a list`, { code: 'CONFIG_INVALID', hint: 'Write steps as a YAML list of commands.' });
    }
    return raw.map((entry, i) => {
        const at = `${where}.steps[${i}]`;
        if (typeof entry === 'string')
            return { name: `step${i + 1}`, command: entry, type: 'shell' };
        if (entry && typeof entry === 'object') {
            const e = entry;
            const command = e.command ?? e.run;
            if (typeof command !== 'string' || !command.trim()) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${at} has no command`, { code: 'CONFIG_INVALID', hint: 'Give each step a `command:` string.' });
            }
            const type = e.type === undefined ? 'shell' : e.type;
            if (type !== 'shell' && type !== 'atmos') {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${at}: unknown step type "${String(type)}"`, {
                    code: 'CONFIG_INVALID',
                    hint: 'Use type: shell (a shell command) or type: atmos (an atmos-ts subcommand).',
                });
            }
            return { name: typeof e.name === 'string' && e.name ? e.name : `step${i + 1}`, command, type };
        }
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${at} must be a string or a {name, command, type} map`, { code: 'CONFIG_INVALID' });
    });
}
/** Steps from the named one on (`--from-step`). */
function stepsFrom(steps, from, where) {
    if (!from)
        return steps;
    const i = steps.findIndex((s) => s.name === from);
    if (i < 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where} has no step named "${from}"`, {
            code: 'STEP_NOT_FOUND',
            hint: `Steps: ${steps.map((s) => s.name).join(', ')}`,
        });
    }
    return steps.slice(i);
}


/***/ }),

/***/ 54135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderCommandTemplate)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72999);


/** Render `{{ .Arguments.name }}` / `{{ .Flags.name }}` / `{{ .Env.NAME }}` in a step or env value. */
function renderCommandTemplate(text, data, where) {
    if (!text.includes('{{'))
        return text;
    try {
        return (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTemplate */ .X)(text, data);
    }
    catch (err) {
        if (!(err instanceof _toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$))
            throw err;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: cannot render "${text}": ${err.message}`, {
            code: 'TEMPLATE_ERROR',
            hint: 'Reference declared arguments and flags as {{ .Arguments.name }} and {{ .Flags.name }}.',
        });
    }
}


/***/ }),

/***/ 57246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ parseToolRef),
/* harmony export */   TQ: () => (/* binding */ toolVersionsLayer),
/* harmony export */   Y0: () => (/* binding */ mergeToolNeeds),
/* harmony export */   YR: () => (/* binding */ declaredNeeds)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11290);


function unrestricted(v) {
    return !v || v === 'latest';
}
/**
 * Layer `child` needs over `parent` (Atmos's merge rules):
 * - `latest`/empty on either side never restricts;
 * - a concrete parent pin is only a default, so the child overrides it;
 * - a parent constraint is policy: a concrete child must satisfy it, and a child
 *   constraint is AND-combined with it.
 */
function mergeToolNeeds(parent, child, where = 'dependencies.tools') {
    const out = { ...parent };
    for (const [tool, wanted] of Object.entries(child)) {
        const base = out[tool];
        const want = String(wanted ?? '').trim();
        if (unrestricted(base) || !(0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isConstraint */ .WD)(base)) {
            out[tool] = unrestricted(want) && base ? base : want || 'latest';
            continue;
        }
        if (unrestricted(want))
            continue;
        if ((0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isConstraint */ .WD)(want)) {
            out[tool] = `${base}, ${want}`;
            continue;
        }
        if (!(0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(want, base)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: ${tool} ${want} must satisfy the parent constraint "${base}"`, {
                code: 'DEPENDENCY_CONSTRAINT',
                explanation: `A constraint in an outer layer (.tool-versions or a parent command) is a policy that inner layers must keep.`,
                hint: `Pick a ${tool} version matching "${base}", or relax the outer constraint.`,
                context: { tool, version: want, constraint: base },
            });
        }
        out[tool] = want;
    }
    return out;
}
/** The default layer: each tool's first (default) version in `.tool-versions`. */
function toolVersionsLayer(configured) {
    const out = {};
    for (const [tool, versions] of Object.entries(configured))
        if (versions[0])
            out[tool] = versions[0];
    return out;
}
/** `helmfile@0.169.1` → `{tool: 'helmfile', version: '0.169.1'}`; a bare name has no version. */
function parseToolRef(ref) {
    const at = ref.lastIndexOf('@');
    if (at <= 0)
        return { tool: ref.trim() };
    return { tool: ref.slice(0, at).trim(), version: ref.slice(at + 1).trim() || undefined };
}
/**
 * One layer from both spellings. `needs:` (the seed design's list of `tool@version` or map)
 * means the same as `dependencies.tools`; a tool in both must ask for the same version.
 */
function declaredNeeds(entry, where) {
    const tools = entry?.dependencies?.tools;
    const needs = entry?.needs;
    if (!needs || Object.keys(needs).length === 0)
        return { needs: tools, where: `${where}.dependencies.tools` };
    if (!tools || Object.keys(tools).length === 0)
        return { needs, where: `${where}.needs` };
    for (const [tool, version] of Object.entries(needs)) {
        if (tool in tools && String(tools[tool] ?? '') !== String(version ?? '')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: ${tool} is asked for twice, ${version || 'any version'} in needs and ${tools[tool] || 'any version'} in dependencies.tools`, {
                code: 'CONFIG_INVALID',
                explanation: '`needs:` is another spelling of `dependencies.tools`; both are one list of tool needs.',
                hint: `Keep ${tool} in one of them (dependencies.tools is the Atmos spelling).`,
            });
        }
    }
    return { needs: { ...needs, ...tools }, where: `${where}.dependencies.tools` };
}


/***/ }),

/***/ 73567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorkflow: () => (/* binding */ runWorkflow),
/* harmony export */   stringEnv: () => (/* binding */ stringEnv)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _commandEnv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31277);
/* harmony import */ var _ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23714);
/* harmony import */ var _runSteps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17721);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9478);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54135);
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57246);







/** `atmos-ts workflow <name>`: install the tools, then run the steps in order. */
async function runWorkflow(options) {
    const { config, name } = options;
    const workflows = config.values.workflows ?? {};
    const wf = workflows[name];
    if (!wf) {
        const known = Object.keys(workflows);
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`no workflow named "${name}"`, {
            code: 'WORKFLOW_NOT_FOUND',
            explanation: known.length ? `Workflows in ${config.file ?? 'atmos.yaml'}: ${known.join(', ')}` : `${config.file ?? 'atmos.yaml'} defines no workflows.`,
            hint: 'Define it under `workflows:` in atmos.yaml, or run `atmos-ts workflow --list`.',
        });
    }
    const where = `workflows.${name}`;
    const steps = (0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .stepsFrom */ .i)((0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSteps */ .J)(wf.steps, where), options.fromStep, where);
    if (steps.length === 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where} has no steps`, { code: 'CONFIG_INVALID', hint: 'Add a `steps:` list.' });
    const data = { Arguments: {}, Flags: {}, Env: stringEnv(options.env) };
    const prepared = await (0,_ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureNeeds */ .Q)(options.toolchain, [(0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredNeeds */ .YR)(wf, where)], {
        label: `workflow ${name}`,
        logger: options.logger,
        env: options.env,
    });
    await (0,_runSteps_js__WEBPACK_IMPORTED_MODULE_4__/* .runSteps */ .r)(steps.map((s, i) => ({ ...s, command: (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .renderCommandTemplate */ .i)(s.command, data, `${where}.steps[${i}]`) })), {
        label: `workflow ${name}`,
        env: { ...prepared.env, ...(0,_commandEnv_js__WEBPACK_IMPORTED_MODULE_6__/* .commandEnv */ .z)(wf.env, data, where) },
        cwd: options.cwd,
        logger: options.logger,
        self: options.self,
        dryRun: options.dryRun,
    });
}
function stringEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((e) => typeof e[1] === 'string'));
}


/***/ })

};
