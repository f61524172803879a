// Inside an embed: draws the timeline chart (when there is one) and reports the
// embed's height to the host page, for static/embed.js to resize the iframe.
// Message: {"type": "relations-timeline:resize", "height": <px>, "embed": <this URL>}.
(function () {
  "use strict";

  var MESSAGE_TYPE = "relations-timeline:resize";
  var MIN_CHART_HEIGHT = 160;
  var embed = document.querySelector(".embed");
  var darkScheme = window.matchMedia("(prefers-color-scheme: dark)");
  var reportedHeight = null;

  function reportHeight() {
    if (window.parent === window) return;
    var height = Math.ceil(embed.getBoundingClientRect().height);
    if (height === reportedHeight) return;
    reportedHeight = height;
    // The height is no secret, so any host may read it: "*" as the target origin.
    window.parent.postMessage({ type: MESSAGE_TYPE, height: height, embed: window.location.href }, "*");
  }

  function isDark() {
    var theme = document.documentElement.dataset.theme;
    return theme === "dark" || (theme === "auto" && darkScheme.matches);
  }

  function merge(target, patch) {
    Object.keys(patch).forEach(function (key) {
      var value = patch[key];
      if (value && typeof value === "object" && !Array.isArray(value) && target[key] && typeof target[key] === "object") {
        merge(target[key], value);
      } else {
        target[key] = value;
      }
    });
  }

  function themed(figure, patch) {
    if (!isDark()) return figure;
    merge(figure.layout, patch.layout);
    figure.data.forEach(function (trace) {
      if (patch.traces[trace.name]) merge(trace, patch.traces[trace.name]);
    });
    return figure;
  }

  // The chart takes the height the embed was given, less everything around it
  // but the list: with the list on, the embed grows by the list's height.
  function chartHeight(chart) {
    var list = embed.querySelector(".embed-list");
    var around = embed.offsetHeight - chart.offsetHeight - (list ? list.offsetHeight : 0);
    return Math.max(MIN_CHART_HEIGHT, Number(embed.dataset.height) - around);
  }

  // A marker opens its event; a bar (a week or a month of summed scores, when
  // there are many events) opens the full timeline narrowed to its dates.
  function openOnClick(chart) {
    chart.on("plotly_click", function (event) {
      var point = event.points.find(function (candidate) { return candidate.customdata; });
      if (!point) return; // the index line and the phase bands have no event behind them
      var url;
      if (point.data.type === "bar") {
        url = new URL(chart.dataset.timelineUrl);
        url.searchParams.set("date_from", point.customdata[0]);
        url.searchParams.set("date_to", point.customdata[1]);
      } else {
        url = chart.dataset.eventUrl.replace("__slug__", encodeURIComponent(point.customdata[0]));
      }
      window.open(url, "_blank", "noopener");
    });
  }

  // The embed sizes the chart itself (Plotly's responsive mode keeps the first
  // size it was given once a height is set): the width of its column, and chartHeight.
  function chartSize(chart) {
    return { width: chart.clientWidth, height: chartHeight(chart) };
  }

  function drawChart() {
    var chart = document.getElementById("chart");
    var figureScript = document.getElementById("timeline-figure");
    if (!chart || !figureScript || !window.Plotly) return;
    var config = JSON.parse(figureScript.dataset.config);
    config.responsive = false;
    var draw = function () {
      var figure = themed(JSON.parse(figureScript.textContent), JSON.parse(chart.dataset.darkPatch));
      Object.assign(figure.layout, chartSize(chart));
      return Plotly.react(chart, figure.data, figure.layout, config);
    };
    draw().then(function () {
      openOnClick(chart);
      document.documentElement.classList.add("chart-drawn");
    });
    darkScheme.addEventListener("change", draw);
    var resizing = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () {
        var size = chartSize(chart);
        if (size.width !== chart.layout.width || size.height !== chart.layout.height) Plotly.relayout(chart, size);
      }, 100);
    });
  }

  drawChart();
  reportHeight();
  if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(embed);
  window.addEventListener("load", reportHeight);
})();
