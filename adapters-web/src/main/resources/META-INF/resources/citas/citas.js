/* The hold countdown on the verification step, focus on the step's heading after a full page change, and focus on
   the harmless answer when a confirmation ("cancel your appointment?") opens. */
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick(el) {
    var left = Math.max(0, Number(el.getAttribute("data-expires")) - Date.now());
    if (left === 0) {
      el.textContent = el.getAttribute("data-expired-text");
      return;
    }
    var seconds = Math.floor(left / 1000);
    el.textContent = pad(Math.floor(seconds / 60)) + ":" + pad(seconds % 60);
    setTimeout(function () { tick(el); }, 1000);
  }
  function start() {
    var countdowns = document.querySelectorAll(".countdown[data-expires]");
    for (var i = 0; i < countdowns.length; i++) { tick(countdowns[i]); }
    var error = document.querySelector("[aria-invalid='true']");
    var title = document.getElementById("stepTitle");
    if (error) { error.focus(); } else if (title && document.referrer) { title.focus(); }
  }
  // PrimeFaces focuses the first field of a dialog; a confirmation has only buttons, so the keyboard user would be
  // left behind the modal. "No" is the safe default for a destructive question.
  if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.ConfirmDialog) {
    PrimeFaces.widget.ConfirmDialog.prototype.applyFocus = function () {
      var no = this.jq.find(".ui-confirmdialog-no");
      PrimeFaces.queueTask(function () { no.trigger("focus"); }, 50);
    };
  }
  // A page answered to a POST (a refusal, a language switch) stands in the history under its step's own address,
  // so that reload and Back ask for that address again instead of offering to send the form once more.
  var address = document.getElementById("pageAddress");
  if (address && address.getAttribute("data-address") && window.history && history.replaceState) {
    var wanted = address.getAttribute("data-address");
    if (location.pathname + location.search !== wanted) { history.replaceState(null, "", wanted); }
  }
  // After a day is chosen, the keyboard goes on to that day's times, not back to the top of the page.
  window.citasFocusTimes = function () {
    var first = document.querySelector(".times .time-button");
    var title = document.getElementById("timesTitle");
    if (first) { first.focus(); } else if (title) { title.focus(); }
  };
  // Switching language re-renders the page from what the server has; what was typed on the details step and not
  // yet sent is kept for that one reload, in this tab only, then forgotten.
  var KEPT = "citas-typed";
  function keepTyped() {
    var fields = document.querySelectorAll("form#b input[type=text], form#b input[type=email], form#b input[type=tel], form#b select");
    if (!fields.length) { return; }
    var typed = {};
    for (var i = 0; i < fields.length; i++) { if (fields[i].id && fields[i].value) { typed[fields[i].id] = fields[i].value; } }
    var privacy = document.getElementById("b:privacy");
    if (privacy) { typed["b:privacy"] = privacy.checked ? "on" : ""; }
    try { sessionStorage.setItem(KEPT, JSON.stringify(typed)); } catch (e) { /* storage off: nothing kept */ }
  }
  function restoreTyped() {
    var saved;
    try { saved = sessionStorage.getItem(KEPT); sessionStorage.removeItem(KEPT); } catch (e) { return; }
    if (!saved) { return; }
    var typed = JSON.parse(saved);
    Object.keys(typed).forEach(function (id) {
      var field = document.getElementById(id);
      if (!field) { return; }
      if (field.type === "checkbox") { field.checked = typed[id] === "on"; } else if (!field.value) { field.value = typed[id]; }
    });
  }
  document.addEventListener("submit", function (event) {
    if (event.target && event.target.id === "lang") { keepTyped(); }
  }, true);
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("#lang a") : null;
    if (link) { keepTyped(); }
  }, true);
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", restoreTyped); } else { restoreTyped(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
