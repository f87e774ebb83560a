/* The proof of work a hold needs (ALTCHA's challenge format): fetch a challenge from this site, find the number n for
   which SHA-256(salt + n) is the challenge, and put the solution in the form's hidden field. It starts as soon as
   the details step shows, so it is usually done before the person has typed their name; a press on "hold" before
   then waits for it, with a message. Uses the browser's own SHA-256 (WebCrypto); nothing leaves for other sites. */
(function () {
  "use strict";
  var BATCH = 250;
  var solving = false;
  var waiting = null;

  function field() { return document.getElementById("b:altcha"); }
  function marker() { return document.getElementById("pow"); }
  function say(text) {
    var status = document.getElementById("powStatus");
    if (status) { status.textContent = text || ""; }
  }
  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }
  function search(c, from) {
    var encoder = new TextEncoder(), hashes = [];
    var to = Math.min(c.maxnumber, from + BATCH - 1);
    for (var n = from; n <= to; n++) {
      hashes.push(crypto.subtle.digest("SHA-256", encoder.encode(c.salt + n)));
    }
    return Promise.all(hashes).then(function (done) {
      for (var i = 0; i < done.length; i++) {
        if (hex(done[i]) === c.challenge) { return from + i; }
      }
      return to >= c.maxnumber ? -1 : search(c, to + 1);
    });
  }
  function solved(c, n) {
    var f = field();
    if (!f) { return; }
    f.value = btoa(JSON.stringify({algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt,
      signature: c.signature}));
    solving = false;
    if (waiting) {
      var button = waiting;
      waiting = null;
      say("");
      button.click();
    }
  }
  function failed() {
    solving = false;
    var m = marker();
    if (waiting && m) { say(m.getAttribute("data-failed")); }
    if (waiting) { waiting.removeAttribute("aria-busy"); }
    waiting = null;
  }
  function start() {
    var m = marker(), f = field();
    if (!m || !f || f.value || solving) { return; }
    if (!window.crypto || !crypto.subtle || !window.fetch) { failed(); return; }
    solving = true;
    fetch(m.getAttribute("data-challenge"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { if (!r.ok) { throw new Error("challenge " + r.status); } return r.json(); })
      .then(function (c) {
        return search(c, 0).then(function (n) { if (n < 0) { throw new Error("unsolved"); } solved(c, n); });
      })
      .catch(failed);
  }
  // a press before the solution is ready waits for it (capture: before PrimeFaces' own handler submits)
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest ? event.target.closest("[data-needs-pow='true']") : null;
    var f = field();
    if (!button || !f || f.value) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    waiting = button;
    var m = marker();
    say(m ? m.getAttribute("data-working") : "");
    start();
  }, true);
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
