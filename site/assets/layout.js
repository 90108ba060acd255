// polcat site layout behaviour: the environment switcher, links to another environment's part of a page,
// copy buttons, and printing. Loaded as a file (the pages' Content-Security-Policy forbids inline script).
(function () {
  "use strict";

  // ---- Environment switcher -------------------------------------------------------------------
  // The choice is made on Enter or a click (a pointer pick), never by arrowing through the options:
  // one ArrowDown on a focused select changes its value, and acting on that navigated away.
  function storedEnv() {
    try { return window.localStorage.getItem("polcat-env") || ""; } catch (e) { return ""; }
  }

  function storeEnv(env) {
    try { window.localStorage.setItem("polcat-env", env); } catch (e) { /* storage off: the choice is per page */ }
  }

  function sections() {
    return Array.prototype.slice.call(document.querySelectorAll(".env-section[data-env]"));
  }

  /** Shows one environment's sections ("" for all); false when the page has none for env. */
  function showEnv(env) {
    var all = sections();
    var known = env === "" || all.some(function (s) { return s.getAttribute("data-env") === env; });
    if (!known) return false;
    all.forEach(function (s) { s.hidden = env !== "" && s.getAttribute("data-env") !== env; });
    document.querySelectorAll(".toc a[href^='#env-']").forEach(function (a) {
      a.parentNode.hidden = env !== "" && a.getAttribute("href") !== "#env-" + env;
    });
    return true;
  }

  function setupEnvSwitch() {
    var select = document.getElementById("env-switch");
    if (!select) return;
    // Pages with environment sections, or parts that show one environment at a time (data-env-aware,
    // the policy page's YAML), follow the choice instead of navigating.
    var sectioned = sections().length > 0 || document.querySelector("[data-env-aware]") !== null;
    var committed = select.value;
    var arrowed = false;

    if (sectioned) {
      var env = storedEnv();
      var offered = Array.prototype.some.call(select.options, function (o) { return o.value === env; });
      if (showEnv(env) || offered && document.querySelector("[data-env-aware]")) select.value = env;
      committed = select.value;
    }

    function commit() {
      var env = select.value;
      if (env === committed) return;
      committed = env;
      storeEnv(env);
      document.dispatchEvent(new CustomEvent("polcat:env", { detail: env }));
      if (sectioned) { showEnv(env); return; }
      var option = select.options[select.selectedIndex];
      var href = option && option.getAttribute("data-href");
      if (href) window.location.href = href;
    }

    select.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { ev.preventDefault(); arrowed = false; commit(); }
      else if (ev.key === "Escape") { select.value = committed; arrowed = false; }
      else if (ev.key !== "Tab" && ev.key !== "Shift") { arrowed = true; }
    });
    select.addEventListener("pointerdown", function () { arrowed = false; });
    select.addEventListener("change", function () {
      if (arrowed) return; // a keyboard preview: wait for Enter
      commit();
    });
    // Leaving the select without Enter keeps what is shown: show what is applied.
    select.addEventListener("blur", function () {
      if (arrowed) { select.value = committed; arrowed = false; }
    });
  }

  // ---- Links into another environment's section -------------------------------------------------
  // A link such as #yaml-prod-v6-L15 names an element inside prod-v6's section: show that environment
  // first (whatever the stored choice), then bring the element into view, on load and on hashchange.
  function followHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return;
    var section = target.closest(".env-section[data-env]");
    if (section && section.hidden) {
      var env = section.getAttribute("data-env");
      showEnv(env);
      var select = document.getElementById("env-switch");
      if (select) select.value = env;
    }
    target.scrollIntoView();
  }

  // ---- Copy buttons ----------------------------------------------------------------------------
  function textOf(el) {
    var lines = el.querySelectorAll(".line");
    if (lines.length === 0) return el.textContent;
    return Array.prototype.map.call(lines, function (l) { return l.textContent; }).join("\n") + "\n";
  }

  function announce(text) {
    var status = document.getElementById("copy-status");
    if (!status) return;
    status.textContent = "";
    // a fresh text node after a tick, so that the same message twice is announced twice
    setTimeout(function () { status.textContent = text; }, 50);
  }

  function confirmCopy(button, ok) {
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.textContent = ok ? "Copied" : "Press Ctrl+C";
    button.setAttribute("data-copied", ok ? "true" : "false");
    var what = button.getAttribute("data-what") || "";
    announce(ok ? "Copied " + what : "Copying failed: select the text and press Ctrl+C");
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
          navigator.clipboard.writeText(text).then(function () { confirmCopy(button, true); },
            function () { confirmCopy(button, fallbackCopy(text)); });
        } else {
          confirmCopy(button, fallbackCopy(text));
        }
      });
    });
  }

  // ---- Compare tables as cards ------------------------------------------------------------------
  // Under 600 px each row is a card and each cell is labelled with its environments (CSS shows
  // data-label). The page writes the names once, in the table head (at 20 environments, a label on
  // every cell was a sixth of compare.html): label the cells from it when the cards are first shown.
  function labelCompareCells() {
    document.querySelectorAll("table.compare").forEach(function (table) {
      var names = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (th) {
        return th.textContent;
      });
      Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
        var col = 0;
        Array.prototype.forEach.call(tr.cells, function (cell) {
          if (cell.tagName !== "TD") return;
          var span = cell.colSpan;
          cell.setAttribute("data-label", span >= names.length ? "every environment"
            : names.slice(col, col + span).join(", "));
          col += span;
        });
      });
    });
  }

  function setupCompareCards() {
    if (!document.querySelector("table.compare") || !window.matchMedia) return;
    var narrow = window.matchMedia("(max-width: 37.5rem)");
    if (narrow.matches) { labelCompareCells(); return; }
    var once = function () {
      if (!narrow.matches) return;
      labelCompareCells();
      narrow.removeEventListener("change", once);
    };
    narrow.addEventListener("change", once);
  }

  // ---- Print -----------------------------------------------------------------------------------
  // Closed <details> would print closed: open them for printing, and close them again afterwards.
  function setupPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
        d.open = true;
        return true;
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    setupEnvSwitch();
    setupCopy();
    setupPrint();
    setupCompareCards();
    followHash();
    window.addEventListener("hashchange", followHash);
  });
})();
