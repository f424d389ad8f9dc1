// Follows a leak import on its page: polls GET /api/leak-imports/{id} (the session cookie authenticates it)
// and keeps the progress bar and counters current; once the job has ended, the page reloads to show rejects.
(function () {
  'use strict';
  var box = document.getElementById('import-job');
  if (!box || box.getAttribute('data-finished') === 'true') {
    return;
  }
  var id = box.getAttribute('data-import-id');
  var bar = document.getElementById('job-progress');
  var percent = document.getElementById('job-percent');
  var status = document.getElementById('job-status');
  var failures = 0;

  function update(job) {
    var value = Math.floor((job.progress || 0) * 100);
    bar.value = value;
    bar.textContent = value + ' %';
    percent.textContent = value + ' %';
    status.setAttribute('data-status', job.status);
    var counters = box.querySelectorAll('[data-counter]');
    for (var i = 0; i < counters.length; i++) {
      var name = counters[i].getAttribute('data-counter');
      if (typeof job[name] === 'number') {
        counters[i].textContent = String(job[name]);
      }
    }
    return job.status === 'COMPLETED' || job.status === 'FAILED';
  }

  function poll() {
    fetch('/api/leak-imports/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (job) {
        failures = 0;
        if (update(job)) {
          window.setTimeout(function () { window.location.reload(); }, 600);
        } else {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function () {
        failures++;
        if (failures < 10) {
          window.setTimeout(poll, 2000);
        }
      });
  }

  poll();
}());
