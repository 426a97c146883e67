// Draws the dashboard's charts from the JSON in each canvas's data-chart attribute. No inline script exists on
// any page (the CSP forbids it), so this file is the only code the console runs besides htmx and Chart.js.
(function () {
  'use strict';
  var SEVERITY = { LOW: '#6b8fb3', MEDIUM: '#d9a400', HIGH: '#e0662b', CRITICAL: '#b3142c' };
  var VERDICT = { TRUE_POSITIVE: '#b3142c', FALSE_POSITIVE: '#6b8fb3', BENIGN_POSITIVE: '#3f8f5b',
    NEEDS_INVESTIGATION: '#d9a400' };

  function colour(name) {
    return SEVERITY[name] || VERDICT[name] || '#5a6472';
  }

  function config(kind, data) {
    var base = { animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { display: kind !== 'bar' } } };
    if (kind === 'stacked') {
      return { type: 'bar', options: Object.assign(base, { scales: { x: { stacked: true }, y: { stacked: true,
          beginAtZero: true, ticks: { precision: 0 } } } }),
        data: { labels: data.labels, datasets: data.series.map(function (s) {
          return { label: s.name, data: s.data, backgroundColor: colour(s.name) };
        }) } };
    }
    var colours = data.labels.map(colour);
    var options = kind === 'bar'
      ? Object.assign(base, { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }) : base;
    return { type: kind, options: options, data: { labels: data.labels, datasets: data.series.map(function (s) {
      return { label: s.name, data: s.data, backgroundColor: colours };
    }) } };
  }

  function drawCharts(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (Chart.getChart(canvas)) {
        return;
      }
      new Chart(canvas, config(canvas.dataset.chartKind, JSON.parse(canvas.dataset.chart)));
    });
  }

  function dropCharts() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = Chart.getChart(canvas);
      if (chart) {
        chart.destroy();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  // htmx replaces <main> when the filters change: release the old charts, draw the new ones.
  document.addEventListener('htmx:beforeSwap', dropCharts);
  document.addEventListener('htmx:afterSettle', function () { drawCharts(document); });
})();
