// The timeline page: filters, the event panel. The chart itself is static/js/chart.js.
(function () {
  "use strict";

  // Filters: leave empty fields out of the request, so shared URLs stay short.
  htmx.on("htmx:configRequest", function (event) {
    var form = event.detail.elt;
    if (!form || form.id !== "filters") return;
    var parameters = event.detail.parameters;
    Array.from(new Set(parameters.keys())).forEach(function (name) {
      if (parameters.getAll(name).every(function (value) { return value === ""; })) parameters.delete(name);
    });
  });

  htmx.on("htmx:afterSwap", function (event) {
    var panel = event.detail.target;
    if (!panel || panel.id !== "panel") return;
    panel.classList.add("open");
    panel.focus({ preventScroll: true });
    if (window.matchMedia("(max-width: 959px)").matches) panel.scrollIntoView({ behavior: "smooth" });
  });

  document.addEventListener("click", function (event) {
    if (!event.target.closest("[data-close-panel]")) return;
    var panel = document.getElementById("panel");
    panel.classList.remove("open");
    panel.replaceChildren();
  });
})();
