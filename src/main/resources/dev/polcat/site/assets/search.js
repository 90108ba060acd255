// polcat search: loads only the index shards a query needs (assets/search/*.js, made by SearchIndex.java),
// as scripts because Chromium refuses fetch() on file:// pages. Understands words (prefixes), ports
// (22, tcp/22, 22/tcp, port 22) and addresses or CIDRs (rules whose nets contain or overlap them).
// Results are one per environment, labelled "env · policy · rule", scoped to the environment selector.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;

  var MAX_DOCS = 16;   // document shards loaded per query at most: bounds what one query costs
  var BATCH = 4;       // loaded together, until there are MAX_HITS hits
  var MAX_HITS = 30;
  var COMMON = ["allow", "allows", "from", "to", "the", "this", "on", "of", "and", "or", "a", "an", "in", "any",
    "port", "ports", "host", "hosts", "is", "it", "its", "by", "for", "with"]; // as SearchTerms.COMMON
  var shards = {};     // key -> data, once loaded
  var pending = {};    // key -> callbacks
  var loadedUrls = []; // what this page loaded, for tests and the curious
  window.POLCAT_SEARCH_LOADED = loadedUrls;

  window.polcatSearch = function (key, data) {
    shards[key] = data;
    (pending[key] || []).forEach(function (cb) { cb(); });
    delete pending[key];
  };

  function load(keys, then) {
    var missing = keys.filter(function (k) { return shards[k] === undefined; });
    var left = missing.length;
    if (left === 0) { then(); return; }
    missing.forEach(function (k) {
      function done() { if (--left === 0) then(); }
      if (pending[k]) { pending[k].push(done); return; }
      pending[k] = [done];
      var s = document.createElement("script");
      s.src = root + "assets/search/" + k + ".js";
      s.onerror = function () { shards[k] = null; var cbs = pending[k] || []; delete pending[k]; cbs.forEach(function (cb) { cb(); }); };
      loadedUrls.push(s.src);
      document.head.appendChild(s);
    });
  }

  // ---- Query parsing ----------------------------------------------------------------------------
  function parseV4(s) {
    var m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    if (!m) return null;
    var v = 0n;
    for (var i = 1; i <= 4; i++) { var o = +m[i]; if (o > 255) return null; v = (v << 8n) | BigInt(o); }
    return { v: 4, bits: 32, n: v };
  }

  function parseV6(s) {
    if (!/^[0-9a-f:.]+$/.test(s) || s.indexOf(":") < 0) return null;
    var halves = s.split("::");
    if (halves.length > 2) return null;
    function groups(t) { return t === "" ? [] : t.split(":"); }
    var head = groups(halves[0]), tail = halves.length === 2 ? groups(halves[1]) : [];
    var all = halves.length === 2 ? head.concat(new Array(8 - head.length - tail.length).fill("0"), tail) : head;
    if (all.length !== 8) return null;
    var v = 0n;
    for (var i = 0; i < 8; i++) {
      if (!/^[0-9a-f]{1,4}$/.test(all[i])) return null;
      v = (v << 16n) | BigInt(parseInt(all[i], 16));
    }
    return { v: 6, bits: 128, n: v };
  }

  function parseNet(s) {
    var slash = s.indexOf("/");
    var a = slash < 0 ? s : s.slice(0, slash);
    var ip = parseV4(a) || parseV6(a);
    if (!ip) return null;
    var len = slash < 0 ? ip.bits : +s.slice(slash + 1);
    if (!(len >= 0 && len <= ip.bits) || slash >= 0 && !/^\d+$/.test(s.slice(slash + 1))) return null;
    var shift = BigInt(ip.bits - len);
    return { v: ip.v, bits: ip.bits, len: len, n: (ip.n >> shift) << shift };
  }

  function overlaps(a, b) {
    if (a.v !== b.v) return false;
    var shift = BigInt(a.bits - Math.min(a.len, b.len));
    return (a.n >> shift) === (b.n >> shift);
  }

  function byte(n, bits, i) { return Number((n >> BigInt(bits - 8 * (i + 1))) & 255n); }
  function group(n, i) { return Number((n >> BigInt(128 - 16 * (i + 1))) & 65535n).toString(16); }

  // The net shards that can hold a network overlapping q (as SearchTerms.netShard assigns them).
  function netShards(q, all) {
    var p = q.v === 4 ? "n4" : "n6";
    var first = q.v === 4 ? String(byte(q.n, 32, 0)) : group(q.n, 0);
    var second = q.v === 4 ? String(byte(q.n, 32, 1)) : group(q.n, 1);
    var wide = q.v === 4 ? 8 : 16, narrow = q.v === 4 ? 16 : 32;
    return all.filter(function (k) {
      var parts = k.split("-");
      if (parts[0] !== p) return false;
      if (parts.length === 1) return true;
      if (q.len < wide) return true;
      if (parts[1] !== first) return false;
      return parts.length === 2 || q.len < narrow || parts[2] === second;
    });
  }

  var PROTOCOLS = ["tcp", "udp", "sctp", "udplite", "icmp", "icmpv6"];

  // Terms: {word}, {port, proto}, {net}. "port 22", "tcp/22" and "22/tcp" are one term each.
  function parse(query) {
    var raw = query.toLowerCase().split(/\s+/).filter(Boolean);
    var terms = [];
    for (var i = 0; i < raw.length; i++) {
      var t = raw[i], m;
      if (t === "port" && i + 1 < raw.length && /^\d+$/.test(raw[i + 1])) { terms.push({ port: +raw[++i], proto: "", text: "port " + raw[i] }); continue; }
      if ((m = /^([a-z]+)\/(\d+)$/.exec(t)) && PROTOCOLS.indexOf(m[1]) >= 0) { terms.push({ port: +m[2], proto: m[1], text: t }); continue; }
      if ((m = /^(\d+)\/([a-z]+)$/.exec(t)) && PROTOCOLS.indexOf(m[2]) >= 0) { terms.push({ port: +m[1], proto: m[2], text: t }); continue; }
      if (/^\d+$/.test(t) && +t <= 65535) { terms.push({ port: +t, proto: "", text: t }); continue; }
      var net = parseNet(t);
      if (net) { terms.push({ net: net, text: t }); continue; }
      var w = t.replace(/^[^a-z0-9]+|[^a-z0-9-]+$/g, "");
      if (w.length >= 2 && COMMON.indexOf(w) < 0) terms.push({ word: w, text: t });
    }
    return terms;
  }

  function shardsFor(term, all) {
    if (term.word) return ["t-" + term.word.slice(0, 2)];
    if (term.net) return netShards(term.net, all);
    return ["p" + (term.port >> 10)];
  }

  // ---- Matching ---------------------------------------------------------------------------------
  function envHas(hex, e) { return (parseInt(hex.charAt(e >> 2), 16) >> (e & 3) & 1) === 1; }

  function portKeyMatches(key, term) {
    var m = /^([a-z0-9]*)\/(\d+)(?:-(\d+))?$/.exec(key);
    if (!m) return false;
    var lo = +m[2], hi = m[3] ? +m[3] : lo;
    return lo <= term.port && term.port <= hi && (!term.proto || term.proto === m[1]);
  }

  // For one term: policy index -> {envs: [bool], exact: bool}.
  function postings(term, meta) {
    var out = {};
    function add(p, hex, exact) {
      var o = out[p] || (out[p] = { envs: [], exact: false });
      for (var e = 0; e < meta.envs.length; e++) if (envHas(hex, e)) o.envs[e] = true;
      o.exact = o.exact || exact;
    }
    shardsFor(term, meta.shards).forEach(function (k) {
      var data = shards[k];
      if (!data) return;
      Object.keys(data).forEach(function (key) {
        var hit = false, exact = false;
        if (term.word) { hit = key.indexOf(term.word) === 0; exact = key === term.word; }
        else if (term.net) { var n = parseNet(key); hit = n && overlaps(n, term.net); exact = hit && n.len <= term.net.len; }
        else { hit = portKeyMatches(key, term); exact = hit && key.indexOf("-") < 0; }
        if (hit) data[key].forEach(function (pe) { add(pe[0], pe[1], exact); });
      });
    });
    return out;
  }

  function words(text) {
    var out = [];
    text.toLowerCase().split(/[^a-z0-9-]+/).forEach(function (piece) {
      var w = piece.replace(/^-+|-+$/g, "");
      if (w) out.push(w);
      if (w.indexOf("-") > 0) w.split(/-+/).forEach(function (x) { if (x) out.push(x); });
    });
    return out;
  }

  // How a rule matches a term: 0 no, 1 yes, 2 exactly (its name, its single port, a net that contains the address).
  function ruleMatch(doc, context, term) {
    if (term.word) {
      var name = doc[1].toLowerCase();
      if (name === term.word || words(name).indexOf(term.word) >= 0) return 2;
      var all = words(doc[1] + " " + doc[3] + " " + doc[4] + " " + context);
      return all.some(function (w) { return w.indexOf(term.word) === 0; }) ? 1 : 0;
    }
    if (term.net) {
      var best = 0;
      doc[5].forEach(function (k) {
        var n = parseNet(k);
        if (n && overlaps(n, term.net)) best = Math.max(best, n.len <= term.net.len ? 2 : 1);
      });
      return best;
    }
    var m = 0;
    doc[6].forEach(function (pr) {
      if (pr[1] <= term.port && term.port <= pr[2] && (!term.proto || term.proto === pr[0])) m = Math.max(m, pr[1] === pr[2] ? 2 : 1);
    });
    return m;
  }

  function scope() {
    var select = document.getElementById("env-switch");
    return select ? select.value : "";
  }

  function pageHits(meta, terms, env) {
    var hits = [];
    if (terms.some(function (t) { return !t.word; })) return hits;
    function all(text) {
      var ws = words(text);
      return terms.every(function (t) { return ws.some(function (w) { return w.indexOf(t.word) === 0; }); });
    }
    meta.policies.forEach(function (p, i) {
      if (all(p[0] + " " + p[1] + " " + p[2])) {
        hits.push({ score: terms.every(function (t) { return p[0] === t.word; }) ? 3 : 1, order: i,
          kind: "policy", label: p[1], text: p[0], url: "policies/" + p[0] + ".html" + (env ? "?env=" + env : "") });
      }
    });
    meta.envs.forEach(function (e, i) {
      if ((!env || e[0] === env) && all(e[0] + " " + e[1] + " " + e[2])) {
        hits.push({ score: 1, order: 100000 + i, kind: "environment", label: e[1], text: e[0], url: "environments/" + e[0] + ".html" });
      }
    });
    return hits;
  }

  function run(query, done) {
    var terms = parse(query);
    if (terms.length === 0) { done([], query.trim().length > 0 ? "Type two or more letters, a port or an address" : ""); return; }
    load(["meta"], function () {
      var meta = shards.meta;
      if (!meta) { done([], "The search index is missing"); return; }
      var keys = [];
      terms.forEach(function (t) { shardsFor(t, meta.shards).forEach(function (k) { if (meta.shards.indexOf(k) >= 0) keys.push(k); }); });
      load(keys, function () { match(meta, terms, done); });
    });
  }

  function match(meta, terms, done) {
    var env = scope();
    var envIndex = -1;
    meta.envs.forEach(function (e, i) { if (e[0] === env) envIndex = i; });
    var per = terms.map(function (t) { return postings(t, meta); });
    var candidates = [];
    Object.keys(per[0]).forEach(function (p) {
      for (var e = 0; e < meta.envs.length; e++) {
        if (envIndex >= 0 && e !== envIndex) continue;
        var ok = true, exact = 0;
        for (var t = 0; t < per.length && ok; t++) {
          var o = per[t][p];
          ok = !!(o && o.envs[e]);
          if (ok && o.exact) exact++;
        }
        if (ok) candidates.push({ p: +p, e: e, exact: exact });
      }
    });
    candidates.sort(function (a, b) { return b.exact - a.exact || a.p - b.p || a.e - b.e; });
    var hits = pageHits(meta, terms, env);
    var next = 0;
    // Document shards in small batches, best candidates first, until there are enough hits.
    function batch() {
      var chosen = candidates.slice(next, Math.min(next + BATCH, MAX_DOCS));
      if (chosen.length === 0 || hits.length >= MAX_HITS) { finish(); return; }
      var keys = chosen.map(function (c) { return "d/" + meta.policies[c.p][0] + "/" + meta.envs[c.e][0]; });
      load(keys, function () {
        chosen.forEach(function (c, ci) { collect(c, shards[keys[ci]] || [], next + ci); });
        next += chosen.length;
        batch();
      });
    }
    function collect(c, docs, ci) {
      var policy = meta.policies[c.p], e = meta.envs[c.e];
      var context = policy[0] + " " + policy[1] + " " + policy[2] + " " + e[0];
      docs.forEach(function (d, di) {
        var score = 0;
        for (var t = 0; t < terms.length; t++) {
          var m = ruleMatch(d, context, terms[t]);
          if (m === 0) return;
          score += m;
        }
        hits.push({ score: score, order: ci * 1000 + di, kind: "rule", label: e[0] + " · " + policy[1] + " · " + (d[1] || d[0].replace(/^rule-/, "")),
          text: d[2] + ": " + d[4], url: "policies/" + policy[0] + ".html?env=" + encodeURIComponent(e[0]) + "#" + d[0] });
      });
    }
    function finish() {
      hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      var more = candidates.length > next ? " (more: narrow the search or choose an environment)" : "";
      done(hits, (hits.length === 0 ? "No results" : hits.length + (hits.length === 1 ? " result" : " results")) + more);
    }
    batch();
  }

  // ---- Results list -----------------------------------------------------------------------------
  var active = -1;
  var latest = 0;

  function render(hits, message) {
    list.innerHTML = "";
    active = -1;
    hits.slice(0, MAX_HITS).forEach(function (h, i) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + h.url;
      a.id = "search-hit-" + i;
      var kind = document.createElement("span");
      kind.className = "hit-kind";
      kind.textContent = h.kind;
      var t = document.createElement("span");
      t.className = "hit-title";
      t.textContent = h.label;
      var d = document.createElement("span");
      d.className = "hit-text";
      d.textContent = h.text;
      a.appendChild(kind);
      a.appendChild(t);
      a.appendChild(d);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
    status.textContent = message;
  }

  function update() {
    var mine = ++latest;
    var query = input.value;
    if (!query.trim()) { render([], ""); return; }
    run(query, function (hits, message) { if (mine === latest) render(hits, message); });
  }

  function move(delta) {
    var links = list.querySelectorAll("a");
    if (links.length === 0) return;
    active = (active + delta + links.length) % links.length;
    links[active].focus();
  }

  input.addEventListener("input", update);
  document.addEventListener("polcat:env", function () { if (input.value.trim()) update(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); move(1); }
    else if (ev.key === "Enter") {
      ev.preventDefault();
      var mine = ++latest;
      // Enter right after typing must not take the previous query's first hit.
      run(input.value, function (hits, message) {
        if (mine !== latest) return;
        render(hits, message);
        var first = list.querySelector("a");
        if (first) window.location.href = first.href;
      });
    } else if (ev.key === "Escape") { input.value = ""; render([], ""); }
  });
  list.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); move(1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); if (active <= 0) { input.focus(); active = -1; } else move(-1); }
    else if (ev.key === "Escape") { input.focus(); render([], ""); input.value = ""; }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input && !/input|textarea|select/i.test(document.activeElement.tagName)) {
      ev.preventDefault();
      input.focus();
    }
  });
})();
