/* The call display (display.xhtml): follows the office's event stream, or polls the board every 3 s while the
   stream is down or refused (and where EventSource is missing); shows each new call large, with a chime made by the
   Web Audio API, and offers a button to turn the sound on where the browser keeps it off until someone taps. The
   office's local time runs in its own zone. Everything is written as text: nothing received becomes markup. */
(function () {
  "use strict";
  var root = document.getElementById("display");
  if (!root) { return; }
  var POLL_MS = 3000;
  var STREAM_AGAIN_MS = 60000;
  var FRESH_MS = 12000;
  var callsUrl = root.getAttribute("data-calls-url");
  var streamUrl = root.getAttribute("data-stream-url");
  var zone = root.getAttribute("data-zone");
  var position = Number(root.getAttribute("data-position")) || 0;
  var latestKey = root.getAttribute("data-latest") || "";
  var latest = document.getElementById("latest");
  var previous = document.getElementById("previous");
  var waiting = document.getElementById("waiting");
  var connection = document.getElementById("connection");
  var soundButton = document.getElementById("sound");
  var etag = null;
  var pollTimer = null;
  var source = null;
  var freshTimer = null;
  var chimes = 0;

  function text(name, value) {
    return (root.getAttribute("data-" + name) || "").replace("{0}", value);
  }
  function node(tag, className, content, lang) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (lang) { el.setAttribute("lang", lang); }
    if (content !== undefined && content !== null) { el.textContent = content; }
    return el;
  }
  function bilingual(tag, className, spanish, english) {
    var el = node(tag, className);
    el.appendChild(node("span", null, spanish));
    el.appendChild(document.createTextNode(" "));
    el.appendChild(node("span", "display-en", english, "en"));
    return el;
  }
  function callParts(el, call) {
    el.appendChild(node("span", "display-number", call.number));
    el.appendChild(document.createTextNode(" "));
    var arrow = node("span", "display-arrow", "\u2192");
    arrow.setAttribute("aria-hidden", "true");
    el.appendChild(arrow);
    el.appendChild(document.createTextNode(" "));
    el.appendChild(bilingual("span", "display-window", text("window-es", call.window), text("window-en", call.window)));
    return el;
  }
  function recallMark(tag, className) {
    var el = node(tag, className, text("recall-es") + " \u00b7 ");
    el.appendChild(node("span", null, text("recall-en"), "en"));
    return el;
  }
  function keyOf(call) { return call ? call.number + "|" + call.window + "|" + call.at : ""; }

  function render(board) {
    if (typeof board.position !== "number" || board.position < position) { return; }
    position = board.position;
    root.setAttribute("data-position", String(position));
    waiting.textContent = String(board.waiting);
    var calls = board.calls || [];
    var first = calls.length ? calls[0] : null;
    var key = keyOf(first);
    if (key !== latestKey || !latest.firstChild) {
      while (latest.firstChild) { latest.removeChild(latest.firstChild); }
      if (first) {
        latest.appendChild(callParts(node("p", "display-call"), first));
        if (first.recall) { latest.appendChild(recallMark("p", "display-recall")); }
      } else {
        latest.appendChild(bilingual("p", "display-none", text("none-es"), text("none-en")));
      }
    }
    while (previous.firstChild) { previous.removeChild(previous.firstChild); }
    for (var i = 1; i < calls.length; i++) {
      var item = callParts(node("li", "display-previous-call"), calls[i]);
      if (calls[i].recall) {
        item.appendChild(document.createTextNode(" "));
        item.appendChild(recallMark("span", "display-recall-mark"));
      }
      previous.appendChild(item);
    }
    if (first && key !== latestKey) { announce(); }
    latestKey = key;
    root.setAttribute("data-latest", key);
  }

  function announce() {
    chimes++;
    root.setAttribute("data-chimes", String(chimes));
    root.classList.add("display-fresh");
    if (freshTimer) { clearTimeout(freshTimer); }
    freshTimer = setTimeout(function () { root.classList.remove("display-fresh"); }, FRESH_MS);
    chime();
  }

  // ---- sound: browsers start an AudioContext suspended until a person taps or presses a key on the page
  var AudioContextClass = window.AudioContext || window.webkitAudioContext;
  var audio = null;
  try { audio = AudioContextClass ? new AudioContextClass() : null; } catch (e) { audio = null; }
  function soundState() {
    var state = audio ? audio.state : "unavailable";
    root.setAttribute("data-sound", state);
    soundButton.hidden = state !== "suspended";
    root.classList.toggle("display-sound-off", state === "suspended");
  }
  function enableSound() {
    if (audio && audio.state === "suspended") { audio.resume().then(soundState, soundState); }
  }
  function chime() {
    if (!audio || audio.state !== "running") { return; }
    var now = audio.currentTime;
    [[880, 0], [660, 0.35]].forEach(function (note) {
      var oscillator = audio.createOscillator();
      var gain = audio.createGain();
      var start = now + note[1];
      oscillator.type = "sine";
      oscillator.frequency.value = note[0];
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.5, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 1);
    });
  }
  if (audio) { audio.onstatechange = soundState; }
  soundButton.addEventListener("click", enableSound);
  document.addEventListener("keydown", enableSound);
  document.addEventListener("pointerdown", enableSound);
  soundState();

  // ---- following the board: the stream first, polling while it is down
  function offline(isOffline) {
    connection.textContent = isOffline ? connection.getAttribute("data-offline") : "";
    root.classList.toggle("display-offline", isOffline);
  }
  function poll() {
    var headers = { "Accept": "application/json" };
    if (etag) { headers["If-None-Match"] = etag; }
    fetch(callsUrl, { headers: headers, cache: "no-store", credentials: "same-origin" }).then(function (answer) {
      if (answer.status === 304) { return null; }
      if (!answer.ok) { throw new Error("HTTP " + answer.status); }
      etag = answer.headers.get("ETag");
      return answer.json();
    }).then(function (board) {
      offline(false);
      if (board) { render(board); }
    }, function () {
      offline(true);
    });
  }
  function startPolling() {
    if (pollTimer === null) {
      poll();
      pollTimer = setInterval(poll, POLL_MS);
    }
  }
  function stopPolling() {
    if (pollTimer !== null) {
      clearInterval(pollTimer);
      pollTimer = null;
    }
  }
  function follow() {
    if (!window.EventSource) {
      startPolling();
      return;
    }
    source = new EventSource(streamUrl);
    source.addEventListener("board", function (event) {
      stopPolling();
      offline(false);
      try { render(JSON.parse(event.data)); } catch (e) { /* a malformed event: the next one or a poll corrects it */ }
    });
    source.onopen = function () {
      stopPolling();
      offline(false);
    };
    source.onerror = function () {
      // the browser reconnects by itself after a dropped stream (after the server's retry: hint); meanwhile, and
      // for good when the server refused the stream (too many, or an error), the board is polled
      startPolling();
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(follow, STREAM_AGAIN_MS);
      }
    };
  }
  root.setAttribute("data-following", window.EventSource ? "stream" : "polling");
  follow();

  // ---- the office's own clock, from the server's (a screen's own clock may be wrong)
  var skew = (Number(root.getAttribute("data-now")) || Date.now()) - Date.now();
  var clock = document.getElementById("clock");
  var format = null;
  try {
    format = new Intl.DateTimeFormat("es-MX", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  } catch (e) { format = null; }
  function tick() {
    if (format) { clock.textContent = format.format(new Date(Date.now() + skew)); }
  }
  setInterval(tick, 1000);
  tick();
})();
