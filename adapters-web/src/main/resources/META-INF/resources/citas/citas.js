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
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
