// polcat policy page: shows one environment's YAML at a time, from policies/yaml/POLICY.js loaded when YAML is
// first shown (a script, because Chromium refuses fetch() on file:// pages), and follows links to YAML lines
// (#yaml-ENV-L15) and to rules (#rule-NAME), also when only the hash changes. The fragment holds the plain
// YAML and this script highlights it: highlighted HTML made at build time was five times the size, and at
// 500 policies × 20 environments that was 150 MB of the site. Environments share most lines, so the
// fragment holds each distinct line once and each environment as line numbers (see text()).
(function () {
  "use strict";
  var view = document.getElementById("yaml-view");
  if (!view) return;
  var buttons = Array.prototype.slice.call(view.querySelectorAll("button.yaml-env"));
  var code = document.querySelector("#yaml-code code");
  var file = document.getElementById("yaml-file");
  var download = document.getElementById("yaml-download");
  var status = document.getElementById("yaml-status");
  var select = document.getElementById("env-switch");
  var yaml = null;                  // the fragment, once its script has run
  var html = Object.create(null);   // env -> highlighted HTML (no prototype: an env may be named "constructor")
  var requested = false, failed = false;
  var pending = null;               // what to do when the fragment arrives: only the last request counts
  var wanted = "";                  // the environment last asked for
  var shown = "";

  // Highlighting of the canonical YAML polcat writes (keys, "- " items, flow lists of scalars, quoted
  // scalars): each line becomes <span class="line" id="ID-L12">, escaped, with spans for comments (yc),
  // document markers (yd), keys (yk), strings (ys), numbers (yn), booleans and null (yb), other values (yv).
  function escapeHtml(s) {
    return s.replace(/[<>&"']/g, function (c) {
      return { "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function span(cls, text) {
    return '<span class="y' + cls + '">' + escapeHtml(text) + "</span>";
  }

  function keyEnd(s) {
    if (/^["'\[]/.test(s)) return -1;
    for (var c = s.indexOf(":"); c >= 0; c = s.indexOf(":", c + 1)) {
      if (c === s.length - 1 || s.charAt(c + 1) === " ") return c;
    }
    return -1;
  }

  function splitFlow(s) {
    var out = [], start = 0, quote = "";
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (quote) {
        if (ch === "\\" && quote === '"') i++;
        else if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === ",") {
        out.push(s.slice(start, i));
        start = i + 1;
      }
    }
    out.push(s.slice(start));
    return out;
  }

  function value(v) {
    if (v === "") return "";
    if (v.charAt(0) === "[" && v.charAt(v.length - 1) === "]") {
      return "[" + splitFlow(v.slice(1, -1)).map(function (item) { return value(item.replace(/^[ \t]+|[ \t]+$/g, "")); }).join(", ") + "]";
    }
    if (v.charAt(0) === '"' || v.charAt(0) === "'") return span("s", v);
    if (/^(-?\d+(\.\d+)?|-\.\d+)$/.test(v)) return span("n", v);
    if (v === "true" || v === "false" || v === "null") return span("b", v);
    return span("v", v);
  }

  function line(l) {
    if (l.charAt(0) === "#") return span("c", l);
    if (l === "---") return span("d", l);
    var i = 0;
    while (i < l.length && (l.charAt(i) === " " || l.charAt(i) === "-")) i++;
    var out = escapeHtml(l.slice(0, i));
    var rest = l.slice(i);
    var colon = keyEnd(rest);
    if (colon > 0) {
      out += span("k", rest.slice(0, colon)) + ":";
      rest = rest.slice(colon + 1);
      if (rest.charAt(0) === " ") { out += " "; rest = rest.slice(1); }
    }
    return out + value(rest);
  }

  function highlight(yaml, id) {
    var lines = yaml.split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines.map(function (l, n) {
      return '<span class="line" id="' + id + "-L" + (n + 1) + '">' + line(l) + "</span>\n";
    }).join("");
  }

  // env's text, byte for byte its download file, or null if the fragment does not have env: in its list
  // of numbers, n >= 0 is line n of f.lines and -k the k lines after the last one taken.
  function text(env) {
    if (!Object.prototype.hasOwnProperty.call(yaml.envs, env)) return null;
    var list = yaml.envs[env], out = [], last = 0;
    for (var i = 0; i < list.length; i++) {
      var n = list[i];
      if (n >= 0) out.push(yaml.lines[last = n]);
      for (; n < 0; n++) out.push(yaml.lines[++last]);
    }
    return out.join("\n");
  }

  // The fragment script calls this; only the fragment of this page's policy is taken.
  window.polcatYaml = function (f) {
    if (!f || f.policy !== view.getAttribute("data-policy")) return;
    yaml = f;
    html = Object.create(null);
    shown = "";
    var then = pending;
    pending = null;
    if (then) then();
  };

  function button(env) {
    return buttons.filter(function (b) { return b.getAttribute("data-env") === env; })[0] || null;
  }

  function couldNotLoad() {
    status.textContent = "Could not load the YAML of " + wanted + "; use the download link.";
  }

  function load(env, then) {
    wanted = env;
    if (yaml) { then(); return; }
    pending = then;
    if (failed) couldNotLoad();
    if (requested) return;
    requested = true;
    var s = document.createElement("script");
    s.src = view.getAttribute("data-src");
    s.onerror = function () { failed = true; couldNotLoad(); };
    document.head.appendChild(s);
  }

  function mark(env) {
    document.querySelectorAll("main [data-env]").forEach(function (el) {
      el.classList.toggle("env-current", el.getAttribute("data-env") === env);
    });
    document.querySelectorAll(".envs a").forEach(function (a) {
      a.classList.toggle("env-current", env !== "" && a.getAttribute("href").indexOf("#yaml-" + env + "-L") === 0);
    });
  }

  // Shows env's YAML; then reveals line (a number) if given.
  function show(env, line) {
    var b = button(env);
    if (!b) {
      if (env) status.textContent = "This policy is not enabled in " + env + ".";
      return false;
    }
    buttons.forEach(function (x) { x.setAttribute("aria-pressed", x === b ? "true" : "false"); });
    file.textContent = b.getAttribute("data-file");
    download.setAttribute("href", b.getAttribute("data-href"));
    download.setAttribute("download", b.getAttribute("data-name"));
    mark(env);
    load(env, function () {
      if (shown !== env) {
        if (html[env] === undefined) {
          var t = text(env);
          if (t === null) { couldNotLoad(); return; }
          html[env] = highlight(t, "yaml-" + env);
        }
        code.innerHTML = html[env];
        shown = env;
      }
      status.textContent = "Showing the YAML of " + env + ".";
      if (line) reveal(document.getElementById("yaml-" + env + "-L" + line));
    });
    return true;
  }

  function reveal(el) {
    if (!el) return;
    document.querySelectorAll(".line.hl").forEach(function (l) { l.classList.remove("hl"); });
    el.classList.add("hl");
    el.scrollIntoView({ block: "center" });
  }

  // Environment names may contain '-', so the longest known one that prefixes the rest wins.
  function envPrefix(text) {
    var best = "";
    buttons.forEach(function (b) {
      var env = b.getAttribute("data-env");
      if (text.indexOf(env + "-") === 0 && env.length > best.length) best = env;
    });
    return best;
  }

  function followHash() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var m = /^yaml-(.+)-L(\d+)$/.exec(hash);
    if (m && button(m[1])) { syncSelect(m[1]); show(m[1], m[2]); return true; }
    var env = envPrefix(hash);
    // Links made before rules had one id per page: #prod-rule-ssh selects prod and goes to #rule-ssh.
    if (env && /^rule-/.test(hash.slice(env.length + 1))) {
      syncSelect(env);
      show(env);
      reveal(document.getElementById(hash.slice(env.length + 1)));
      return true;
    }
    return false;
  }

  function syncSelect(env) {
    if (select && select.value !== env && select.querySelector("option[value='" + env + "']")) select.value = env;
  }

  function queryEnv() {
    var m = /[?&]env=([^&#]+)/.exec(window.location.search);
    return m ? decodeURIComponent(m[1]) : "";
  }

  view.hidden = false;
  document.querySelectorAll(".yaml-fallback").forEach(function (p) { p.hidden = true; });
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-env")); });
  });
  document.addEventListener("polcat:env", function (ev) {
    if (ev.detail) show(ev.detail);
    else mark("");
  });
  window.addEventListener("hashchange", followHash);

  if (!followHash()) {
    var wanted = queryEnv();
    if (wanted && button(wanted)) syncSelect(wanted);
    else wanted = select && button(select.value) ? select.value : buttons[0].getAttribute("data-env");
    show(wanted);
  }
})();
