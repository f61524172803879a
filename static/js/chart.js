// The timeline chart: the server's SVG is painted first; after that first paint
// this loads plotly.js and draws the same figure in its place, with the margins,
// ticks and labels of the width it is drawn at and the colours of the theme:
// first the markers alone, which take hover and clicks over the static chart's
// eras, phases, index, axes and labels, then (a task later) the whole figure.
// The static markers stay on top, invisible, as links for the keyboard: one Tab stop, arrow keys between them.
(function () {
  "use strict";

  var FIGURE_ID = "timeline-figure";
  var plotlyLoading = null;

  function loadPlotly(src) {
    if (window.Plotly) return Promise.resolve();
    if (!plotlyLoading) {
      plotlyLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return plotlyLoading;
  }

  // The page's language for plotly.js: its toolbar's words and number separators from plotly.js-locales,
  // with the server's abbreviated month names (payload.locale). The npm package ships each locale as a
  // CommonJS module ("module.exports = {...}"), so it gets a module object to fill while it runs.
  var localesLoading = {};

  function loadLocale(src, locale) {
    if (!src || !locale) return Promise.resolve(false);
    if (!localesLoading[locale.name]) {
      localesLoading[locale.name] = new Promise(function (resolve) {
        var module = { exports: {} };
        window.module = module;
        var script = document.createElement("script");
        script.src = src;
        script.onload = script.onerror = function () {
          if (window.module === module) delete window.module;
          var found = module.exports.moduleType === "locale";
          if (found) {
            var format = Object.assign({}, module.exports.format, { shortMonths: locale.shortMonths, months: locale.months });
            window.Plotly.register(Object.assign({}, module.exports, { format: format }));
          }
          resolve(found);
        };
        document.head.appendChild(script);
      });
    }
    return localesLoading[locale.name];
  }

  // In the first frame's callbacks: a script added then runs in a task after that frame, so the static chart
  // is painted before plotly.js (preloaded by the template) runs.
  function atFirstFrame(callback) {
    requestAnimationFrame(callback);
  }

  // The theme's colours, resolved by the browser (light-dark() and all) on a probe element.
  function colours(frame) {
    var names = ["ink", "muted", "grid", "axis", "zero", "escalation", "thaw", "neutral", "marker-edge", "index",
      "threshold", "tension", "detente", "era-tension", "era-detente", "era-neutral", "paper", "halo"];
    var probe = document.createElement("span");
    probe.hidden = true;
    frame.appendChild(probe);
    var found = {};
    names.forEach(function (name) {
      probe.style.color = "var(--chart-" + name + ")";
      found[name] = getComputedStyle(probe).color;
    });
    probe.remove();
    return found;
  }

  // On a touch screen a swipe over the plot scrolls the page and a pinch zooms it, as anywhere else: plotly.js
  // would take the touch for a zoom and keep the page from moving under it. A tap still opens an event.
  var TOUCH = window.matchMedia("(pointer: coarse)");

  function tierOf(width, widths) {
    var tier = 0;
    widths.forEach(function (least, number) { if (width >= least) tier = number; });
    return tier;
  }

  // A text trace (labels or era titles) with the points of this width: [day, y, text, position, in italics].
  // A label not in the page's language is in italics, as the static chart draws it (figures.label_entry).
  function textTrace(template, points) {
    var trace = Object.assign(template, {
      x: points.map(function (point) { return point[0]; }),
      y: points.map(function (point) { return point[1]; }),
      text: points.map(function (point) { return point[2]; }),
      textposition: points.map(function (point) { return point[3]; }),
    });
    if (points.some(function (point) { return point[4]; })) {
      trace.textfont.style = points.map(function (point) { return point[4] ? "italic" : "normal"; });
    }
    return trace;
  }

  // The figure for this width and theme, made of a freshly parsed payload (plotly.js keeps and changes
  // what it draws): margins and, when narrow, the index in its own strip below the plot; the tier's
  // ticks, labels and era titles.
  function fitted(payload, frame, colour) {
    var figure = payload.figure;
    var layout = figure.layout;
    var width = frame.clientWidth;
    var height = frame.querySelector(".chart-sizer").getBoundingClientRect().height;
    var narrow = width < payload.narrowBelow;
    var box = payload.layouts[narrow ? "narrow" : "wide"];
    var tier = tierOf(width, payload.tiers.widths);
    layout.width = width;
    layout.height = height;
    layout.margin = box.margin;
    if (TOUCH.matches) layout.dragmode = false;
    if (narrow) {
      var plotHeight = height - box.margin.t - box.margin.b - box.slider; // plotly.js adds the slider's room below
      var bound = layout.yaxis2.range[1];
      layout.yaxis.domain = [(box.strip + box.gap) / plotHeight, 1];
      layout.yaxis2 = Object.assign(layout.yaxis2, {
        overlaying: undefined, side: "left", domain: [0, box.strip / plotHeight], tickvals: [-bound, 0, bound], showline: false,
      });
      layout.xaxis.anchor = "y2";
    }
    if (payload.tiers.ticks[tier]) Object.assign(layout.xaxis, payload.tiers.ticks[tier]);
    frame.wholeTicks = payload.tiers.ticks[tier] || null; // for the whole range again, after a zoom (listen)
    // The server's ticks fit the chart (timeline/chart.py), so plotly.js need not measure each label to hide
    // those past its edge (its default, "hide past div"); once zoomed, its own ticks may not fit (listen).
    layout.xaxis.ticklabeloverflow = layout.yaxis.ticklabeloverflow = layout.yaxis2.ticklabeloverflow = "allow";
    var fits = payload.tiers.eraTitles[tier] || [];
    var eraTitles = payload.eraTitles.filter(function (_, number) { return fits[number]; }).map(function (era) {
      return [era[0], payload.yTop, era[1], "bottom right"];
    });
    // Era titles under the markers (as in the static chart), labels over them.
    if (eraTitles.length) figure.data.unshift(textTrace(payload.eraTitleTrace, eraTitles));
    var labels = payload.tiers.labels[tier] || [];
    if (labels.length) figure.data.push(textTrace(payload.labelTrace, labels));
    themed(figure, colour);
    return figure;
  }

  // plotly.js's text-shadow, as the static chart's halo behind labels and titles.
  function halo(colour) {
    return ["1px 1px 1px", "-1px -1px 1px", "1px -1px 1px", "-1px 1px 1px"].map(function (offset) {
      return offset + " " + colour;
    }).join(", ");
  }

  function directionColour(colour, score) {
    return score < 0 ? colour.escalation : score > 0 ? colour.thaw : colour.neutral;
  }

  function themed(figure, colour) {
    var layout = figure.layout;
    var fills = { tension: colour.tension, detente: colour.detente };
    var texts = { labels: colour.ink, "era-titles": colour.muted };
    layout.font.color = colour.ink;
    layout.xaxis.gridcolor = colour.grid;
    layout.xaxis.linecolor = colour.axis;
    layout.yaxis.gridcolor = colour.grid;
    layout.yaxis.zerolinecolor = colour.zero;
    layout.yaxis.tickfont = layout.yaxis2.tickfont = layout.xaxis.tickfont = { color: colour.muted };
    layout.hoverlabel.bgcolor = colour.paper;
    layout.hoverlabel.font.color = colour.ink;
    if (layout.xaxis.rangeslider) layout.xaxis.rangeslider.bordercolor = colour.axis;
    figure.data.forEach(function (trace) {
      if (fills[trace.meta]) trace.fillcolor = fills[trace.meta];
      if (trace.meta === "index") trace.line.color = colour.index;
      if (trace.meta === "extents") trace.line.color = colour.neutral;
      if (trace.meta === "events") {
        trace.marker.color = trace.customdata.map(function (point) { return directionColour(colour, point[3]); });
      }
      if (colour[trace.meta] && trace.marker) trace.marker.color = colour[trace.meta]; // the summed bars
      if (texts[trace.meta]) trace.textfont = Object.assign(trace.textfont, { color: texts[trace.meta], shadow: halo(colour.halo) });
    });
    layout.shapes.forEach(function (shape) {
      if (shape.name === "threshold") shape.line.color = colour.threshold;
      else if (shape.name && colour[shape.name]) shape.fillcolor = colour[shape.name];
      if (shape.name && shape.name.indexOf("era-") === 0) { shape.yref = "y domain"; }
    });
  }

  function config(frame, payload, payloadConfig, narrow, colour) {
    var settings = JSON.parse(payloadConfig);
    settings.responsive = false;
    if (frame.dataset.plotlyLocaleName) settings.locale = frame.dataset.plotlyLocaleName;
    if (narrow) settings.displayModeBar = false; // no toolbar over the plot on phones
    settings.modeBarButtonsToAdd = [pngButton(payload.pngTitle, settings.toImageButtonOptions, colour)];
    return settings;
  }

  // plotly.js's "Download plot as a png", with the markers' edges, which chart.css draws on screen.
  function pngButton(title, options, colour) {
    return {
      name: "toImage",
      title: title,
      icon: window.Plotly.Icons.camera,
      click: function (chart) {
        var edge = { width: 1, color: colour["marker-edge"] };
        var data = chart.data.map(function (trace) {
          if (trace.meta !== "events") return trace;
          return Object.assign({}, trace, { marker: Object.assign({}, trace.marker, { line: edge }) });
        });
        window.Plotly.downloadImage({ data: data, layout: chart.layout }, Object.assign({ format: "png" }, options));
      },
    };
  }

  // The static markers (or, with the scores summed, the periods' bars), in the order of the plotly trace's points
  // (figures.event_markers, figures.period_bars).
  function staticMarkers(frame) {
    return frame.querySelectorAll(".chart-front a.marker, .chart-front a.period");
  }

  function eventUrl(frame, slug) {
    return frame.dataset.eventUrl.replace("__slug__", encodeURIComponent(slug));
  }

  // A static marker's event, read from its link (the event page's path, as data-event-url writes it).
  function slugOf(frame, link) {
    var pattern = new URL(frame.dataset.eventUrl, window.location.href).pathname.split("__slug__");
    var path = new URL(link.getAttribute("href"), window.location.href).pathname;
    return decodeURIComponent(path.slice(pattern[0].length, path.length - pattern[1].length));
  }

  // Opens an event: in the page's panel (static/js/timeline.js) or, in an embed, on the full site in a new tab.
  function openEvent(frame, slug) {
    var url = eventUrl(frame, slug);
    if (frame.dataset.open === "tab") {
      window.open(url, "_blank", "noopener");
      return;
    }
    if (window.RelationsTimeline) window.RelationsTimeline.openEvent(slug);
    else window.location.href = url;
  }

  // A static bar's first or last day (`field`), from its link to the timeline narrowed to its period.
  function periodOf(link, field) {
    return new URL(link.getAttribute("href"), window.location.href).searchParams.get(field);
  }

  function openPeriod(frame, from, to) {
    var form = document.getElementById("filters");
    if (form && frame.dataset.open !== "tab") {
      form.elements.date_from.value = from;
      form.elements.date_to.value = to;
      form.requestSubmit();
      return;
    }
    var url = new URL(frame.dataset.timelineUrl || "/", window.location.href);
    url.searchParams.set("date_from", from);
    url.searchParams.set("date_to", to);
    window.open(url.toString(), "_blank", "noopener");
  }

  var SWIPE = 10; // px a finger moves before its touch is a swipe, not a tap

  // Without a drag mode plotly.js takes the end of any touch for a click, also of a swipe that scrolled.
  function watchSwipes(frame) {
    var start = null;
    frame.addEventListener("touchstart", function (event) {
      var touch = event.touches.length === 1 ? event.touches[0] : null;
      start = touch && { x: touch.clientX, y: touch.clientY };
      frame.swiped = !start;
    }, { passive: true, capture: true });
    frame.addEventListener("touchmove", function (event) {
      var touch = event.touches[0];
      if (!start || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SWIPE) frame.swiped = true;
    }, { passive: true, capture: true });
    // The mouse events a browser sends after a tap would make plotly.js click the point a second time.
    frame.addEventListener("touchend", function (event) {
      if (!frame.swiped && event.cancelable && event.target.closest(".draglayer")) event.preventDefault();
    }, { capture: true });
  }

  function listen(frame, chart) {
    watchSwipes(frame);
    chart.on("plotly_click", function (event) {
      // plotly.js shows the hover label of the point a touch began on; no finger then moves off it, and it
      // would stay over the markers once the event is open (or after a swipe).
      if (TOUCH.matches) window.Plotly.Fx.unhover(chart);
      if (frame.swiped) return;
      var point = event.points.find(function (candidate) { return candidate.customdata; });
      if (!point) return; // the index line and the phases have no event behind them
      if (point.data.type === "bar") openPeriod(frame, point.customdata[0], point.customdata[1]);
      else openEvent(frame, slugOf(frame, staticMarkers(frame)[point.pointNumber]));
    });
    chart.on("plotly_relayout", function (change) {
      if (!("xaxis.range[0]" in change || "xaxis.range" in change || "xaxis.autorange" in change)) return;
      var zoomed = isZoomed(frame, chart);
      frame.classList.toggle("zoomed", zoomed);
      writeZoom(chart, zoomed);
      keepTabStopInRange(frame);
      var update = zoomed ? {} : wholeRange(frame, chart);
      var curated = chart.layout.xaxis.tickmode === "array";
      if (zoomed === curated && (zoomed || frame.wholeTicks)) {
        var ticks = zoomed ? zoomedTicks(chart) : wholeTicks(frame);
        Object.keys(ticks).forEach(function (key) { update["xaxis." + key] = ticks[key]; });
      }
      if (Object.keys(update).length) window.Plotly.relayout(chart, update);
    });
  }

  // Nearly at the whole range (isZoomed), exactly at it: the static chart's range, around whose markers the focus
  // ring is drawn.
  function wholeRange(frame, chart) {
    var exact = JSON.stringify(frame.initialRange) === JSON.stringify(chart.layout.xaxis.range);
    return exact ? {} : { "xaxis.range": frame.initialRange.slice() };
  }

  // The timeline keeps the dates the reader zoomed to in its address (zoom=2017-04-01..2017-05-01), so a
  // reload, a shared link, Back and the language switch show the same range; an embed keeps no address.
  var ZOOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

  function keepsAddress() {
    return !!document.getElementById("filters");
  }

  function zoomInAddress() {
    if (!keepsAddress()) return null;
    var match = ZOOM.exec(new URLSearchParams(window.location.search).get("zoom") || "");
    return match && match[1] < match[2] ? [match[1], match[2]] : null;
  }

  // Zoomed after drawing the whole range, so plotly's reset goes back to the whole range.
  function zoomTo(frame, chart, range) {
    if (!range) return null;
    frame.classList.add("zoomed");
    var update = { "xaxis.range": range };
    if (chart.layout.xaxis.tickmode === "array") {
      var ticks = zoomedTicks(chart);
      Object.keys(ticks).forEach(function (key) { update["xaxis." + key] = ticks[key]; });
    }
    return window.Plotly.relayout(chart, update);
  }

  function writeZoom(chart, zoomed) {
    if (!keepsAddress()) return;
    var url = new URL(window.location.href);
    if (zoomed) url.searchParams.set("zoom", visibleDays(chart).join(".."));
    else url.searchParams.delete("zoom");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
  }

  // Zoomed unless the visible range covers the whole one, give or take a pixel's worth of time: the range
  // slider's handles, dragged back to its ends, land on the whole range's ends only that closely, or past them
  // (the slider spans plotly's automatic range, a little wider).
  function isZoomed(frame, chart) {
    var whole = frame.initialRange.map(timeOf), range = chart.layout.xaxis.range.map(timeOf);
    var pixel = (whole[1] - whole[0]) / chart._fullLayout.xaxis._length;
    return range[0] > whole[0] + pixel || range[1] < whole[1] - pixel;
  }

  // Once zoomed, plotly.js picks the date ticks itself (the server's fit the whole range only).
  function zoomedTicks(chart) {
    return { tickmode: "auto", nticks: Math.max(3, Math.floor(chart.clientWidth / 110)), ticklabeloverflow: "hide past div" };
  }

  // The whole range again (reset, a double click, the keyboard's -): the server's ticks.
  function wholeTicks(frame) {
    return Object.assign({ ticklabeloverflow: "allow" }, frame.wholeTicks);
  }

  // The keyboard's way through the markers, WAI-ARIA's roving tabindex: one Tab stop, the marker last focused
  // (else the first in the visible range); arrows, Home, End, PageUp and PageDown move between the events in
  // time order (the static markers' order, analysis.timeline_order) within the visible range; + and - zoom
  // around the focused event and Shift with Left or Right moves the period, as the range slider does. No marker
  // is touched before the first focus on one: until then, as without JavaScript, each is a link in the tab order.
  // With the scores summed, the periods' bars are the markers, in the same ways.
  var STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
  var ZOOMS = { "+": 0.5, "=": 0.5, "-": 2 }; // the visible period's new length, as a share of its length
  var PANS = { ArrowRight: 0.25, ArrowLeft: -0.25 }; // how far Shift with an arrow moves it, as a share too
  var DAY = 864e5;
  var LEAST_DAYS = 2; // the address's zoom needs two different days (zoomInAddress)
  var KEYS_HINT = "chart-keys";

  function markerOf(frame, element) {
    var link = element && element.closest ? element.closest("a.marker, a.period") : null;
    return link && frame.contains(link) ? link : null;
  }

  function positionOf(frame, link) {
    return Array.prototype.indexOf.call(staticMarkers(frame), link);
  }

  // The trace whose points are the static markers: the events', or the summed escalations' bars (the thaws' have
  // the same periods).
  function markersTrace(chart) {
    return chart.data ? chart.data.find(function (trace) { return trace.meta === "events" || trace.meta === "escalation"; }) : null;
  }

  // Each point's last day: an event's day (its x), or a period's last (its bar's x is the first).
  function lastDays(trace) {
    return trace.type === "bar" ? trace.customdata.map(function (period) { return period[1]; }) : trace.x;
  }

  function visibleDays(chart) {
    return chart.layout.xaxis.range.map(function (end) { return String(end).slice(0, 10); });
  }

  // How many of the sorted days come before `day` (or at it too, `including`).
  function countBefore(days, day, including) {
    var low = 0, high = days.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      var other = String(days[middle]).slice(0, 10);
      if (other < day || (including && other === day)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  // The first and last positions of the markers in the visible range (first > last: none); all of them until
  // plotly.js has drawn.
  function visibleSpan(frame) {
    var chart = frame.querySelector(".chart-plotly");
    var trace = markersTrace(chart);
    if (!trace) return [0, staticMarkers(frame).length - 1];
    var days = visibleDays(chart);
    return [countBefore(lastDays(trace), days[0], false), countBefore(trace.x, days[1], true) - 1];
  }

  // The marker at `position`, or the nearest one in the visible range; `fallback` when none is in it.
  function nearestVisible(frame, position, fallback) {
    var span = visibleSpan(frame);
    if (span[0] > span[1]) return fallback;
    return staticMarkers(frame)[Math.min(Math.max(position, span[0]), span[1])];
  }

  // Where Tab enters the markers: the tab stop, or the visible marker nearest to it, or the first visible one.
  function entryMarker(frame) {
    var stop = frame.tabStop;
    return nearestVisible(frame, stop ? positionOf(frame, stop) : 0, stop || staticMarkers(frame)[0]);
  }

  function moveTabStop(frame, link) {
    if (frame.tabStop === link) return;
    if (frame.tabStop) frame.tabStop.setAttribute("tabindex", "-1");
    else staticMarkers(frame).forEach(function (marker) { marker.setAttribute("tabindex", "-1"); });
    link.setAttribute("tabindex", "0");
    frame.tabStop = link;
  }

  // Zoomed or panned away from the tab stop, the nearest visible marker takes it (and the focus, if the stop
  // had it): focused outside the range, a marker's hover label would sit pinned at the plot's edge.
  function keepTabStopInRange(frame) {
    var stop = frame.tabStop;
    var nearest = stop && entryMarker(frame);
    if (!nearest || nearest === stop) return;
    if (document.activeElement === stop) nearest.focus();
    else moveTabStop(frame, nearest);
  }

  function onMarkerFocus(frame, event) {
    var link = markerOf(frame, event.target);
    if (!link) return;
    var previous = markerOf(frame, event.relatedTarget);
    var entry = previous ? link : entryMarker(frame);
    // The first Tab (or Shift+Tab) into the chart, before any marker had the focus, comes in at the first (or
    // last) one, which may be outside the visible range: it goes on to the entry. A click keeps its marker.
    if (entry !== link && link.matches(":focus-visible")) {
      event.stopImmediatePropagation(); // hoverOnFocus would hover the marker left, after the entry's
      entry.focus();
      return;
    }
    moveTabStop(frame, link);
    // Screen readers hear the keys' hint on the way in, not again at every event.
    if (previous) previous.removeAttribute("aria-describedby");
    else if (document.getElementById(KEYS_HINT)) link.setAttribute("aria-describedby", KEYS_HINT);
    frame.classList.add("marker-focused");
  }

  function onMarkerBlur(frame, event) {
    if (!markerOf(frame, event.relatedTarget)) frame.classList.remove("marker-focused");
  }

  function onMarkerKey(frame, event) {
    var link = markerOf(frame, event.target);
    if (!link || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var chart = frame.querySelector(".chart-plotly");
    var handled;
    if (ZOOMS[event.key]) handled = zoomAround(frame, chart, link, ZOOMS[event.key]);
    else if (event.shiftKey) handled = PANS[event.key] && pan(frame, chart, link, PANS[event.key]);
    else handled = stepTo(frame, link, event.key);
    if (handled) event.preventDefault();
  }

  function stepTo(frame, link, key) {
    var span = visibleSpan(frame);
    var position = { Home: span[0], End: span[1] }[key];
    if (position === undefined && STEPS[key]) position = positionOf(frame, link) + STEPS[key];
    if (position === undefined) return false;
    var next = nearestVisible(frame, position, link);
    if (next !== link) next.focus();
    return true;
  }

  // A date from plotly's range ("2017-04-07", "2017-04-07 12:00:00.5" or ISO with a T) as UTC milliseconds.
  function timeOf(value) {
    var text = String(value).replace(" ", "T");
    return Date.parse(text.length <= 10 ? text + "T00:00:00Z" : text + "Z");
  }

  function dayOf(time) {
    return new Date(time).toISOString().slice(0, 10);
  }

  function zoomAround(frame, chart, link, share) {
    var trace = markersTrace(chart);
    if (!trace || !frame.initialRange) return false;
    var range = chart.layout.xaxis.range.map(timeOf);
    var length = (range[1] - range[0]) * share;
    var position = positionOf(frame, link);
    var middle = (timeOf(trace.x[position]) + timeOf(lastDays(trace)[position]) + DAY) / 2; // of its day or period
    showPeriod(frame, chart, link, middle - length / 2, length);
    return true;
  }

  function pan(frame, chart, link, share) {
    if (!markersTrace(chart) || !frame.initialRange) return false;
    var range = chart.layout.xaxis.range.map(timeOf);
    var length = range[1] - range[0];
    showPeriod(frame, chart, link, range[0] + length * share, length);
    return true;
  }

  // Shows `length` ms from `start` in whole days (as the address keeps them), within the whole range, which
  // keeps the server's ticks; the focused marker shows its hover label again, or the nearest visible one takes
  // the focus (keepTabStopInRange).
  function showPeriod(frame, chart, link, start, length) {
    var whole = frame.initialRange.map(timeOf);
    var days = Math.max(Math.round(length / DAY), LEAST_DAYS);
    var first = Math.round(Math.min(Math.max(start, whole[0]), whole[1] - days * DAY) / DAY) * DAY;
    var zoomed = days * DAY < whole[1] - whole[0];
    var range = zoomed ? [dayOf(first), dayOf(first + days * DAY)] : frame.initialRange.slice();
    if (range.map(timeOf).join() === chart.layout.xaxis.range.map(timeOf).join()) return;
    var shown = zoomed ? zoomTo(frame, chart, range) : window.Plotly.relayout(chart, { "xaxis.range": range });
    shown.then(function () {
      if (document.activeElement === link) hoverMarker(frame, chart, link);
    });
  }

  function rove(frame) {
    var hint = document.getElementById(KEYS_HINT);
    if (hint) hint.hidden = false;
    frame.addEventListener("focusin", function (event) { onMarkerFocus(frame, event); });
    frame.addEventListener("focusout", function (event) { onMarkerBlur(frame, event); });
    frame.addEventListener("keydown", function (event) { onMarkerKey(frame, event); });
  }

  // The marker's point, or a period's two bars (its summed escalations and thaws, as a pointer's hover shows).
  function hoverMarker(frame, chart, link) {
    var point = positionOf(frame, link);
    var points = [];
    chart.data.forEach(function (trace, curve) {
      if (POINTED[trace.meta]) points.push({ curveNumber: curve, pointNumber: point });
    });
    watchHoverLabel(frame, chart);
    if (points.length && point >= 0) window.Plotly.Fx.hover(chart, points);
    ringPoint(chart, point);
  }

  // plotly.js's points (a marker, or a period's bars) at `position` in the plot, not in the range slider's copy
  // (none if they are not drawn).
  function pointsAt(chart, position) {
    var points = chart.querySelectorAll(".cartesianlayer .traceevents .point, .cartesianlayer .barlayer .point");
    return Array.prototype.filter.call(points, function (candidate) {
      return candidate.__data__ && candidate.__data__.i === position;
    });
  }

  // The box around the marker or the period's bars at `position` that plotly.js drew (null: none, as for a period
  // whose events all scored 0).
  function drawnBox(chart, position) {
    var boxes = pointsAt(chart, position).map(function (point) { return point.getBoundingClientRect(); });
    boxes = boxes.filter(function (box) { return box.width && box.height; });
    if (!boxes.length) return null;
    var edge = function (side, pick) { return pick.apply(null, boxes.map(function (box) { return box[side]; })); };
    return { left: edge("left", Math.min), top: edge("top", Math.min), right: edge("right", Math.max), bottom: edge("bottom", Math.max) };
  }

  // Zoomed, the focused static marker's ring is no longer where plotly's point is (chart.css hides it): the
  // point (or bars) at `position` (none: -1) take the ring's colour.
  function ringPoint(chart, position) {
    chart.querySelectorAll(".point.focused").forEach(function (point) {
      point.classList.remove("focused");
    });
    pointsAt(chart, position).forEach(function (point) { point.classList.add("focused"); });
  }

  // The focused marker's (or period's) hover label: plotly.js writes it beside the point, its arrow's tip on the
  // marker's (or bar's) edge, under the focus ring: it moves out to the ring's edge. Where it fits on neither side
  // (a long title on a phone), plotly.js centres it on the point, over the marker and its ring: it moves up above
  // the ring, or down below it where the chart has no room above; so does a label beside the point without room
  // to move out, which loses its arrow. plotly.js may write the label a little after Fx.hover (it draws hover
  // labels at most every 50 ms): it is moved as soon as it is written.
  // How far the focus ring reaches beyond the marker: chart.css's 3 px outline, 2 px out from the marker's focus
  // stroke, 1.5 px out (Chromium outlines an SVG link around its shapes' strokes; a bar's is 1 px).
  var RING = 7;
  var LABEL_GAP = 2;
  var REACH = RING + LABEL_GAP;
  var ARROW = 6; // the length of a hover label's arrow (plotly.js's HOVERARROWSIZE)

  function watchHoverLabel(frame, chart) {
    var layer = chart.querySelector(".hoverlayer");
    if (!layer || layer === frame.hoverLayer) return; // plotly.js makes a new one when it draws the whole figure
    frame.hoverLayer = layer;
    frame.labelWatch = frame.labelWatch || new MutationObserver(function () { clearOfFocus(frame, chart); });
    frame.labelWatch.observe(layer, { childList: true, subtree: true, attributeFilter: ["transform"] });
  }

  function clearOfFocus(frame, chart) {
    var link = markerOf(frame, document.activeElement);
    var label = chart.querySelector(".hoverlayer .hovertext");
    var position = link ? positionOf(frame, link) : -1;
    var hovered = (chart._hoverdata || []).some(function (point) {
      return point.pointNumber === position && point.data && POINTED[point.data.meta];
    });
    var marker = hovered && label && drawnBox(chart, position);
    if (!marker) return;
    var box = label.getBoundingClientRect(), room = chart.getBoundingClientRect();
    var middle = (marker.left + marker.right) / 2;
    if (box.left >= middle) clearBeside(label, marker, box, room, 1);
    else if (box.right <= middle) clearBeside(label, marker, box, room, -1);
    else clearAboveOrBelow(label, marker, box, room);
  }

  // A label on the point's `side` (1: right, -1: left).
  function clearBeside(label, marker, box, room, side) {
    var under = side > 0 ? marker.right + REACH - box.left : box.right - (marker.left - REACH);
    var spare = side > 0 ? room.right - box.right : box.left - room.left;
    if (under <= 0) return;
    if (under <= spare) {
      moveLabel(label, side * under, 0);
    } else {
      dropArrow(label, side);
      clearAboveOrBelow(label, marker, box, room);
    }
  }

  function clearAboveOrBelow(label, marker, box, room) {
    var top = marker.top - REACH, bottom = marker.bottom + REACH;
    if (box.bottom <= top || box.top >= bottom) return;
    var above = top - box.height >= room.top || top - room.top > room.bottom - bottom;
    moveLabel(label, 0, above ? top - box.bottom : bottom - box.top);
  }

  function moveLabel(label, x, y) {
    var place = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(label.getAttribute("transform") || "");
    if (place) label.setAttribute("transform", "translate(" + (parseFloat(place[1]) + x) + "," + (parseFloat(place[2]) + y) + ")");
  }

  // The label's box alone: plotly.js draws a label beside its point as one path from its arrow's tip ("M0,0L").
  function dropArrow(label, side) {
    var path = label.querySelector("path");
    if (!path || (path.getAttribute("d") || "").indexOf("M0,0L") !== 0) return;
    var box = path.getBBox();
    var left = side > 0 ? box.x + ARROW : box.x, width = box.width - ARROW;
    path.setAttribute("d", "M" + left + "," + box.y + "h" + width + "v" + box.height + "h" + -width + "Z");
  }

  // Focus on a static marker shows its ring (chart.css) and plotly's hover label for the same event.
  function hoverOnFocus(frame, chart) {
    var layer = frame.querySelector(".chart-front");
    frame.addEventListener("focusin", function (event) {
      var link = event.target.closest("a.marker, a.period");
      if (layer) layer.classList.toggle("focused", !!link);
      if (link && chart.data) hoverMarker(frame, chart, link);
    });
    frame.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (layer && !(next && layer.contains(next))) layer.classList.remove("focused");
      if (!chart.data) return;
      window.Plotly.Fx.unhover(chart);
      ringPoint(chart, -1);
    });
  }

  // The traces that take hover and clicks: the events' markers, or the summed bars.
  var POINTED = { events: true, escalation: true, thaw: true };

  // The first step of the first draw: the figure's markers (or bars) alone, at the same places, over the
  // static chart, whose eras, phases, index, axes and labels stay in sight under them until the whole
  // figure replaces them (chart.css). The axes keep their tick labels, in no colour: the range slider
  // sits below the date ticks, and without them the plot would be taller than the static chart's.
  function markersOnly(figure) {
    var layout = Object.assign({}, figure.layout, { shapes: [] });
    ["xaxis", "yaxis", "yaxis2"].forEach(function (name) {
      layout[name] = Object.assign({}, layout[name], {
        showgrid: false, showline: false, zeroline: false, tickfont: { color: "rgba(0, 0, 0, 0)" },
      });
    });
    return { data: figure.data.filter(function (trace) { return POINTED[trace.meta]; }), layout: layout };
  }

  function reveal(chart) {
    chart.querySelectorAll(".main-svg").forEach(function (svg) { svg.setAttribute("aria-hidden", "true"); });
  }

  // The whole figure. `payload`, freshly parsed from `script`, when the caller has it already. Drawn after
  // the markers alone, it keeps the range the reader may have zoomed to meanwhile.
  function draw(frame, script, payload) {
    var chart = frame.querySelector(".chart-plotly");
    var drawing = prepared(frame, script, payload || JSON.parse(script.textContent));
    var figure = drawing.figure, settings = drawing.settings;
    // The range the reader zoomed to (while the figure was loading, or before a resize or a change of theme:
    // an embed keeps no address), else the address's, once the whole range is drawn.
    var zoomed = chart.dataset.interactive && frame.classList.contains("zoomed");
    var range = zoomed ? chart.layout.xaxis.range.slice() : zoomInAddress();
    frame.initialRange = figure.layout.xaxis.range.slice();
    frame.classList.toggle("zoomed", !!range);
    return window.Plotly.react(chart, figure.data, figure.layout, settings).then(function () {
      return zoomTo(frame, chart, range);
    }).then(function () {
      reveal(chart);
      frame.classList.add("plotly-interactive", "plotly-ready");
      performance.mark("chart:drawn");
      chart.dataset.interactive = chart.dataset.drawn = "true";
      document.documentElement.classList.add("chart-drawn");
      // A marker that kept the focus through the redraw (a resize, a change of theme) shows its label again.
      var focused = markerOf(frame, document.activeElement);
      if (focused) hoverMarker(frame, chart, focused);
    });
  }

  // The figure fitted to the frame's width and theme, and plotly's config for it.
  function prepared(frame, script, payload) {
    var colour = colours(frame);
    return {
      figure: fitted(payload, frame, colour),
      settings: config(frame, payload, script.dataset.config, frame.clientWidth < payload.narrowBelow, colour),
    };
  }

  // The first draw: the markers alone first, for hover and clicks as soon as plotly.js can draw them.
  function drawMarkersFirst(frame, script, payload) {
    var chart = frame.querySelector(".chart-plotly");
    var drawing = prepared(frame, script, payload);
    var figure = markersOnly(drawing.figure), settings = drawing.settings;
    settings.displayModeBar = false; // its download would hold the markers alone: it comes with the whole figure
    frame.initialRange = figure.layout.xaxis.range.slice();
    return window.Plotly.newPlot(chart, figure.data, figure.layout, settings).then(function () {
      reveal(chart);
      frame.classList.add("plotly-interactive");
      performance.mark("chart:interactive");
      chart.dataset.interactive = "true";
      return zoomTo(frame, chart, zoomInAddress());
    });
  }

  function start(frame) {
    if (frame.dataset.started) return;
    frame.dataset.started = "true";
    var script = document.getElementById(FIGURE_ID);
    if (!script) return;
    // Static links (also followed by Enter) open events in the panel and narrow the filters' dates to a period,
    // on the page, as plotly's markers and bars do.
    frame.addEventListener("click", function (event) {
      var link = markerOf(frame, event.target);
      if (!link || frame.dataset.open === "tab" || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      if (link.matches("a.period")) openPeriod(frame, periodOf(link, "date_from"), periodOf(link, "date_to"));
      else openEvent(frame, slugOf(frame, link));
    });
    if (frame.classList.contains("is-empty")) return;
    rove(frame);
    atFirstFrame(function () {
      performance.mark("chart:plotly-requested");
      var payload = null;
      loadPlotly(frame.dataset.plotly).then(function () {
        payload = JSON.parse(script.textContent);
        return loadLocale(frame.dataset.plotlyLocale, payload.locale);
      }).then(function (localeRegistered) {
        if (localeRegistered) frame.dataset.plotlyLocaleName = payload.locale.name;
        performance.mark("chart:plotly-loaded");
        var chart = frame.querySelector(".chart-plotly");
        return drawMarkersFirst(frame, script, payload).then(function () {
          listen(frame, chart);
          hoverOnFocus(frame, chart);
          // The whole figure in a task after the frame that shows the markers.
          requestAnimationFrame(function () {
            setTimeout(function () {
              if (frame.isConnected && !chart.dataset.drawn) draw(frame, script).then(function () { watch(frame, script); });
            }, 0);
          });
        });
      });
    });
  }

  // Redraw when the chart's width changes or the theme does.
  function watch(frame, script) {
    var width = frame.clientWidth;
    var redraw = function () { if (frame.isConnected) draw(frame, script); };
    var resizing = null;
    new ResizeObserver(function () {
      if (frame.clientWidth === width) return;
      width = frame.clientWidth;
      clearTimeout(resizing);
      resizing = setTimeout(redraw, 120);
    }).observe(frame);
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", redraw);
    document.addEventListener("relations:themechange", redraw); // the site's theme toggle (static/js/site.js)
  }

  function startAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var frames = scope.id === "chart-frame" ? [scope] : scope.querySelectorAll("#chart-frame");
    Array.prototype.forEach.call(frames, start);
  }

  if (window.htmx) {
    window.htmx.onLoad(startAll);
    window.htmx.on("htmx:beforeCleanupElement", function (event) {
      var element = event.target;
      if (element.classList && element.classList.contains("js-plotly-plot") && window.Plotly) window.Plotly.purge(element);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { startAll(document); });
  else startAll(document);
})();
