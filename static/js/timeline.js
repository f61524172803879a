// The timeline chart: drawn from the figure JSON the server puts in the page,
// redrawn in place when htmx swaps in new results, purged when removed.
(function () {
  "use strict";

  var FIGURE_ID = "timeline-figure";

  function findFigure(root) {
    if (root.id === FIGURE_ID) return root;
    return root.querySelector ? root.querySelector("#" + FIGURE_ID) : null;
  }

  function drawChart(chart, figureScript) {
    var figure = JSON.parse(figureScript.textContent);
    var config = JSON.parse(figureScript.dataset.config);
    chart.removeAttribute("data-drawn");
    Plotly.react(chart, figure.data, figure.layout, config).then(function () {
      listenForClicks(chart);
      chart.dataset.drawn = "true";
    });
  }

  function listenForClicks(chart) {
    if (chart.dataset.listening) return;
    chart.dataset.listening = "true";
    chart.on("plotly_click", function (event) {
      // The index line has no event behind it; a bar or a marker does.
      var point = event.points.find(function (candidate) { return candidate.customdata; });
      if (!point) return;
      if (point.data.type === "bar") {
        narrowDates(point.customdata[0], point.customdata[1]);
        return;
      }
      var url = chart.dataset.eventUrl.replace("__slug__", encodeURIComponent(point.customdata[0]));
      htmx.ajax("GET", url, { target: "#panel", swap: "innerHTML" });
    });
  }

  // A bar sums a week or a month of events: clicking it filters the timeline to that period.
  function narrowDates(from, to) {
    var form = document.getElementById("filters");
    if (!form) return;
    form.elements.date_from.value = from;
    form.elements.date_to.value = to;
    form.requestSubmit();
  }

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

  htmx.on("htmx:beforeCleanupElement", function (event) {
    if (event.target.classList && event.target.classList.contains("js-plotly-plot")) Plotly.purge(event.target);
  });

  htmx.onLoad(function (root) {
    var figureScript = findFigure(root);
    var chart = document.getElementById("chart");
    if (figureScript && chart) drawChart(chart, figureScript);
  });
})();
