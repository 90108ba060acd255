// polcat site behaviour: search as you type, tabs.
// Loaded as a file (no inline script: the pages' Content-Security-Policy forbids it); works from file://.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";

  // ---- Search -------------------------------------------------------------------------------
  function setupSearch() {
    var input = document.getElementById("search");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var index = window.POLCAT_SEARCH || [];
    if (!input || !list) return;
    var haystacks = index.map(function (e) {
      return (e.title + " " + e.text + " " + e.keywords).toLowerCase();
    });
    var active = -1;

    function render(results, query) {
      list.innerHTML = "";
      active = -1;
      if (!query) { list.hidden = true; status.textContent = ""; return; }
      results.slice(0, 30).forEach(function (e, i) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + e.url;
        a.id = "search-hit-" + i;
        var t = document.createElement("span");
        t.className = "hit-title";
        t.textContent = e.title;
        var kind = document.createElement("span");
        kind.className = "hit-kind";
        kind.textContent = e.type;
        var d = document.createElement("span");
        d.className = "hit-text";
        d.textContent = e.text;
        a.appendChild(kind);
        a.appendChild(t);
        a.appendChild(d);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      status.textContent = results.length === 0 ? "No results" : results.length + (results.length === 1 ? " result" : " results");
    }

    function search(query) {
      var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (terms.length === 0) return [];
      var hits = [];
      index.forEach(function (e, i) {
        var h = haystacks[i];
        for (var t = 0; t < terms.length; t++) if (h.indexOf(terms[t]) < 0) return;
        var title = e.title.toLowerCase();
        var score = (e.type === "rule" ? 1 : 0) + (terms.every(function (x) { return title.indexOf(x) >= 0; }) ? 0 : 2);
        hits.push({ e: e, score: score, i: i });
      });
      hits.sort(function (a, b) { return a.score - b.score || a.i - b.i; });
      return hits.map(function (h) { return h.e; });
    }

    function move(delta) {
      var links = list.querySelectorAll("a");
      if (links.length === 0) return;
      active = (active + delta + links.length) % links.length;
      links[active].focus();
    }

    input.addEventListener("input", function () { render(search(input.value), input.value.trim()); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown") { ev.preventDefault(); move(1); }
      else if (ev.key === "Enter") {
        var first = list.querySelector("a");
        if (first) { ev.preventDefault(); window.location.href = first.href; }
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
  }

  // Copy buttons, the environment switcher and links into an environment's section: layout.js.

  // ---- Tabs (WAI-ARIA tabs pattern; without script every panel shows, each under its own heading) ----
  function setupTabs() {
    document.querySelectorAll("[data-tabs]").forEach(function (box) {
      var tabs = Array.prototype.slice.call(box.querySelectorAll("[role='tab']"));
      function select(tab, focus) {
        tabs.forEach(function (t) {
          var on = t === tab;
          t.setAttribute("aria-selected", on ? "true" : "false");
          t.tabIndex = on ? 0 : -1;
          var panel = document.getElementById(t.getAttribute("aria-controls"));
          if (panel) panel.hidden = !on;
        });
        if (focus) tab.focus();
      }
      box.classList.add("tabs-on");
      tabs.forEach(function (tab, i) {
        tab.addEventListener("click", function () { select(tab, false); });
        tab.addEventListener("keydown", function (ev) {
          var next = ev.key === "ArrowRight" ? i + 1 : ev.key === "ArrowLeft" ? i - 1
            : ev.key === "Home" ? 0 : ev.key === "End" ? tabs.length - 1 : -1;
          if (next === -1 && ev.key !== "ArrowLeft") return;
          ev.preventDefault();
          select(tabs[(next + tabs.length) % tabs.length], true);
        });
      });
      select(tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0], false);
    });
  }

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    setupSearch();
    setupTabs();
  });
})();
