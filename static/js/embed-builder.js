// The Embed builder on the timeline and event pages: turns the page's filters and the
// chosen options into an iframe snippet, previews it, and copies it. The snippet is the
// one embed_snippet() in timeline/views/embeds.py writes for oEmbed; keep the two alike.
(function () {
  "use strict";

  var PREVIEW_DELAY = 400;

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#x27;");
  }

  function absolute(path) {
    return new URL(path, document.baseURI).href;
  }

  function setUp(builder) {
    var form = builder.querySelector(".embed-options");
    var code = builder.querySelector(".embed-code");
    var copyButton = builder.querySelector("[data-copy-embed]");
    var status = builder.querySelector(".embed-copy-status");
    var preview = builder.querySelector("[data-embed-preview]");
    var language = builder.querySelector("[data-embed-language]");
    var filterNames = (builder.dataset.filterNames || "").split(" ").filter(Boolean);
    var previewTimer = null;

    // The height as typed, within the input's min and max; its default while it is not a number.
    function height() {
      var input = form.elements.height;
      var value = parseInt(input.value, 10);
      if (isNaN(value)) value = parseInt(input.defaultValue, 10);
      return Math.min(Number(input.max), Math.max(Number(input.min), value));
    }

    function title() {
      return form.elements.title ? form.elements.title.value.trim() : "";
    }

    // The embed's address and its default title, in the language chosen for it.
    function chosenLanguage() {
      return language.options[language.selectedIndex].dataset;
    }

    // Filters from the address bar: htmx keeps it in step with the filter form.
    function embedUrl() {
      var parameters = new URLSearchParams();
      new URLSearchParams(window.location.search).forEach(function (value, name) {
        if (value !== "" && filterNames.indexOf(name) !== -1) parameters.append(name, value);
      });
      parameters.append("height", height());
      parameters.append("theme", form.elements.theme.value);
      if (form.elements.list && form.elements.list.checked) parameters.append("list", "on");
      if (title()) parameters.append("title", title());
      return absolute(chosenLanguage().embedPath) + "?" + parameters.toString();
    }

    function snippet(src) {
      var html =
        '<iframe src="' + escapeHtml(src) + '" title="' + escapeHtml(title() || chosenLanguage().title) +
        '" width="100%" height="' + height() + '" loading="lazy" style="border: 0;"></iframe>';
      if (form.elements.resize.checked) {
        html += '\n<script src="' + escapeHtml(absolute(builder.dataset.scriptPath)) + '" async></' + "script>";
      }
      return html;
    }

    function showPreview(src) {
      var frame = preview.querySelector("iframe");
      if (!frame) {
        frame = document.createElement("iframe");
        frame.className = "embed-preview-frame";
        preview.appendChild(frame);
      }
      frame.title = builder.dataset.previewText + " " + (title() || chosenLanguage().title);
      if (frame.getAttribute("src") === src) return;
      frame.height = height();
      frame.style.height = height() + "px"; // until the embed reports its own height
      frame.src = src;
    }

    // The filters in words, as the page's filter summary gives them after each change.
    function describeFilters() {
      var described = builder.querySelector("[data-builder-filters]");
      var summary = document.querySelector("#filter-summary [data-filter-description]");
      if (described && summary) described.textContent = summary.textContent;
    }

    function update(delayPreview) {
      var src = embedUrl();
      describeFilters();
      code.value = snippet(src);
      status.textContent = "";
      clearTimeout(previewTimer);
      if (!builder.open) return;
      if (delayPreview) previewTimer = setTimeout(showPreview, PREVIEW_DELAY, src);
      else showPreview(src);
    }

    function copied() {
      status.textContent = builder.dataset.copiedText;
    }

    function selectForCopying() {
      code.focus();
      code.select();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (error) {
        done = false;
      }
      status.textContent = done ? builder.dataset.copiedText : builder.dataset.selectedText;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.addEventListener("input", function () {
      update(true);
    });
    form.addEventListener("change", function () {
      update(false);
    });
    builder.addEventListener("toggle", function () {
      update(false);
    });
    builder.addEventListener("change", function (event) {
      if (event.target.name === "preview-width") preview.classList.toggle("phone", event.target.value === "phone");
    });
    copyButton.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.value).then(copied, selectForCopying);
      } else {
        selectForCopying();
      }
    });
    builder.update = update;
    update(false);
  }

  function setUpWithin(root) {
    var builders = root.matches && root.matches("[data-embed-builder]") ? [root] : [];
    builders.concat(Array.from(root.querySelectorAll("[data-embed-builder]"))).forEach(function (builder) {
      if (!builder.update) setUp(builder);
    });
  }

  function updateAll() {
    document.querySelectorAll("[data-embed-builder]").forEach(function (builder) {
      if (builder.update) builder.update(false);
    });
  }

  // The timeline's filters and open event change the address without reloading the page;
  // Back and Forward bring back a whole view (a new builder among it, set up by htmx.onLoad).
  document.addEventListener("htmx:pushedIntoHistory", updateAll);
  document.addEventListener("htmx:afterSettle", updateAll);
  window.addEventListener("popstate", updateAll);
  if (window.htmx) htmx.onLoad(setUpWithin);
  else setUpWithin(document);
})();
