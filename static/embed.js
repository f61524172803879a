/*
 * US–Russia relations timeline: resize embedded iframes to their content.
 *
 * Include once on a page that embeds the timeline or an event card:
 *   <script src="https://<this site>/static/embed.js" async></script>
 *
 * Each embed posts {"type": "relations-timeline:resize", "height": <px>, "embed": "<its URL>"}
 * to its parent window on load and whenever its content changes height. This script sets the
 * height of the iframe that sent it, found by contentWindow === event.source, after checking
 * the message's type, the sender's origin and the height's bounds. Other messages are ignored.
 * Without this script an iframe keeps the height in its height attribute.
 */
(function () {
  "use strict";

  var MESSAGE_TYPE = "relations-timeline:resize";
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;

  if (window.relationsTimelineResizer) return; // the script is on the page twice
  window.relationsTimelineResizer = true;

  function senderFrame(event) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return frames[i];
    }
    return null;
  }

  function sameOrigin(frame, origin) {
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch (error) {
      return false;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== MESSAGE_TYPE) return;
    var height = Math.round(Number(data.height));
    if (!isFinite(height)) return;
    var frame = senderFrame(event);
    if (!frame || !sameOrigin(frame, event.origin)) return;
    frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)) + "px";
  });
})();
