/* The status page of a number (turno.xhtml): while the number is on the floor, ask the API every 15 s where it
   stands, and show the page again (from the server, in its language) as soon as anything changed: the people
   ahead, a call to a window, the end of the visit. */
(function () {
  "use strict";
  var EVERY_MS = 15000;
  function start() {
    var card = document.getElementById("turnoStatus");
    if (!card || card.getAttribute("data-open") !== "true") { return; }
    var url = card.getAttribute("data-status-url");
    var shown = card.getAttribute("data-signature");
    var timer = null;
    function later() {
      if (timer !== null) { clearTimeout(timer); }
      timer = setTimeout(check, EVERY_MS);
    }
    function check() {
      timer = null;
      fetch(url, { headers: { "Accept": "application/json" }, cache: "no-store", credentials: "same-origin" })
        .then(function (answer) { return answer.ok ? answer.json() : null; })
        .then(function (status) {
          var now = status ? status.status + "|" + status.ahead + "|" + (status.window == null ? "" : status.window) : shown;
          if (now !== shown) {
            // the page's own address (not a form sent again): see pageAddress in citas.js
            location.reload();
            return;
          }
          later();
        }, later);
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") { check(); }
    });
    later();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
