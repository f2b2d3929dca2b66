// The charts of the dashboards (docs/adr/0050-dashboards-and-projections.md), drawn by charts.js (loaded after this
// script) from the page's JSON data block: no inline script; tooltips in the canvas (renderMode richText), since
// ECharts' HTML tooltips carry style attributes the Content-Security-Policy refuses.
(function () {
  const pie = (slices) => ({
    animation: false, tooltip: { trigger: 'item', renderMode: 'richText' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: slices, label: { fontSize: 10 } }]
  });
  window.oneteamChartBuilders = Object.assign(window.oneteamChartBuilders || {}, {
    'dashboard-stages': (d) => pie(d.chart.stages),
    'dashboard-domains': (d) => pie(d.chart.domains),
    'dashboard-channels': (d) => pie(d.chart.channels),
    'dashboard-lines': (d) => ({
      animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: {},
      grid: { left: 40, right: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.chart.lines, axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value' },
      // a series only where the role is given it
      series: [{ name: d.labels[0], type: 'bar', data: d.chart.cases }, { name: d.labels[1], type: 'bar', data: d.chart.events }]
        .filter((s) => Array.isArray(s.data))
    })
  });
})();
