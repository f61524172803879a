// Inside an embed: reports the embed's height to the host page, for
// static/embed.js to resize the iframe (static/js/chart.js draws the chart).
// Message: {"type": "relations-timeline:resize", "height": <px>, "embed": <this URL>}.
(function () {
  "use strict";

  var MESSAGE_TYPE = "relations-timeline:resize";
  var embed = document.querySelector(".embed");
  var reportedHeight = null;

  function reportHeight() {
    if (window.parent === window) return;
    var height = Math.ceil(embed.getBoundingClientRect().height);
    if (height === reportedHeight) return;
    reportedHeight = height;
    // The height is no secret, so any host may read it: "*" as the target origin.
    window.parent.postMessage({ type: MESSAGE_TYPE, height: height, embed: window.location.href }, "*");
  }

  reportHeight();
  if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(embed);
  window.addEventListener("load", reportHeight);
})();
