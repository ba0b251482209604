// Live inventory: every device event (from any server instance) refreshes the table and is announced politely.
(function () {
  if (!window.EventSource) { return; }
  var live = document.getElementById('live');
  var source = new EventSource('/api/onboarding/events');
  source.addEventListener('device', function (e) {
    var ev = JSON.parse(e.data);
    if (live) {
      live.textContent = ev.name + ': ' + (ev.previous ? ev.previous.toLowerCase() + ' → ' : '') +
        ev.decision.toLowerCase() + ' (' + ev.trigger + ')';
    }
    refresh();
  });
  source.addEventListener('devices', function (e) {
    var ev = JSON.parse(e.data);
    if (live) { live.textContent = ev.count + ' devices re-evaluated (' + ev.trigger + ')'; }
    refresh();
  });
  // Coalesce bursts of events into at most one table refresh per second.
  var pending = false;
  function refresh() {
    if (pending) { return; }
    pending = true;
    setTimeout(function () { pending = false; document.body.dispatchEvent(new CustomEvent('device-event')); }, 1000);
  }
})();
// The "request re-attestation of the devices shown" form sends the filters as they are now, and the live stream
// announces each re-attestation request.
(function () {
  var form = document.getElementById('reattest-shown');
  if (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('[data-copy]').forEach(function (input) {
        var source = document.getElementById(input.getAttribute('data-copy'));
        if (source) { input.value = source.value; }
      });
    });
  }
})();
