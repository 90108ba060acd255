package dev.polcat.serve;

/** The dev server's own files under {@code /__polcat/}: the reload script and the error overlay's style. */
final class ClientAssets {
    private ClientAssets() {}

    /**
     * Polls the build counter and reloads when it differs from the one the page was served with (given
     * in the script tag, so a rebuild between serving the page and the first poll is not missed). Backs
     * off while the server is away, and reloads once it is back with another build.
     */
    static final String RELOAD_JS = """
            // polcat serve: reloads this page when the site is rebuilt. Served by `polcat serve` only, never built.
            (function () {
              'use strict';
              var script = document.currentScript;
              var served = script && script.dataset ? script.dataset.version : null;
              var delay = 500;
              function schedule() { window.setTimeout(poll, delay); }
              function poll() {
                fetch('/__polcat/version', { cache: 'no-store' })
                  .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
                  .then(function (v) {
                    v = v.trim();
                    delay = 500;
                    if (served === null) { served = v; }
                    if (v !== served) { window.location.reload(); return; }
                    schedule();
                  })
                  .catch(function () { delay = Math.min(delay * 2, 5000); schedule(); });
              }
              schedule();
            })();
            """;

    static final String OVERLAY_CSS = """
            /* polcat serve: the build-error overlay. */
            .polcat-build-error {
              position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
              max-height: 70vh; overflow: auto; box-sizing: border-box;
              margin: 0; padding: 0.75rem 1rem;
              background: #fff5f5; color: #1f0a0a; border-bottom: 4px solid #c62828;
              box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
            }
            .polcat-build-error summary { cursor: pointer; font-weight: 700; color: #b71c1c; }
            .polcat-build-error summary:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
            .polcat-build-error pre {
              margin: 0.75rem 0; padding: 0.75rem; overflow: auto; white-space: pre-wrap; word-break: break-word;
              background: #fff; color: #1f0a0a; border: 1px solid #e0b4b4; border-radius: 4px;
              font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
            }
            .polcat-build-error p { margin: 0; }
            body.polcat-error-page { margin: 0; padding-top: 0; }
            body.polcat-error-page .polcat-build-error { position: static; max-height: none; box-shadow: none; }
            @media (prefers-color-scheme: dark) {
              .polcat-build-error { background: #2a1212; color: #fbe9e9; border-bottom-color: #ef5350; }
              .polcat-build-error summary { color: #ff8a80; }
              .polcat-build-error pre { background: #160909; color: #fbe9e9; border-color: #6d2b2b; }
            }
            @media print { .polcat-build-error { position: static; box-shadow: none; } }
            """;
}
