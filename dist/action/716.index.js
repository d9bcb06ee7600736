export const id = 716;
export const ids = [716];
export const modules = {

/***/ 92716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConsoleLogger: () => (/* binding */ ConsoleLogger),
/* harmony export */   colorEnabled: () => (/* binding */ colorEnabled)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56950);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49353);
// stderr rendering for the CLI: colors, live spinner/bar block on a TTY, plain throttled
// lines elsewhere, GitHub workflow commands when running inside Actions.


class Redactor {
    secrets = [];
    add(value) {
        if (!value || value.length < 4 || this.secrets.includes(value))
            return false;
        this.secrets.push(value);
        this.secrets.sort((a, b) => b.length - a.length);
        return true;
    }
    apply(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
}
const spinnerFrames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/**
 * stderr logger for the CLI. On a TTY, running tasks are drawn as a live block of
 * spinner/bar lines under the log; elsewhere (CI, pipes) each task prints one start
 * line, throttled progress lines and one end line, so logs stay readable.
 */
class ConsoleLogger {
    level;
    out;
    tty;
    color;
    annotations;
    redactor = new Redactor();
    live = new Set();
    drawnLines = 0;
    frame = 0;
    timer;
    constructor(options = {}) {
        this.level = options.level ?? 'info';
        this.out = options.stream ?? process.stderr;
        const isTTY = Boolean(this.out.isTTY);
        this.tty = options.tty ?? (isTTY && !process.env.CI && process.env.TERM !== 'dumb');
        this.color = options.color ?? colorEnabled(this.tty);
        this.annotations = options.githubAnnotations ?? process.env.GITHUB_ACTIONS === 'true';
    }
    debug(message) {
        if ((0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'debug'))
            this.line(`debug: ${message}`);
    }
    info(message) {
        if ((0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'info'))
            this.line(message);
    }
    success(message) {
        if ((0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'info'))
            this.line(`${this.color ? '\x1b[32m✓\x1b[0m' : '✓'} ${message}`);
    }
    warn(message, annotation) {
        if (!(0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'warn'))
            return;
        if (this.annotations)
            this.line(`::warning${annotationProps(annotation)}::${escapeData(message)}`);
        else
            this.line(`${this.color ? '\x1b[33mwarning:\x1b[0m' : 'warning:'} ${withLocation(message, annotation)}`);
    }
    error(message, annotation) {
        if (!(0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'error'))
            return;
        if (this.annotations)
            this.line(`::error${annotationProps(annotation)}::${escapeData(message)}`);
        else
            this.line(`${this.color ? '\x1b[31merror:\x1b[0m' : 'error:'} ${withLocation(message, annotation)}`);
    }
    secret(value) {
        if (this.redactor.add(value) && this.annotations)
            this.out.write(`::add-mask::${value}\n`);
    }
    task(label, options = {}) {
        const t = {
            label,
            done: 0,
            total: options.total,
            unit: options.unit ?? 'items',
            started: Date.now(),
            lastPlain: Date.now(),
            lastPlainPct: 0,
        };
        const quiet = !(0,_logger_js__WEBPACK_IMPORTED_MODULE_0__.enabled)(this.level, 'info');
        if (!quiet) {
            if (this.tty) {
                this.live.add(t);
                this.ensureTimer();
                this.redraw();
            }
            else {
                this.line(`→ ${label}`);
            }
        }
        let finished = false;
        const finish = (ok, message) => {
            if (finished)
                return;
            finished = true;
            this.live.delete(t);
            if (this.live.size === 0)
                this.stopTimer();
            if (quiet && ok)
                return;
            const took = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Date.now() - t.started);
            const text = message ?? t.label;
            if (ok)
                this.success(`${text} (${took})`);
            else
                this.error(`${text} (${took})`);
        };
        return {
            update: (done, total) => {
                t.done = done;
                if (total !== undefined)
                    t.total = total;
                if (quiet || this.tty)
                    return;
                // Plain mode: a line at most every 10% and 5 s, so CI logs stay short.
                const now = Date.now();
                const pct = t.total ? Math.floor((t.done / t.total) * 10) * 10 : 0;
                if (now - t.lastPlain >= 5000 && (pct > t.lastPlainPct || !t.total)) {
                    t.lastPlain = now;
                    t.lastPlainPct = pct;
                    this.line(`  ${t.label}: ${progressText(t)}`);
                }
            },
            label: (text) => {
                t.label = text;
            },
            succeed: (message) => finish(true, message),
            fail: (message) => finish(false, message),
        };
    }
    line(text) {
        const safe = this.redactor.apply(text);
        if (this.tty && this.drawnLines > 0)
            this.clearBlock();
        this.out.write(`${safe}\n`);
        if (this.tty && this.live.size > 0)
            this.redraw();
    }
    ensureTimer() {
        if (this.timer)
            return;
        this.timer = setInterval(() => {
            this.frame = (this.frame + 1) % spinnerFrames.length;
            this.redraw();
        }, 80);
        this.timer.unref();
    }
    stopTimer() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.clearBlock();
    }
    clearBlock() {
        if (this.drawnLines === 0)
            return;
        this.out.write(`\x1b[${this.drawnLines}A\x1b[0J`);
        this.drawnLines = 0;
    }
    redraw() {
        if (!this.tty)
            return;
        this.clearBlock();
        const cols = this.out.columns ?? 100;
        const lines = [...this.live].slice(0, 12).map((t) => {
            const head = `${spinnerFrames[this.frame]} ${t.label}`;
            const tail = progressText(t, true);
            return this.redactor.apply(`${head} ${tail}`).slice(0, cols - 1);
        });
        if (this.live.size > 12)
            lines.push(`  … and ${this.live.size - 12} more`);
        if (lines.length === 0)
            return;
        this.out.write(lines.join('\n') + '\n');
        this.drawnLines = lines.length;
    }
}
/**
 * Colors for a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR turns them on
 * anywhere (pipes, CI logs) and FORCE_COLOR=0 off, and wins over NO_COLOR as in Node.
 */
function colorEnabled(tty, env = process.env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR)
        return false;
    return tty;
}
function progressText(t, bar = false) {
    const fmt = (n) => (t.unit === 'bytes' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(n) : String(n));
    if (t.total && t.total > 0) {
        const ratio = Math.min(1, t.done / t.total);
        const pct = `${Math.floor(ratio * 100)}%`;
        if (!bar)
            return `${fmt(t.done)}/${fmt(t.total)} (${pct})`;
        const width = 20;
        const filled = Math.round(ratio * width);
        return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${pct} ${fmt(t.done)}/${fmt(t.total)}`;
    }
    return t.done > 0 ? fmt(t.done) : '';
}
function withLocation(message, a) {
    if (!a?.file)
        return message;
    return `${a.file}${a.line ? `:${a.line}` : ''}: ${message}`;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotationProps(a) {
    if (!a)
        return '';
    const props = [];
    if (a.file)
        props.push(`file=${escapeProperty(a.file)}`);
    if (a.line)
        props.push(`line=${a.line}`);
    if (a.title)
        props.push(`title=${escapeProperty(a.title)}`);
    return props.length ? ` ${props.join(',')}` : '';
}


/***/ })

};
