// polcat site behaviour: tabs (layout.js has the switcher and copy buttons, search.js search, policy.js policy pages).
// Loaded as a file (no inline script: the pages' Content-Security-Policy forbids it); works from file://.
(function () {
  "use strict";

  // Copy buttons, the environment switcher and links into an environment: layout.js. Search: search.js.

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
    setupTabs();
  });
})();
