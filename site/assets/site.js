// polcat site behaviour: copy buttons, environment switcher, tabs (search is search.js, policy pages add policy.js).
// Loaded as a file (no inline script: the pages' Content-Security-Policy forbids it); works from file://.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";

  // ---- Copy buttons ---------------------------------------------------------------------------
  function textOf(el) {
    var lines = el.querySelectorAll(".line");
    if (lines.length === 0) return el.textContent;
    return Array.prototype.map.call(lines, function (l) { return l.textContent; }).join("\n") + "\n";
  }

  function confirm(button, ok) {
    var label = button.textContent;
    button.textContent = ok ? "Copied" : "Press Ctrl+C";
    button.setAttribute("data-copied", ok ? "true" : "false");
    setTimeout(function () { button.textContent = label; button.removeAttribute("data-copied"); }, 2000);
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function setupCopy() {
    document.querySelectorAll("button.copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var target = document.getElementById(button.getAttribute("data-copy"));
        if (!target) return;
        var text = textOf(target);
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { confirm(button, true); },
            function () { confirm(button, fallbackCopy(text)); });
        } else {
          confirm(button, fallbackCopy(text));
        }
      });
    });
  }

  // ---- Environment switcher -------------------------------------------------------------------
  function storedEnv() {
    try { return window.localStorage.getItem("polcat-env") || ""; } catch (e) { return ""; }
  }

  function storeEnv(env) {
    try { window.localStorage.setItem("polcat-env", env); } catch (e) { /* storage off: the choice is per page */ }
  }

  function setupEnvSwitch() {
    var select = document.getElementById("env-switch");
    if (!select) return;
    // A page that shows one environment at a time (data-env-aware) follows the choice instead of navigating.
    var envAware = document.querySelector("[data-env-aware]") !== null;
    if (envAware) select.value = storedEnv();
    select.addEventListener("change", function () {
      var env = select.value;
      storeEnv(env);
      document.dispatchEvent(new CustomEvent("polcat:env", { detail: env }));
      if (envAware) return;
      var option = select.options[select.selectedIndex];
      var href = option && option.getAttribute("data-href");
      if (href) window.location.href = href;
    });
  }

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
    setupCopy();
    setupEnvSwitch();
    setupTabs();
  });
})();
